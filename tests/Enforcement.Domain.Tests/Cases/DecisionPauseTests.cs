using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>
/// Periods not counted in the decision period (听证, 公告, 检测、检验、检疫、鉴定 by default, each switchable): the guard and
/// the clock agree on the deadline, overlapping pauses count once, a disabled kind is counted as usual, a running pause
/// stops the clock, and the last day still rolls forward past non-working days.
/// </summary>
public sealed class DecisionPauseTests
{
    // Registered 2025-03-10: day 90 is Sun 06-08, so without pauses the period ends Mon 06-09.

    private static CaseCommand Decide(DateOnly on) =>
        Command(CaseAction.Decide, Head, on) with { Kinds = PenaltyKinds.Fine, FineFen = DecidedFineFen };

    private static CaseCommand Start(DateOnly on, CasePauseKind? kind, DateOnly? startedOn = null) =>
        Command(CaseAction.StartPause, Officer, on) with { PauseKind = kind, OccurredOn = startedOn };

    private static CaseCommand End(DateOnly on, CasePauseKind? kind, DateOnly? endedOn = null) =>
        Command(CaseAction.EndPause, Officer, on) with { PauseKind = kind, OccurredOn = endedOn };

    private static EnforcementCase PendingWith(params (CasePauseKind Kind, DateOnly From, DateOnly? To)[] pauses)
    {
        var c = InStatus(CaseStatus.DecisionPending);
        foreach (var (kind, from, to) in pauses) c.Pauses.Add(new CasePause { Id = c.Pauses.Count + 1, CaseId = c.Id, Kind = kind, StartedOn = from, EndedOn = to });
        return c;
    }

    private static CaseClock DecisionClock(EnforcementCase c, DateOnly today, CaseRules? rules = null) =>
        Assert.Single(CaseClocks.For(c, WorkingDays, rules ?? CaseRules.Default, today), k => k.Code == "decision");

    private static void DecidesOn_ButNotTheDayAfter(Func<EnforcementCase> build, DateOnly last, CaseRules? rules = null)
    {
        var context = Context(rules: rules);
        var onTime = Apply(build(), Decide(last), context);
        Assert.True(onTime.IsOk, onTime.Refusal?.Message);

        var late = build();
        var refused = Apply(late, Decide(last.AddDays(1)), context);
        Assert.Equal("case.decision-late", refused.Refusal?.Code);
        Assert.Contains($"{last:yyyy-MM-dd}", refused.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.DecisionPending, late.Status);
        Assert.Empty(late.History);
    }

    [Fact]
    public void Decision_OnTheLastDayWithAnExaminationPause_IsAllowed_TheDayAfter_IsRefused()
    {
        // Examination 04-01..04-10, both days included: 10 days not counted, 06-08 + 10 = Wed 06-18.
        EnforcementCase Build() => PendingWith((CasePauseKind.Examination, D(2025, 4, 1), D(2025, 4, 10)));

        DecidesOn_ButNotTheDayAfter(Build, D(2025, 6, 18));
        Assert.Equal(D(2025, 6, 18), DecisionClock(Build(), D(2025, 6, 1)).Due);
    }

    [Fact]
    public void OverlappingPauses_CountTheirDaysOnce()
    {
        // Examination 04-01..04-10 and public notice 04-06..04-15: together 04-01..04-15, 15 days → Mon 06-23.
        EnforcementCase Build() => PendingWith(
            (CasePauseKind.Examination, D(2025, 4, 1), D(2025, 4, 10)),
            (CasePauseKind.PublicNotice, D(2025, 4, 6), D(2025, 4, 15)));

        DecidesOn_ButNotTheDayAfter(Build, D(2025, 6, 23));
        var deadline = CaseDeadlines.Decision(Build(), WorkingDays, CaseRules.Default, D(2025, 6, 1));
        Assert.Equal(15, deadline.PausedDays);
        Assert.Equal([10, 10], deadline.Pauses.Select(p => p.DaysCounted));
        Assert.Contains(deadline.Explanation, line => line.Contains("共 15 日", StringComparison.Ordinal) && line.Contains("重叠", StringComparison.Ordinal));
    }

