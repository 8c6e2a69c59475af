using Enforcement.Domain.Cases;
using Enforcement.Web.Features.Cases;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Web.Tests.Cases;

/// <summary>Cases:DecisionPauses switches each kind of period left out of the decision period; a kind not named keeps its default.</summary>
public sealed class CaseRulesConfigurationTests
{
    private static CaseRules From(Dictionary<string, string?> values) =>
        CaseRulesConfiguration.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void WithoutConfiguration_HearingPublicNoticeAndExamination_AreLeftOut()
    {
        Assert.Equal([CasePauseKind.Hearing, CasePauseKind.Examination, CasePauseKind.PublicNotice], From([]).DecisionPauseKinds.Order());
    }

    [Fact]
    public void AKindSwitchedOff_IsCounted_TheOthersKeepTheirDefault()
    {
        var rules = From(new() { ["Cases:DecisionPauses:PublicNotice"] = "false", ["Cases:DecisionPauses:Hearing"] = "true" });

        Assert.Equal([CasePauseKind.Hearing, CasePauseKind.Examination], rules.DecisionPauseKinds.Order());
        Assert.Equal(CaseRules.Default.MaxDecisionExtensionDays, rules.MaxDecisionExtensionDays);
    }
}
