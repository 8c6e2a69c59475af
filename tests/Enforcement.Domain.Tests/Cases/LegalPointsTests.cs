using Enforcement.Domain.Cases;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>Points of law where the first version of the table read the statute too loosely.</summary>
public sealed class LegalPointsTests
{
    private static Enforcement.Domain.Common.Result<CaseHistoryRow> Apply(EnforcementCase c, CaseCommand command) =>
        CaseLifecycle.Apply(c, command, Context(), Now);

    [Fact]
    public void Limitation_CountsToDiscovery_SoAClueRecordedInTimeStaysPunishableAfterLateApproval()
    {
        // APL Art 36: "二年内未被发现的，不再给予行政处罚" — discovery, not registration, must fall within two years.
        var discoveredInTime = InStatus(CaseStatus.RegistrationPending);
        discoveredInTime.ViolationOn = D(2024, 3, 1);
        discoveredInTime.DiscoveredOn = D(2026, 2, 27);
        var discoveredLate = InStatus(CaseStatus.RegistrationPending);
        discoveredLate.ViolationOn = D(2024, 3, 1);
        discoveredLate.DiscoveredOn = D(2026, 3, 2);

        Assert.True(Apply(discoveredInTime, Command(CaseAction.ApproveRegistration, Head, D(2026, 3, 10)) with { Number = "X1" }).IsOk);
        Assert.Equal("case.limitation", Apply(discoveredLate, Command(CaseAction.ApproveRegistration, Head, D(2026, 3, 3)) with { Number = "X2" }).Refusal!.Code);
    }

    [Fact]
    public void WaivingStatementAndDefence_DoesNotWaiveTheHearingRequestPeriod()
    {
        var defenceOnly = InStatus(CaseStatus.Notified);
        defenceOnly.HearingRight = true;
        defenceOnly.DefenceWaived = true;
        var both = InStatus(CaseStatus.Notified);
        both.HearingRight = true;
        both.DefenceWaived = true;
        both.HearingWaived = true;

        Assert.Equal("case.statement-period", Apply(defenceOnly, Command(CaseAction.CloseStatementPeriod, Officer, NoticeServedOn)).Refusal!.Code);
        Assert.True(Apply(both, Command(CaseAction.CloseStatementPeriod, Officer, NoticeServedOn)).IsOk);
    }

    [Fact]
    public void NoPenaltyDecision_InAComplexCase_NeedsTheCollectiveDiscussion()
    {
        // APL Art 57 ¶2 covers every Art 57 decision, not only penalties.
        var c = InStatus(CaseStatus.InvestigationConcluded);
        c.CollectiveDiscussionRequired = true;

        var refused = Apply(c, Command(CaseAction.DecideNoPenalty, Head, ConcludedOn.AddDays(1)) with { Reason = "违法行为轻微并及时改正" });

        Assert.Equal("case.collective-discussion", refused.Refusal!.Code);
    }

    [Fact]
    public void IndividualBusiness_OnTheSpot_HasTheCitizensTwoHundredYuanLimit()
    {
        // 个体工商户 are natural persons (民法典 Art 54), so APL Art 51's 200-yuan limit for citizens applies.
        var c = InStatus(CaseStatus.Clue);
        c.PartyKind = PartyKind.IndividualBusiness;
        var command = new CaseCommand(CaseAction.Decide, Officer, ViolationOn)
        {
            Number = "青交当罚〔2025〕0009号", Kinds = Enforcement.Domain.Catalog.PenaltyKinds.Fine, FineFen = 200_01, HandlerIds = [Officer1, Officer2],
        };

        var refused = CaseLifecycle.DecideOnTheSpot(c, command, Context(), Now);

        Assert.Equal("case.summary-limit", refused.Refusal!.Code);
        Assert.Contains("公民 200 元", refused.Refusal.Message, StringComparison.Ordinal);
    }
}