    [Fact]
    public void ADisabledKind_IsNotCounted_ButStillListed()
    {
        var rules = CaseRules.Default with { DecisionPauseKinds = new HashSet<CasePauseKind> { CasePauseKind.Hearing, CasePauseKind.PublicNotice } };
        EnforcementCase Build() => PendingWith((CasePauseKind.Examination, D(2025, 4, 1), D(2025, 4, 10)));

        DecidesOn_ButNotTheDayAfter(Build, D(2025, 6, 9), rules);
        var deadline = CaseDeadlines.Decision(Build(), WorkingDays, rules, D(2025, 6, 1));
        var listed = Assert.Single(deadline.Pauses);
        Assert.Equal((CasePauseKind.Examination, false, 0), (listed.Kind, listed.Counted, listed.DaysCounted));
        Assert.Contains(deadline.Explanation, line => line.Contains("照常计算", StringComparison.Ordinal));
    }

    [Fact]
    public void ARunningPause_StopsTheClock_WhichIsPausedNotOverdue_AndTheDecisionWaitsForItsEnd()
    {
        // Examination since 05-20, still running on 06-20: 05-20..06-20 is 32 days, so the due date is 06-08 + 32 = Thu 07-10.
        var c = PendingWith((CasePauseKind.Examination, D(2025, 5, 20), null));

        var clock = DecisionClock(c, D(2025, 6, 20));

        Assert.Equal((D(2025, 7, 10), ClockState.Paused), (clock.Due, clock.State));
        Assert.False(clock.NeedsAttention);
        Assert.Equal(D(2025, 7, 11), DecisionClock(c, D(2025, 6, 21)).Due);
        Assert.Contains(clock.Explanation!, line => line.Contains("进行中", StringComparison.Ordinal));

        var refused = Apply(c, Decide(D(2025, 6, 20)));
        Assert.Equal("case.pause-running", refused.Refusal?.Code);
        Assert.Equal(RefusalKind.Conflict, refused.Refusal!.Kind);

        Assert.True(Apply(c, End(D(2025, 6, 20), CasePauseKind.Examination, D(2025, 6, 19))).IsOk);
        // Ended 06-19: 05-20..06-19 is 31 days → Wed 07-09; the clock runs again.
        var resumed = DecisionClock(c, D(2025, 6, 20));
        Assert.Equal((D(2025, 7, 9), ClockState.Running), (resumed.Due, resumed.State));
        var decided = Apply(c, Decide(D(2025, 6, 20)));
        Assert.True(decided.IsOk, decided.Refusal?.Message);
    }

    [Fact]
    public void APauseStartedAfterThePeriodRanOut_DoesNotReviveIt()
    {
        var c = PendingWith((CasePauseKind.Examination, D(2025, 6, 12), null));

        var clock = DecisionClock(c, D(2025, 6, 20));

        Assert.Equal((D(2025, 6, 9), ClockState.Overdue), (clock.Due, clock.State));
    }

    [Fact]
    public void TheLastDayAfterAPause_FallingInTheNationalDayHoliday_RollsForward()
    {
        // Registered 06-25: day 90 is Tue 09-23; an 8-day examination 09-01..09-08 moves it to Wed 10-01, inside the
        // 10-01..10-08 holiday, so the period ends Thu 10-09.
        EnforcementCase Build()
        {
            var c = PendingWith((CasePauseKind.Examination, D(2025, 9, 1), D(2025, 9, 8)));
            c.RegisteredOn = D(2025, 6, 25);
            return c;
        }

        DecidesOn_ButNotTheDayAfter(Build, D(2025, 10, 9));
        var deadline = CaseDeadlines.Decision(Build(), WorkingDays, CaseRules.Default, D(2025, 9, 30));
        Assert.Contains(deadline.Explanation, line => line.Contains("2025-10-01", StringComparison.Ordinal) && line.Contains("顺延至 2025-10-09", StringComparison.Ordinal));
    }

