using Enforcement.Domain.Accounts;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>Each guard of the lifecycle at its boundary: the last allowed day or amount, and the first refused one.</summary>
public sealed class CaseGuardTests
{
    private static Refusal AssertRefused(EnforcementCase c, CaseCommand command, string code, CaseContext? context = null)
    {
        var status = c.Status;
        var version = c.Version;
        var history = c.History.Count;

        var result = Apply(c, command, context);

        Assert.False(result.IsOk, $"Expected {code}, but the move was allowed.");
        Assert.Equal(code, result.Refusal!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Message));
        Assert.Equal(status, c.Status);
        Assert.Equal(version, c.Version);
        Assert.Equal(history, c.History.Count);
        return result.Refusal;
    }

    private static void AssertAllowed(EnforcementCase c, CaseCommand command, CaseContext? context = null)
    {
        var result = Apply(c, command, context);
        Assert.True(result.IsOk, result.Refusal?.Message);
    }

    private static CaseCommand Approve(DateOnly on) => Command(CaseAction.ApproveRegistration, Head, on) with { Number = Number };

    private static CaseCommand Submit(params int[] handlers) =>
        Command(CaseAction.SubmitRegistration, Officer, SubmittedOn) with { HandlerIds = handlers };

    private static CaseCommand Decide(DateOnly on, long fineFen = DecidedFineFen, PenaltyKinds kinds = PenaltyKinds.Fine, string? reason = null) =>
        Command(CaseAction.Decide, Head, on) with { Kinds = kinds, FineFen = kinds.HasFlag(PenaltyKinds.Fine) ? fineFen : null, Reason = reason };

    private static EnforcementCase DecisionPendingRegisteredOn(DateOnly registeredOn, int extensionDays = 0)
    {
        var c = InStatus(CaseStatus.DecisionPending);
        c.RegisteredOn = registeredOn;
        c.DecisionExtensionDays = extensionDays;
        return c;
    }

    // ---- Limitation (APL Art 36) ----

    [Theory]
    [InlineData(2026, 3, 1, true)]
    [InlineData(2026, 3, 2, false)]
    public void ApproveRegistration_TwoYearsAfterTheViolation_IsAllowedOnTheAnniversary_AndRefusedTheDayAfter(int year, int month, int day, bool allowed)
    {
        var c = InStatus(CaseStatus.RegistrationPending);
        c.ViolationOn = D(2024, 3, 1);

        if (allowed)
        {
            AssertAllowed(c, Approve(D(year, month, day)));
            Assert.Equal(D(year, month, day), c.RegisteredOn);
        }
        else
        {
            var refusal = AssertRefused(c, Approve(D(year, month, day)), "case.limitation");
            Assert.Equal(RefusalKind.Conflict, refusal.Kind);
            Assert.Contains("2024-03-01", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("2 年", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("第三十六条", refusal.Message, StringComparison.Ordinal);
            Assert.Null(c.RegisteredOn);
        }
    }

    [Theory]
    [InlineData(2026, 3, 1, true)]
    [InlineData(2026, 3, 2, false)]
    public void ApproveRegistration_ForAContinuingViolation_CountsTheTwoYearsFromItsEnd(int year, int month, int day, bool allowed)
    {
        var c = InStatus(CaseStatus.RegistrationPending);
        c.ViolationOn = D(2023, 1, 10);
        c.ViolationEndedOn = D(2024, 3, 1);

        if (allowed) AssertAllowed(c, Approve(D(year, month, day)));
        else Assert.Contains("2024-03-01", AssertRefused(c, Approve(D(year, month, day)), "case.limitation").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 3, 1, true)]
    [InlineData(2026, 3, 2, false)]
    public void ApproveRegistration_WithTheFiveYearLimitation_IsAllowedFiveYearsOn_AndRefusedTheDayAfter(int year, int month, int day, bool allowed)
    {
        var c = InStatus(CaseStatus.RegistrationPending);
        c.ViolationOn = D(2021, 3, 1);
        c.FiveYearLimitation = true;

        if (allowed) AssertAllowed(c, Approve(D(year, month, day)));
        else Assert.Contains("5 年", AssertRefused(c, Approve(D(year, month, day)), "case.limitation").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveRegistration_ThreeYearsOn_IsRefusedWithoutTheFiveYearLimitation()
    {
        var c = InStatus(CaseStatus.RegistrationPending);
        c.ViolationOn = D(2023, 3, 1);

        AssertRefused(c, Approve(D(2026, 3, 1)), "case.limitation");
    }

    // ---- Two eligible, unrecused handlers (APL Arts 42–43, RULES §10) ----

    [Fact]
    public void SubmitRegistration_WithOneHandler_IsRefused()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Clue), Submit(Officer1), "case.two-handlers");

        Assert.Contains("不得少于两人", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第四十二条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitRegistration_NamingTheSameOfficerTwice_CountsHimOnce_AndIsRefused()
    {
        AssertRefused(InStatus(CaseStatus.Clue), Submit(Officer1, Officer1), "case.two-handlers");
    }

    [Fact]
    public void SubmitRegistration_WithoutHandlers_OnACaseWithoutHandlers_IsRefused()
    {
        AssertRefused(InStatus(CaseStatus.Clue), Command(CaseAction.SubmitRegistration, Officer, SubmittedOn), "case.two-handlers");
    }

    [Fact]
    public void SubmitRegistration_WithAnIneligibleHandler_IsRefusedWithTheEligibilityReason()
    {
        var c = InStatus(CaseStatus.Clue);

        var refusal = AssertRefused(c, Submit(Officer1, IneligibleOfficer), "case.handler-not-eligible");

        Assert.Contains(IneligibleReason, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Empty(c.HandlerIds);
    }

    [Fact]
    public void SubmitRegistration_WithThreeEligibleHandlers_IsAllowed()
    {
        var c = InStatus(CaseStatus.Clue);

        AssertAllowed(c, Submit(Officer1, Officer2, Officer3));

        Assert.Equal<int>([Officer1, Officer2, Officer3], c.HandlerIds);
    }

    [Fact]
    public void SubmitRegistration_WithARecusedHandler_IsRefusedNamingHim()
    {
        var c = InStatus(CaseStatus.Clue);
        c.RecusedIds = [Officer2];

        var refusal = AssertRefused(c, Submit(Officer1, Officer2), "case.recused");

        Assert.Contains($"{Officer2} 已回避", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第四十三条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveRegistration_AfterAHandlerWasRecused_IsRefused()
    {
        var c = InStatus(CaseStatus.RegistrationPending);
        c.RecusedIds = [Officer2];

        AssertRefused(c, Approve(RegisteredOn), "case.recused");
    }

    [Fact]
    public void ApproveRegistration_WhenAHandlersCertificateLapsedSinceSubmission_IsRefused()
    {
        var context = Context(certificateExpiries: new Dictionary<int, DateOnly> { [Officer2] = D(2025, 3, 9) });

        var refusal = AssertRefused(InStatus(CaseStatus.RegistrationPending), Approve(RegisteredOn), "case.handler-not-eligible", context);

        Assert.Contains("已于 2025-03-09 过期", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveRegistration_WithHandlersNamedByTheHead_ChecksAndRecordsThoseHandlers()
    {
        var refused = InStatus(CaseStatus.RegistrationPending);
        AssertRefused(refused, Approve(RegisteredOn) with { HandlerIds = [Officer1, IneligibleOfficer] }, "case.handler-not-eligible");

        var c = InStatus(CaseStatus.RegistrationPending);
        AssertAllowed(c, Approve(RegisteredOn) with { HandlerIds = [Officer1, Officer3] });

        // The handlers the guard checked are the handlers the case keeps.
        Assert.Equal<int>([Officer1, Officer3], c.HandlerIds);
    }

    [Fact]
    public void ApproveRegistration_WithoutANumber_IsRefusedAsMissing()
    {
        var c = InStatus(CaseStatus.RegistrationPending);

        var refusal = AssertRefused(c, Command(CaseAction.ApproveRegistration, Head, RegisteredOn) with { Number = " " }, "required");

        Assert.Equal("number", refusal.Field);
        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("案号", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SendNotice_WhenACaseHandlersCertificateHasLapsed_IsRefused()
    {
        var context = Context(certificateExpiries: new Dictionary<int, DateOnly> { [Officer2] = D(2025, 4, 6) });
        var command = Command(CaseAction.SendNotice, Officer, NoticeServedOn) with { Kinds = PenaltyKinds.Fine, FineFen = ProposedFineFen };

        AssertRefused(InStatus(CaseStatus.InvestigationConcluded), command, "case.handler-not-eligible", context);
    }

    [Fact]
    public void SendNotice_ChecksTheCaseHandlers_NotAListNamedInTheCommand()
    {
        // Officer 2 (a handler of the case) lapsed on 04-06; naming officers 1 and 3 in the command must not hide that,
        // since the notice does not change the handlers.
        var context = Context(certificateExpiries: new Dictionary<int, DateOnly> { [Officer2] = D(2025, 4, 6) });
        var c = InStatus(CaseStatus.InvestigationConcluded);
        var command = Command(CaseAction.SendNotice, Officer, NoticeServedOn) with
        {
            Kinds = PenaltyKinds.Fine,
            FineFen = ProposedFineFen,
            HandlerIds = [Officer1, Officer3],
        };

        AssertRefused(c, command, "case.handler-not-eligible", context);
        Assert.Equal<int>([Officer1, Officer2], c.HandlerIds);
    }

    [Fact]
    public void SendNotice_WithoutAProposedPenalty_OrWithAFineButNoAmount_IsRefusedAsMissing()
    {
        var noKinds = AssertRefused(InStatus(CaseStatus.InvestigationConcluded), Command(CaseAction.SendNotice, Officer, NoticeServedOn), "required");
        var noAmount = AssertRefused(InStatus(CaseStatus.InvestigationConcluded),
            Command(CaseAction.SendNotice, Officer, NoticeServedOn) with { Kinds = PenaltyKinds.Fine }, "required");

        Assert.Equal("kinds", noKinds.Field);
        Assert.Equal("fineFen", noAmount.Field);
    }

    [Fact]
    public void ConcludeInvestigation_ByAnEligibleOfficerWhoIsNotAHandler_IsRefused()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Investigating), Command(CaseAction.ConcludeInvestigation, OtherOfficer, ConcludedOn), "case.actor-is-handler");

        Assert.Contains("承办人", refusal.Message, StringComparison.Ordinal);
    }

    // ---- Hearing request: 5 working days after the notice (APL Art 64(1), Art 85) ----

    // Notice served Fri 2025-09-26. Working days after it: Sat 09-27 off, Sun 09-28 调休上班 (1), Mon 09-29 (2),
    // Tue 09-30 (3), 10-01..10-08 国庆节、中秋节 off, Thu 10-09 (4), Fri 10-10 (5), Sat 10-11 调休上班 (6).
    private static EnforcementCase NotifiedOn20250926(bool hearingRight = true)
    {
        var c = InStatus(CaseStatus.Notified);
        c.NoticeServedOn = D(2025, 9, 26);
        c.HearingRight = hearingRight;
        return c;
    }

    [Fact]
    public void RequestHearing_OnTheFifthWorkingDayAfterTheNotice_AcrossNationalDay2025_IsAllowed()
    {
        Assert.Equal(D(2025, 10, 10), WorkingDays.AddWorkingDays(D(2025, 9, 26), 5).Date);
        var c = NotifiedOn20250926();

        AssertAllowed(c, Command(CaseAction.RequestHearing, Officer, D(2025, 10, 10)));

        Assert.Equal(CaseStatus.Hearing, c.Status);
        Assert.Equal(D(2025, 10, 10), c.HearingRequestedOn);
    }

    [Fact]
    public void RequestHearing_OnTheSixthWorkingDay_AMakeUpSaturday_IsRefused()
    {
        var refusal = AssertRefused(NotifiedOn20250926(), Command(CaseAction.RequestHearing, Officer, D(2025, 10, 11)), "case.hearing-late");

        Assert.Contains("2025-10-10", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第六十四条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestHearing_WithoutAHearingRight_IsRefusedEvenOnTheFirstDay()
    {
        var refusal = AssertRefused(NotifiedOn20250926(hearingRight: false), Command(CaseAction.RequestHearing, Officer, D(2025, 9, 28)), "case.no-hearing-right");

        Assert.Contains("第六十三条", refusal.Message, StringComparison.Ordinal);
    }

    // ---- Hearing notice: 7 working days before the hearing (APL Art 64(2), Art 85) ----

    // Hearing Wed 2025-10-15. Working days before it: Tue 10-14 (1), Mon 10-13 (2), Sat 10-11 调休上班 (3), Fri 10-10 (4),
    // Thu 10-09 (5), 10-01..10-08 off, Tue 09-30 (6), Mon 09-29 (7).
    private static CaseCommand RecordHearing(DateOnly noticeOn) =>
        Command(CaseAction.RecordHearing, Officer, D(2025, 10, 15)) with { HearingNoticeOn = noticeOn, HearingOn = D(2025, 10, 15) };

    [Fact]
    public void RecordHearing_NotifiedExactlySevenWorkingDaysBefore_IsAllowed()
    {
        Assert.Equal(D(2025, 9, 29), WorkingDays.SubtractWorkingDays(D(2025, 10, 15), 7).Date);
        var c = InStatus(CaseStatus.Hearing);

        AssertAllowed(c, RecordHearing(D(2025, 9, 29)));

        Assert.Equal(D(2025, 9, 29), c.HearingNoticeOn);
        Assert.Equal(D(2025, 10, 15), c.HearingOn);
    }

    [Fact]
    public void RecordHearing_NotifiedOnlySixWorkingDaysBefore_IsRefused()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Hearing), RecordHearing(D(2025, 9, 30)), "case.hearing-notice");

        Assert.Contains("2025-09-29", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordHearing_WithoutTheHearingDate_IsRefusedAsMissing()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Hearing),
            Command(CaseAction.RecordHearing, Officer, D(2025, 10, 15)) with { HearingNoticeOn = D(2025, 9, 29) }, "required");

        Assert.Equal("hearingOn", refusal.Field);
    }

    // ---- Statement and defence period (APL Art 45; 3 working days, configurable) ----

    // Notice served Mon 2025-04-07: statement period Tue 04-08 (1), Wed 04-09 (2), Thu 04-10 (3);
    // hearing request period continues Fri 04-11 (4), Mon 04-14 (5).
    private static CaseCommand CloseStatementPeriod(DateOnly on) => Command(CaseAction.CloseStatementPeriod, Officer, on);

    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    public void CloseStatementPeriod_WhileThePeriodRuns_IsRefused(int aprilDay)
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Notified), CloseStatementPeriod(D(2025, 4, aprilDay)), "case.statement-period");

        Assert.Contains("2025-04-10", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CloseStatementPeriod_TheDayAfterItEnds_IsAllowed()
    {
        var c = InStatus(CaseStatus.Notified);

        AssertAllowed(c, CloseStatementPeriod(D(2025, 4, 11)));

        Assert.Equal(CaseStatus.DecisionPending, c.Status);
    }

    [Fact]
    public void CloseStatementPeriod_WithAHearingRight_WaitsForTheFiveDayRequestPeriod()
    {
        var running = InStatus(CaseStatus.Notified);
        running.HearingRight = true;
        var over = InStatus(CaseStatus.Notified);
        over.HearingRight = true;

        Assert.Contains("2025-04-14", AssertRefused(running, CloseStatementPeriod(D(2025, 4, 14)), "case.statement-period").Message, StringComparison.Ordinal);
        AssertAllowed(over, CloseStatementPeriod(D(2025, 4, 15)));
    }

    [Fact]
    public void CloseStatementPeriod_WhenThePartyWaived_IsAllowedAtOnce()
    {
        var c = InStatus(CaseStatus.Notified);
        c.DefenceWaived = true;

        AssertAllowed(c, CloseStatementPeriod(NoticeServedOn));
    }

    [Fact]
    public void CloseStatementPeriod_WhenThePartyMadeAStatement_IsAllowedAtOnce()
    {
        var c = InStatus(CaseStatus.Notified);
        c.StatementReceivedOn = D(2025, 4, 8);

        AssertAllowed(c, CloseStatementPeriod(D(2025, 4, 8)));
    }

    [Fact]
    public void CloseStatementPeriod_AfterAStatement_StillWaitsForTheHearingRequestPeriod_WhenThereIsAHearingRight()
    {
        // Speaking in one's defence does not give up the right to ask for a hearing within 5 working days (APL Art 64(1)).
        var running = InStatus(CaseStatus.Notified);
        running.HearingRight = true;
        running.StatementReceivedOn = D(2025, 4, 8);
        var over = InStatus(CaseStatus.Notified);
        over.HearingRight = true;
        over.StatementReceivedOn = D(2025, 4, 8);

        Assert.Contains("2025-04-14", AssertRefused(running, CloseStatementPeriod(D(2025, 4, 9)), "case.statement-period").Message, StringComparison.Ordinal);
        AssertAllowed(over, CloseStatementPeriod(D(2025, 4, 15)));
    }

    // ---- Decision within 90 days of registration (APL Art 60), +30 days extension ----

    // Registered Tue 2025-04-01: day 90 = Mon 06-30 (April 29 + May 31 + June 30), day 91 = Tue 07-01.
    [Fact]
    public void Decide_OnTheNinetiethDayAfterRegistration_IsAllowed()
    {
        Assert.Equal(D(2025, 6, 30), D(2025, 4, 1).AddDays(90));

        AssertAllowed(DecisionPendingRegisteredOn(D(2025, 4, 1)), Decide(D(2025, 6, 30)));
    }

    [Fact]
    public void Decide_OnTheNinetyFirstDay_IsRefused()
    {
        var refusal = AssertRefused(DecisionPendingRegisteredOn(D(2025, 4, 1)), Decide(D(2025, 7, 1)), "case.decision-late");

        Assert.Contains("2025-06-30", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第六十条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecideNoPenalty_OnTheNinetyFirstDay_IsRefusedToo()
    {
        var c = DecisionPendingRegisteredOn(D(2025, 4, 1));

        AssertRefused(c, Command(CaseAction.DecideNoPenalty, Head, D(2025, 7, 1)) with { Reason = "违法事实不能成立" }, "case.decision-late");
    }

    [Fact]
    public void Decide_WithAThirtyDayExtension_IsAllowedOnDay120_AndRefusedOnDay121()
    {
        // Day 120 = Wed 07-30.
        AssertAllowed(DecisionPendingRegisteredOn(D(2025, 4, 1), 30), Decide(D(2025, 7, 30)));
        var refusal = AssertRefused(DecisionPendingRegisteredOn(D(2025, 4, 1), 30), Decide(D(2025, 7, 31)), "case.decision-late");

        Assert.Contains("2025-07-30", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("已延长 30 日", refusal.Message, StringComparison.Ordinal);
    }

    // Registered Thu 2025-07-03: day 90 = Wed 10-01 (July 28 + August 31 + September 30 + 1), inside 国庆节、中秋节
    // 10-01..10-08, so the period ends on the next working day, Thu 10-09.
    [Fact]
    public void Decide_WhenTheNinetiethDayFallsInNationalDay2025_IsAllowedOnTheFirstWorkingDayAfter_AndRefusedTheDayAfterThat()
    {
        Assert.Equal(D(2025, 10, 1), D(2025, 7, 3).AddDays(90));

        AssertAllowed(DecisionPendingRegisteredOn(D(2025, 7, 3)), Decide(D(2025, 10, 9)));
        var refusal = AssertRefused(DecisionPendingRegisteredOn(D(2025, 7, 3)), Decide(D(2025, 10, 10)), "case.decision-late");
        Assert.Contains("2025-10-09", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WithAnExtension_CountsThe120DaysFromRegistration_NotFromTheRolledNinetiethDay()
    {
        // Registered 2025-07-03 + 120 days = Fri 10-31 (a working day). The holiday roll of day 90 (10-01 → 10-09)
        // is not carried into the extended period.
        AssertAllowed(DecisionPendingRegisteredOn(D(2025, 7, 3), 30), Decide(D(2025, 10, 31)));
        AssertRefused(DecisionPendingRegisteredOn(D(2025, 7, 3), 30), Decide(D(2025, 11, 1)), "case.decision-late");
    }

    [Fact]
    public void Decide_WhenTheExtendedPeriodEndsOnAWeekend_IsAllowedOnTheNextWorkingDay()
    {
        // Registered Fri 2025-04-04: day 90 = Thu 07-03 (a working day); day 120 = Sat 08-02 → Mon 08-04.
        AssertAllowed(DecisionPendingRegisteredOn(D(2025, 4, 4), 30), Decide(D(2025, 8, 4)));
        AssertRefused(DecisionPendingRegisteredOn(D(2025, 4, 4), 30), Decide(D(2025, 8, 5)), "case.decision-late");
    }

    // ---- Legal review (APL Art 58) and collective discussion (Art 57 ¶2) ----

    [Fact]
    public void Decide_WhenLegalReviewIsRequiredButNotPassed_IsRefused()
    {
        var c = InStatus(CaseStatus.DecisionPending);
        c.LegalReviewRequired = true;

        var refusal = AssertRefused(c, Decide(DecidedOn), "case.legal-review");

        Assert.Contains("第五十八条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WhenTheRequiredLegalReviewPassed_IsAllowed()
    {
        var c = InStatus(CaseStatus.DecisionPending);
        c.LegalReviewRequired = true;
        c.LegalReviewPassedOn = D(2025, 4, 3);

        AssertAllowed(c, Decide(DecidedOn));
    }

    [Fact]
    public void DecideNoPenalty_AtTheEndOfTheInvestigation_WhenLegalReviewIsRequiredButNotPassed_IsRefused()
    {
        var c = InStatus(CaseStatus.InvestigationConcluded);
        c.LegalReviewRequired = true;

        AssertRefused(c, Command(CaseAction.DecideNoPenalty, Head, D(2025, 4, 3)) with { Reason = "违法事实不能成立" }, "case.legal-review");
    }

    [Fact]
    public void ReturnFromLegalReview_ClearsAnEarlierPass_SoTheDecisionNeedsANewReview()
    {
        var c = InStatus(CaseStatus.LegalReview);
        c.LegalReviewRequired = true;
        c.LegalReviewPassedOn = D(2025, 3, 20);

        AssertAllowed(c, Command(CaseAction.ReturnFromLegalReview, Reviewer, D(2025, 4, 3)) with { Reason = "证据不足" });

        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Null(c.LegalReviewPassedOn);
    }

    [Fact]
    public void Decide_WhenCollectiveDiscussionIsRequiredButNotRecorded_IsRefused_AndAllowedOnceRecorded()
    {
        var c = InStatus(CaseStatus.DecisionPending);
        c.CollectiveDiscussionRequired = true;

        var refusal = AssertRefused(c, Decide(DecidedOn), "case.collective-discussion");
        Assert.Contains("集体讨论", refusal.Message, StringComparison.Ordinal);

        c.CollectiveDiscussionOn = D(2025, 4, 3);
        AssertAllowed(c, Decide(DecidedOn));
    }

    // ---- Not heavier than the notice (APL Art 45 ¶2) ----

    [Fact]
    public void Decide_AFineOneFenAboveTheNotice_IsRefused()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.DecisionPending), Decide(DecidedOn, ProposedFineFen + 1), "case.heavier-than-notice");

        Assert.Contains("第四十五条第二款", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProposedFineFen)]
    [InlineData(RecommendedMinFen)]
    public void Decide_AFineEqualToOrBelowTheNotice_IsAllowed(long fineFen)
    {
        var c = InStatus(CaseStatus.DecisionPending);

        AssertAllowed(c, Decide(DecidedOn, fineFen));

        Assert.Equal(fineFen, c.DecidedFineFen);
    }

    [Fact]
    public void Decide_AddingAPenaltyKindNotInTheNotice_IsRefused()
    {
        AssertRefused(InStatus(CaseStatus.DecisionPending), Decide(DecidedOn, DecidedFineFen, PenaltyKinds.Fine | PenaltyKinds.SuspendLicence), "case.heavier-than-notice");
    }

    [Fact]
    public void Decide_DroppingTheFineFromAWarningAndFineNotice_IsAllowed()
    {
        var c = InStatus(CaseStatus.DecisionPending);
        c.ProposedKinds = PenaltyKinds.Warning | PenaltyKinds.Fine;

        AssertAllowed(c, Decide(DecidedOn, kinds: PenaltyKinds.Warning));

        Assert.Equal(PenaltyKinds.Warning, c.DecidedKinds);
        Assert.Null(c.DecidedFineFen);
    }

    [Fact]
    public void Decide_WithoutAPenaltyKind_IsRefusedAsMissing()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.DecisionPending), Command(CaseAction.Decide, Head, DecidedOn), "required");

        Assert.Equal("kinds", refusal.Field);
    }

    // ---- Fine outside the benchmark's range needs a reason (APL Art 34) ----

    private static EnforcementCase NoticeOfFiveThousandWithRange1000To3000()
    {
        var c = InStatus(CaseStatus.DecisionPending);
        c.ProposedFineFen = 5_000_00;
        return c;
    }

    [Theory]
    [InlineData(999_99)]
    [InlineData(3_000_01)]
    [InlineData(4_000_00)]
    public void Decide_AFineOutsideTheRecommendedRange_WithoutAReason_IsRefusedOnTheReasonField(long fineFen)
    {
        var refusal = AssertRefused(NoticeOfFiveThousandWithRange1000To3000(), Decide(DecidedOn, fineFen), "case.deviation");

        Assert.Equal("reason", refusal.Field);
        Assert.Contains("1000–3000", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第三十四条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AFineOutsideTheRecommendedRange_WithAReason_IsAllowedAndRecordsTheReason()
    {
        var c = NoticeOfFiveThousandWithRange1000To3000();

        AssertAllowed(c, Decide(DecidedOn, 4_000_00, reason: "多次违法，拒不改正"));

        Assert.Equal(4_000_00, c.DecidedFineFen);
        Assert.Equal("多次违法，拒不改正", c.DeviationReason);
        Assert.Equal("多次违法，拒不改正", c.History[^1].Note);
    }

    [Theory]
    [InlineData(RecommendedMinFen)]
    [InlineData(RecommendedMaxFen)]
    public void Decide_AFineAtEitherEndOfTheRecommendedRange_NeedsNoReason(long fineFen)
    {
        var c = NoticeOfFiveThousandWithRange1000To3000();

        AssertAllowed(c, Decide(DecidedOn, fineFen));

        Assert.Null(c.DeviationReason);
    }

    // ---- Handlers still eligible at the decision (RULES §10, configurable) ----

    private static CaseContext Officer2LapsesOn20250505(bool block = true) => Context(
        rules: CaseRules.Default with { BlockLapsedHandlersAtDecision = block },
        certificateExpiries: new Dictionary<int, DateOnly> { [Officer2] = D(2025, 5, 5) });

    [Fact]
    public void Decide_AfterAHandlersCertificateLapsed_IsRefusedWithTheReason()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.DecisionPending), Decide(D(2025, 5, 6)), "case.handler-not-eligible", Officer2LapsesOn20250505());

        Assert.Contains("已于 2025-05-05 过期", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OnTheLastDayOfAHandlersCertificate_IsAllowed()
    {
        AssertAllowed(InStatus(CaseStatus.DecisionPending), Decide(D(2025, 5, 5)), Officer2LapsesOn20250505());
    }

    [Fact]
    public void Decide_AfterAHandlersCertificateLapsed_IsAllowedWhenTheRuleOnlyWarns()
    {
        AssertAllowed(InStatus(CaseStatus.DecisionPending), Decide(D(2025, 5, 6)), Officer2LapsesOn20250505(block: false));
    }

    // ---- Service (APL Art 61) ----

    [Fact]
    public void Serve_Electronically_WithoutThePartysConsent_IsRefused()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Decided),
            Command(CaseAction.Serve, Officer, ServedOn) with { ServiceMethod = ServiceMethod.Electronic }, "case.service-consent");

        Assert.Contains("第六十一条第二款", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_Electronically_WithConsentGivenNow_IsAllowedAndRecordsTheConsent()
    {
        var c = InStatus(CaseStatus.Decided);

        AssertAllowed(c, Command(CaseAction.Serve, Officer, ServedOn) with { ServiceMethod = ServiceMethod.Electronic, ElectronicConsent = true });

        Assert.True(c.ElectronicServiceConsent);
        Assert.Equal(ServiceMethod.Electronic, c.ServiceMethod);
        Assert.Equal(ServedOn, c.ServedOn);
    }

    [Fact]
    public void Serve_Electronically_WithConsentOnFile_IsAllowed()
    {
        var c = InStatus(CaseStatus.NoPenaltyDecided);
        c.ElectronicServiceConsent = true;

        AssertAllowed(c, Command(CaseAction.Serve, Officer, ServedOn) with { ServiceMethod = ServiceMethod.Electronic });
    }

    [Fact]
    public void Serve_WithoutAMethod_IsRefusedAsMissing()
    {
        Assert.Equal("serviceMethod", AssertRefused(InStatus(CaseStatus.Decided), Command(CaseAction.Serve, Officer, ServedOn), "required").Field);
    }

    // ---- Enforcement after the 15-day payment period (APL Arts 67, 72) ----

    // Served Wed 2025-05-07 (default): + 15 days = Thu 05-22, a working day.
    [Fact]
    public void StartEnforcement_OnTheLastDayOfThePaymentPeriod_IsRefused()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Served), Command(CaseAction.StartEnforcement, Officer, D(2025, 5, 22)), "case.not-overdue");

        Assert.Contains("2025-05-22", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartEnforcement_TheDayAfterThePaymentPeriod_IsAllowed()
    {
        var c = InStatus(CaseStatus.Served);

        AssertAllowed(c, Command(CaseAction.StartEnforcement, Officer, D(2025, 5, 23)));

        Assert.Equal(CaseStatus.Enforcing, c.Status);
    }

    [Fact]
    public void StartEnforcement_WhenThePaymentPeriodEndsInAHoliday_WaitsForTheNextWorkingDay()
    {
        // Served Tue 2025-09-16: + 15 days = Wed 10-01 (国庆节) → the period ends Thu 10-09.
        var running = InStatus(CaseStatus.Served);
        running.ServedOn = D(2025, 9, 16);
        var over = InStatus(CaseStatus.Served);
        over.ServedOn = D(2025, 9, 16);

        AssertRefused(running, Command(CaseAction.StartEnforcement, Officer, D(2025, 10, 9)), "case.not-overdue");
        AssertAllowed(over, Command(CaseAction.StartEnforcement, Officer, D(2025, 10, 10)));
    }

    [Fact]
    public void StartEnforcement_WhenTheFineIsPaid_IsRefused()
    {
        var c = InStatus(CaseStatus.Served);
        c.PaidOn = PaidOn;

        AssertRefused(c, Command(CaseAction.StartEnforcement, Officer, D(2025, 6, 1)), "case.paid");
    }

    [Fact]
    public void StartEnforcement_WhenThereIsNoFine_IsRefused()
    {
        var c = InStatus(CaseStatus.Served);
        c.DecidedKinds = PenaltyKinds.Warning;
        c.DecidedFineFen = null;

        AssertRefused(c, Command(CaseAction.StartEnforcement, Officer, D(2025, 6, 1)), "case.no-fine");
    }

    // ---- Closing (APL Art 66) ----

    [Fact]
    public void Close_WhileTheFineIsUnpaid_IsRefused()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Served), Command(CaseAction.Close, Officer, ClosedOn), "case.not-executed");

        Assert.Contains("不能结案", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_WhileEnforcementIsUnderWay_IsRefused()
    {
        AssertRefused(InStatus(CaseStatus.Enforcing), Command(CaseAction.Close, Officer, D(2025, 7, 1)), "case.not-executed");
    }

    [Fact]
    public void Close_WhenTheFineIsPaid_IsAllowed()
    {
        var c = InStatus(CaseStatus.Served);
        c.PaidOn = PaidOn;

        AssertAllowed(c, Command(CaseAction.Close, Officer, ClosedOn));

        Assert.Equal(ClosedOn, c.ClosedOn);
    }

    [Fact]
    public void Close_WhenEnforcementConcluded_IsAllowedThoughUnpaid()
    {
        var c = InStatus(CaseStatus.Enforcing);
        c.EnforcementConcludedOn = D(2025, 9, 1);

        AssertAllowed(c, Command(CaseAction.Close, Head, D(2025, 9, 2)));
    }

    [Fact]
    public void Close_WhenThereIsNoFine_IsAllowed()
    {
        var warning = InStatus(CaseStatus.Served);
        warning.DecidedKinds = PenaltyKinds.Warning;
        warning.DecidedFineFen = null;

        AssertAllowed(warning, Command(CaseAction.Close, Officer, ClosedOn));
    }

    [Fact]
    public void Close_AServedNoPenaltyDecision_IsAllowed()
    {
        var c = InStatus(CaseStatus.NoPenaltyDecided);
        AssertAllowed(c, Command(CaseAction.Serve, Officer, ServedOn) with { ServiceMethod = ServiceMethod.Direct });

        AssertAllowed(c, Command(CaseAction.Close, Officer, ServedOn));

        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    // ---- Archiving after the self-check ----

    private static readonly string[] Findings = ["缺少送达回证", "询问笔录未经当事人签名"];

    [Fact]
    public void Archive_WithSelfCheckFindings_IsRefusedListingThem()
    {
        var refusal = AssertRefused(InStatus(CaseStatus.Closed), Command(CaseAction.Archive, Head, D(2025, 5, 27)), "case.self-check", Context(Findings));

        Assert.Equal("reason", refusal.Field);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("2 个问题", refusal.Message, StringComparison.Ordinal);
        foreach (var finding in Findings) Assert.Contains(finding, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_WithSelfCheckFindings_AndTheHeadsReason_IsAllowedAndRecordsTheOverride()
    {
        var c = InStatus(CaseStatus.Closed);

        AssertAllowed(c, Command(CaseAction.Archive, Head, D(2025, 5, 27)) with { Reason = "送达回证已遗失，另附情况说明" }, Context(Findings));

        Assert.Equal(CaseStatus.Archived, c.Status);
        Assert.Equal("送达回证已遗失，另附情况说明", c.ArchiveOverrideReason);
    }

    [Fact]
    public void Archive_WithoutFindings_IsAllowedWithoutAnOverride()
    {
        var c = InStatus(CaseStatus.Closed);

        AssertAllowed(c, Command(CaseAction.Archive, Head, D(2025, 5, 27)), Context([]));

        Assert.Null(c.ArchiveOverrideReason);
    }

    // ---- Legal reviewer (APL Art 58) ----

    [Fact]
    public void PassLegalReview_ByAReviewerWithoutTheLegalQualification_IsRefused()
    {
        var unqualified = new CaseActor("lifazhi", Officer3, [Roles.LegalReviewer]);

        var refusal = AssertRefused(InStatus(CaseStatus.LegalReview), Command(CaseAction.PassLegalReview, unqualified, D(2025, 4, 3)), "case.reviewer");

        Assert.Contains("法律职业资格", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PassLegalReview_ByAnAccountWithoutAnOfficerRecord_IsRefused()
    {
        var noOfficer = new CaseActor("fazhi-account", null, [Roles.LegalReviewer]);

        AssertRefused(InStatus(CaseStatus.LegalReview), Command(CaseAction.PassLegalReview, noOfficer, D(2025, 4, 3)), "case.reviewer");
    }

    [Fact]
    public void PassLegalReview_ByAQualifiedReviewerWhoIsAHandlerOfTheCase_IsRefused()
    {
        var c = InStatus(CaseStatus.LegalReview);
        c.HandlerIds = [Officer1, ReviewerOfficer];

        var refusal = AssertRefused(c, Command(CaseAction.PassLegalReview, Reviewer, D(2025, 4, 3)), "case.reviewer-is-handler");

        Assert.Contains("不得审核本人承办的案件", refusal.Message, StringComparison.Ordinal);
        Assert.Null(c.LegalReviewPassedOn);
    }

    [Fact]
    public void ReturnFromLegalReview_WithoutAReason_IsRefusedAsMissing()
    {
        Assert.Equal("reason", AssertRefused(InStatus(CaseStatus.LegalReview), Command(CaseAction.ReturnFromLegalReview, Reviewer, D(2025, 4, 3)), "required").Field);
    }

    [Theory]
    [InlineData(CaseStatus.Clue, CaseAction.RejectRegistration)]
    [InlineData(CaseStatus.Investigating, CaseAction.Withdraw)]
    [InlineData(CaseStatus.InvestigationConcluded, CaseAction.Transfer)]
    [InlineData(CaseStatus.DecisionPending, CaseAction.DecideNoPenalty)]
    public void OutcomesWithoutAPenalty_WithoutAReason_AreRefusedAsMissing(CaseStatus from, CaseAction action)
    {
        var refusal = AssertRefused(InStatus(from), Command(action, Head, D(2025, 4, 3)) with { Reason = "  " }, "required");

        Assert.Equal("reason", refusal.Field);
    }
}
