using Enforcement.Domain.Cases;

namespace Enforcement.Web.Features.Cases;

/// <summary>
/// The procedure rules as configured: the defaults of <see cref="CaseRules"/>, with the kinds of period left out of the
/// decision period switched one by one under Cases:DecisionPauses (e.g. "Cases:DecisionPauses:PublicNotice": false).
/// A kind not named keeps its default (RULES §1.3 row 12: which periods are excluded is unverified for transport).
/// </summary>
internal static class CaseRulesConfiguration
{
    public static CaseRules From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Cases:DecisionPauses");
        var kinds = Enum.GetValues<CasePauseKind>()
            .Where(kind => section.GetValue(kind.ToString(), CaseRules.DefaultDecisionPauseKinds.Contains(kind)))
            .ToHashSet();
        return CaseRules.Default with { DecisionPauseKinds = kinds };
    }
}