    [Fact]
    public void APauseFromTheRegistrationDay_CountsOnlyTheDaysAfterIt()
    {
        // The registration day is not a day of the period (start day excluded): 03-10..03-12 leaves out 03-11 and 03-12 → Tue 06-10.
        EnforcementCase Build() => PendingWith((CasePauseKind.Examination, RegisteredOn, D(2025, 3, 12)));

        DecidesOn_ButNotTheDayAfter(Build, D(2025, 6, 10));
    }

    [Fact]
    public void TheHearing_FromRequestToHearingHeld_IsLeftOut_UnlessDisabled()
    {
        // Requested 04-09, held 04-28: 20 days → Sat 06-28 → Mon 06-30. Reviewed after the hearing, as Art 58 requires.
        EnforcementCase Build()
        {
            var c = InStatus(CaseStatus.LegalReviewBeforeDecision);
            c.Status = CaseStatus.DecisionPending;
            c.LegalReviewPassedOn = D(2025, 4, 30);
            return c;
        }

        DecidesOn_ButNotTheDayAfter(Build, D(2025, 6, 30));
        var hearing = Assert.Single(CaseDeadlines.Decision(Build(), WorkingDays, CaseRules.Default, D(2025, 6, 1)).Pauses);
        Assert.Equal((CasePauseKind.Hearing, true, 20), (hearing.Kind, hearing.Derived, hearing.DaysCounted));

        var noHearingPause = CaseRules.Default with { DecisionPauseKinds = new HashSet<CasePauseKind> { CasePauseKind.Examination, CasePauseKind.PublicNotice } };
        DecidesOn_ButNotTheDayAfter(Build, D(2025, 6, 9), noHearingPause);
    }

    [Fact]
    public void WhileTheHearingIsAwaited_TheDecisionClockIsPaused()
    {
        var c = InStatus(CaseStatus.Hearing);

        var clock = DecisionClock(c, D(2025, 4, 20));

        Assert.Equal(ClockState.Paused, clock.State);
        Assert.Contains(clock.Explanation!, line => line.StartsWith("听证", StringComparison.Ordinal));
    }

    [Fact]
    public void StartPause_RecordsIt_AndTheHistorySaysWhat()
    {
        var c = InStatus(CaseStatus.Investigating);

        var result = Apply(c, Start(D(2025, 3, 21), CasePauseKind.PublicNotice, D(2025, 3, 20)));

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Equal("公告期间开始（2025-03-20），不计入办案期限", result.Value!.Note);
    }

    [Fact]
    public void StartPause_OfTheHearing_IsRefused_ItIsDerived()
    {
        var refusal = Apply(InStatus(CaseStatus.Notified), Start(D(2025, 4, 9), CasePauseKind.Hearing)).Refusal;

        Assert.Equal(("case.pause-kind", "pauseKind", RefusalKind.Invalid), (refusal?.Code, refusal?.Field, refusal?.Kind));
    }

    [Theory]
    [InlineData(null, 2025, 3, 21, "pauseKind")]            // no kind
    [InlineData(CasePauseKind.Examination, 2025, 3, 22, "occurredOn")]  // after the day of the move
    [InlineData(CasePauseKind.Examination, 2025, 3, 9, "occurredOn")]   // before registration
    public void StartPause_WithAMissingKindOrADateOutsideRegistrationToToday_IsRefusedOnTheField(CasePauseKind? kind, int year, int month, int day, string field)
    {
        var c = InStatus(CaseStatus.Investigating);

        var refusal = Apply(c, Start(D(2025, 3, 21), kind, D(year, month, day))).Refusal;

        Assert.Equal((field, RefusalKind.Invalid), (refusal?.Field, refusal?.Kind));
        Assert.Empty(c.Pauses);
    }

