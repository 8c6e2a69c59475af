using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>延长办案期限 (APL Art 60; 30 days by default, configurable): the head, with a reason, before the period ends.</summary>
public sealed class DecisionExtensionTests
{
    // Registered 2025-03-10: day 90 is Sun 06-08, so the unextended period ends Mon 06-09.
    private static CaseCommand Extend(DateOnly on, int? days, string? reason = "需委托技术鉴定，案情复杂") =>
        Command(CaseAction.ExtendDecisionPeriod, Head, on) with { ExtensionDays = days, Reason = reason };

    private static Refusal Refused(EnforcementCase c, CaseCommand command, CaseContext? context = null)
    {
        var (days, history) = (c.DecisionExtensionDays, c.History.Count);
        var result = Apply(c, command, context);
        Assert.False(result.IsOk, "Expected a refusal.");
        Assert.Equal((days, history), (c.DecisionExtensionDays, c.History.Count));
        return result.Refusal!;
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Extend_UpToTheThirtyDayMaximum_IsAllowed_OneDayMore_IsRefused(int days, bool allowed)
    {
        var c = InStatus(CaseStatus.DecisionPending);

        if (allowed)
        {
            Assert.True(Apply(c, Extend(D(2025, 5, 6), days)).IsOk);
            Assert.Equal(days, c.DecisionExtensionDays);
        }
        else
        {
            var refusal = Refused(c, Extend(D(2025, 5, 6), days));
            Assert.Equal("case.decision-extension", refusal.Code);
            Assert.Equal(RefusalKind.Conflict, refusal.Kind);
            Assert.Contains("30 日", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("第六十条", refusal.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extend_Twice_CountsTheTotalAgainstTheMaximum()
    {
        var c = InStatus(CaseStatus.Investigating);
        Assert.True(Apply(c, Extend(D(2025, 5, 6), 20)).IsOk);

        var refusal = Refused(c, Extend(D(2025, 5, 7), 11));
        Assert.Contains("已延长 20 日", refusal.Message, StringComparison.Ordinal);

        Assert.True(Apply(c, Extend(D(2025, 5, 7), 10)).IsOk);
        Assert.Equal(30, c.DecisionExtensionDays);
        Assert.Equal(["需委托技术鉴定，案情复杂", "需委托技术鉴定，案情复杂"], c.History.Select(h => h.Note));
    }

    [Fact]
    public void Extend_WithAConfiguredMaximum_UsesIt()
    {
        var context = Context(rules: CaseRules.Default with { MaxDecisionExtensionDays = 60 });

        Assert.True(Apply(InStatus(CaseStatus.Notified), Extend(D(2025, 5, 6), 60), context).IsOk);
        Assert.Equal("case.decision-extension", Refused(InStatus(CaseStatus.Notified), Extend(D(2025, 5, 6), 61), context).Code);
    }

    [Fact]
    public void Extend_OnTheLastDayOfThePeriod_IsAllowed_TheDayAfter_IsRefused()
    {
        // Notified, no hearing requested: nothing pauses the period (a requested hearing would, see DecisionPauseTests).
        Assert.True(Apply(InStatus(CaseStatus.Notified), Extend(D(2025, 6, 9), 30)).IsOk);

        Assert.Equal("case.decision-late", Refused(InStatus(CaseStatus.Notified), Extend(D(2025, 6, 10), 30)).Code);
    }

    [Theory]
    [InlineData(null, "extensionDays")]
    [InlineData(0, "extensionDays")]
    [InlineData(-5, "extensionDays")]
    public void Extend_WithoutAPositiveNumberOfDays_IsRefusedOnTheField(int? days, string field)
    {
        var refusal = Refused(InStatus(CaseStatus.DecisionPending), Extend(D(2025, 5, 6), days));

        Assert.Equal((field, RefusalKind.Invalid), (refusal.Field, refusal.Kind));
    }

    [Fact]
    public void Extend_WithoutAReason_IsRefusedOnTheReason()
    {
        Assert.Equal("reason", Refused(InStatus(CaseStatus.DecisionPending), Extend(D(2025, 5, 6), 30, reason: " ")).Field);
    }

    [Fact]
    public void Extend_MovesTheDecisionClock_AndLetsTheHeadDecideAfterDayNinety()
    {
        var c = InStatus(CaseStatus.DecisionPending);
        Assert.Equal(D(2025, 6, 9), Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 6, 1)), k => k.Code == "decision").Due);
        var decideOnDay100 = Command(CaseAction.Decide, Head, D(2025, 6, 18)) with { Kinds = PenaltyKinds.Fine, FineFen = DecidedFineFen };
        Assert.Equal("case.decision-late", Apply(InStatus(CaseStatus.DecisionPending), decideOnDay100).Refusal?.Code);

        Assert.True(Apply(c, Extend(D(2025, 6, 1), 30)).IsOk);

        // 120 days from 03-10 is Tue 07-08.
        Assert.Equal(D(2025, 7, 8), Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 6, 1)), k => k.Code == "decision").Due);
        var decided = Apply(c, decideOnDay100);
        Assert.True(decided.IsOk, decided.Refusal?.Message);
    }

    [Fact]
    public void Extend_IsOfferedInEveryStatusBetweenRegistrationAndDecision_AndNowhereElse()
    {
        CaseStatus[] expected =
        [
            CaseStatus.Investigating, CaseStatus.InvestigationConcluded, CaseStatus.LegalReview, CaseStatus.CollectiveDiscussion,
            CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.DecisionPending, CaseStatus.LegalReviewBeforeDecision,
        ];

        var offered = CaseTransitions.Table.Where(t => t.Action == CaseAction.ExtendDecisionPeriod).ToList();

        Assert.Equal(expected.Order(), offered.Select(t => t.From).Order());
        Assert.All(offered, t => Assert.Equal(t.From, t.To));
    }
}