    [Fact]
    public void StartPause_OfAKindAlreadyRunning_IsRefused_AnotherKindIsNot()
    {
        var c = PendingWith((CasePauseKind.Examination, D(2025, 4, 1), null));

        var refusal = Apply(c, Start(D(2025, 4, 20), CasePauseKind.Examination)).Refusal;

        Assert.Equal(("case.pause-running", RefusalKind.Conflict), (refusal?.Code, refusal?.Kind));
        Assert.Contains("2025-04-01", refusal!.Message, StringComparison.Ordinal);
        Assert.True(Apply(c, Start(D(2025, 4, 20), CasePauseKind.PublicNotice)).IsOk);
        Assert.Equal(2, c.Pauses.Count(p => p.EndedOn is null));
    }

    [Fact]
    public void EndPause_BeforeItsStart_OrInTheFuture_IsRefused_OnTheStartDay_IsAllowed()
    {
        var c = PendingWith((CasePauseKind.Examination, D(2025, 4, 10), null));

        Assert.Equal("occurredOn", Apply(c, End(D(2025, 4, 20), CasePauseKind.Examination, D(2025, 4, 9))).Refusal?.Field);
        Assert.Equal("occurredOn", Apply(c, End(D(2025, 4, 20), CasePauseKind.Examination, D(2025, 4, 21))).Refusal?.Field);
        Assert.Null(c.Pauses[0].EndedOn);

        Assert.True(Apply(c, End(D(2025, 4, 20), CasePauseKind.Examination, D(2025, 4, 10))).IsOk);
        Assert.Equal(D(2025, 4, 10), c.Pauses[0].EndedOn);
    }

    [Fact]
    public void EndPause_WithNoneRunning_IsAConflict_WithTwoRunningAndNoKind_AsksForTheKind()
    {
        var none = PendingWith((CasePauseKind.Examination, D(2025, 4, 1), D(2025, 4, 5)));
        Assert.Equal("case.no-running-pause", Apply(none, End(D(2025, 4, 20), CasePauseKind.Examination)).Refusal?.Code);

        var two = PendingWith((CasePauseKind.Examination, D(2025, 4, 1), null), (CasePauseKind.PublicNotice, D(2025, 4, 2), null));
        Assert.Equal("pauseKind", Apply(two, End(D(2025, 4, 20), null)).Refusal?.Field);

        var one = PendingWith((CasePauseKind.PublicNotice, D(2025, 4, 2), null));
        var ended = Apply(one, End(D(2025, 4, 20), null));
        Assert.True(ended.IsOk, ended.Refusal?.Message);
        Assert.Equal("不计入办案期限的期间结束（2025-04-20）", ended.Value!.Note);
    }

    [Fact]
    public void PauseMoves_AreOfferedInEveryStatusBetweenRegistrationAndDecision_AndKeepTheStatus()
    {
        var extend = CaseTransitions.Table.Where(t => t.Action == CaseAction.ExtendDecisionPeriod).Select(t => t.From).Order().ToList();

        foreach (var action in (CaseAction[])[CaseAction.StartPause, CaseAction.EndPause])
        {
            var rows = CaseTransitions.Table.Where(t => t.Action == action).ToList();
            Assert.Equal(extend, rows.Select(t => t.From).Order());
            Assert.All(rows, t => Assert.Equal(t.From, t.To));
        }
    }

    [Fact]
    public void DecideNoPenalty_WhileAPauseRuns_IsRefused()
    {
        var c = PendingWith((CasePauseKind.PublicNotice, D(2025, 4, 1), null));

        var refusal = Apply(c, Command(CaseAction.DecideNoPenalty, Head, D(2025, 5, 6)) with { Reason = "违法事实不能成立" }).Refusal;

        Assert.Equal("case.pause-running", refusal?.Code);
        Assert.Contains("公告", refusal!.Message, StringComparison.Ordinal);
    }
}
