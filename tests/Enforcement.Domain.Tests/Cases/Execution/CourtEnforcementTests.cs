using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Execution;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases.Execution;

/// <summary>
/// 催告 and the application to the court (行政强制法 Arts 53, 54, 69; APL Art 72 ¶2). The default case was served
/// Wed 2025-05-07: the six months to sue end Fri 11-07, so the court may be asked from 11-08 until
/// 11-07 + 3 months = Sat 2026-02-07, rolled to Mon 02-09.
/// </summary>
public sealed class CourtEnforcementTests
{
    private static EnforcementCase Enforcing(DateOnly? reminder = null)
    {
        var c = InStatus(CaseStatus.Enforcing);
        c.ReminderServedOn = reminder;
        return c;
    }

    private static CaseCommand Apply(DateOnly on) => Command(CaseAction.ApplyToCourt, Head, on);

    private static Refusal Refused(EnforcementCase c, CaseCommand command)
    {
        var before = (c.CourtAppliedOn, c.ReminderServedOn, c.History.Count);
        var result = CaseBuilder.Apply(c, command);
        Assert.False(result.IsOk, "Expected a refusal.");
        Assert.Equal(RefusalKind.Conflict, result.Refusal!.Kind);
        Assert.Equal(before, (c.CourtAppliedOn, c.ReminderServedOn, c.History.Count));
        return result.Refusal;
    }

    private static void Ok(EnforcementCase c, CaseCommand command)
    {
        var result = CaseBuilder.Apply(c, command);
        Assert.True(result.IsOk, result.Refusal?.Message);
    }

    [Fact]
    public void ServeReminder_OnTheDueDate_IsRefused_TheDayAfter_IsAllowed()
    {
        Assert.Equal("case.reminder-not-overdue", Refused(Enforcing(), Command(CaseAction.ServeReminder, Officer, D(2025, 6, 3)) with { OccurredOn = D(2025, 5, 22) }).Code);

        var c = Enforcing();
        Ok(c, Command(CaseAction.ServeReminder, Officer, D(2025, 6, 3)) with { OccurredOn = D(2025, 5, 23) });
        Assert.Equal(D(2025, 5, 23), c.ReminderServedOn);
    }

    [Fact]
    public void ApplyToCourt_WithoutAReminder_IsRefusedCitingArticle54()
    {
        var refusal = Refused(Enforcing(), Apply(D(2025, 11, 10)));

        Assert.Equal("case.no-reminder", refusal.Code);
        Assert.Contains("第五十四条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyToCourt_OnTheTenthWorkingDayAfterTheReminder_IsRefused_AfterIt_IsAllowed()
    {
        // Reminder Fri 10-31: working days 11-03…11-07 and 11-10…11-14; the tenth is Fri 11-14.
        var refusal = Refused(Enforcing(D(2025, 10, 31)), Apply(D(2025, 11, 14)));
        Assert.Equal("case.reminder-wait", refusal.Code);
        Assert.Contains("2025-11-14", refusal.Message, StringComparison.Ordinal);

        var c = Enforcing(D(2025, 10, 31));
        Ok(c, Apply(D(2025, 11, 15)));
        Assert.Equal(D(2025, 11, 15), c.CourtAppliedOn);
    }

    [Fact]
    public void ApplyToCourt_BeforeTheRemedyPeriodsEnd_IsRefused_TheDayAfter_IsAllowed()
    {
        Assert.Equal("case.court-too-early", Refused(Enforcing(D(2025, 6, 3)), Apply(D(2025, 11, 7))).Code);
        Ok(Enforcing(D(2025, 6, 3)), Apply(D(2025, 11, 8)));
    }

    [Fact]
    public void ApplyToCourt_OnTheLastDayOfTheThreeMonths_IsAllowed_TheDayAfter_IsRefused()
    {
        Ok(Enforcing(D(2025, 6, 3)), Apply(D(2026, 2, 9)));

        var refusal = Refused(Enforcing(D(2025, 6, 3)), Apply(D(2026, 2, 10)));
        Assert.Equal("case.court-too-late", refusal.Code);
        Assert.Contains("2026-02-09", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第五十三条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyToCourt_WhileAReconsiderationIsPending_IsRefused_AndAfterItThePartyHasFifteenDaysToSue()
    {
        var c = Enforcing(D(2025, 6, 3));
        c.Remedies.Add(new RemedyProceeding { Kind = RemedyKind.Reconsideration, StartedOn = D(2025, 6, 10) });
        Assert.Equal("case.remedy-open", Refused(c, Apply(D(2025, 11, 10))).Code);

        // Decided Fri 10-31: + 15 days = Sat 11-15, rolled to Mon 11-17, later than the six months from service.
        c.Remedies[0].EndedOn = D(2025, 10, 31);
        var window = ExecutionRules.CourtApplicationWindow(c, WorkingDays)!;
        Assert.Equal(D(2025, 11, 17), window.RemedyDeadline);
        Assert.Equal("case.court-too-early", Refused(c, Apply(D(2025, 11, 17))).Code);
        Ok(c, Apply(D(2025, 11, 18)));
    }

    [Fact]
    public void AfterADeferralEndingLaterThanTheRemedyPeriods_TheThreeMonthsCountFromItsEnd()
    {
        var c = Enforcing(D(2025, 11, 10));
        c.PaymentPlanApprovedOn = D(2025, 5, 20);
        c.Instalments = [new PaymentInstalment { Sequence = 1, DueOn = D(2025, 12, 1), AmountFen = DecidedFineFen }];

        var window = ExecutionRules.CourtApplicationWindow(c, WorkingDays)!;

        Assert.Equal((D(2025, 11, 7), D(2025, 12, 1), D(2026, 3, 2)), (window.RemedyDeadline, window.CountsFrom, window.Closes));
        Assert.Equal("case.court-too-early", Refused(c, Apply(D(2025, 12, 1))).Code);
        Ok(c, Apply(D(2026, 3, 2)));
    }

    [Fact]
    public void TheCourtWindowClock_RunsWhileEnforcing_AndStopsWhenApplied()
    {
        var c = Enforcing(D(2025, 6, 3));

        var clock = Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 11, 20)), k => k.Code == "court-application");
        Assert.Equal((D(2025, 11, 8), D(2026, 2, 9), ClockState.Running), (clock.Start, clock.Due, clock.State));
        Assert.Contains("第五十三条", clock.Article, StringComparison.Ordinal);

        Ok(c, Apply(D(2025, 11, 20)));
        Assert.Equal(ClockState.Met, Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 11, 21)), k => k.Code == "court-application").State);
    }

    [Fact]
    public void TheCourtWindowClock_IsNotShown_OnceTheFineIsPaidWithoutTheCourt()
    {
        var c = Enforcing();
        c.PaidOn = D(2025, 6, 10);

        Assert.DoesNotContain(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 6, 11)), k => k.Code == "court-application");
    }

    [Fact]
    public void ApplyToCourt_Twice_OrAfterThePartyPaid_IsRefused()
    {
        var applied = Enforcing(D(2025, 6, 3));
        Ok(applied, Apply(D(2025, 11, 10)));
        var paid = Enforcing(D(2025, 6, 3));
        paid.PaidOn = D(2025, 11, 1);

        Assert.Equal("case.court-applied", Refused(applied, Apply(D(2025, 11, 11))).Code);
        Assert.Equal("case.paid", Refused(paid, Apply(D(2025, 11, 10))).Code);
    }

    [Fact]
    public void TheCourtsOutcome_LetsTheCaseClose_AndIsRecordedOnce()
    {
        var c = Enforcing(D(2025, 6, 3));
        Ok(c, Apply(D(2025, 11, 10)));
        Assert.Equal("case.not-executed", Refused(c, Command(CaseAction.Close, Head, D(2026, 1, 20))).Code);
        Assert.Equal("reason", CaseBuilder.Apply(c, Command(CaseAction.ConcludeEnforcement, Officer, D(2026, 1, 15))).Refusal?.Field);

        Ok(c, Command(CaseAction.ConcludeEnforcement, Officer, D(2026, 1, 15)) with { Reason = "人民法院裁定准予执行，已划拨" });
        Assert.Equal("case.enforcement-concluded", Refused(c, Command(CaseAction.ConcludeEnforcement, Officer, D(2026, 1, 16)) with { Reason = "再次" }).Code);
        Ok(c, Command(CaseAction.Close, Head, D(2026, 1, 20)));

        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal("人民法院裁定准予执行，已划拨", c.EnforcementOutcome);
    }

    [Fact]
    public void RemedyProceedings_OneAtATime_WithAnOutcome()
    {
        var c = InStatus(CaseStatus.Served);
        Ok(c, Command(CaseAction.RecordRemedyApplication, Officer, D(2025, 6, 1)) with { RemedyKind = RemedyKind.Litigation, OccurredOn = D(2025, 5, 30) });

        Assert.Equal("case.remedy-open", Refused(c, Command(CaseAction.RecordRemedyApplication, Officer, D(2025, 6, 2)) with { RemedyKind = RemedyKind.Reconsideration }).Code);
        Assert.Equal("remedyKind", CaseBuilder.Apply(InStatus(CaseStatus.Served), Command(CaseAction.RecordRemedyApplication, Officer, D(2025, 6, 2))).Refusal?.Field);
        Assert.Equal("occurredOn", CaseBuilder.Apply(c, Command(CaseAction.RecordRemedyOutcome, Officer, D(2025, 9, 1)) with { Reason = "驳回诉讼请求", OccurredOn = D(2025, 5, 29) }).Refusal?.Field);
        Ok(c, Command(CaseAction.RecordRemedyOutcome, Officer, D(2025, 9, 1)) with { Reason = "驳回诉讼请求" });
        Assert.Equal("case.no-open-remedy", Refused(c, Command(CaseAction.RecordRemedyOutcome, Officer, D(2025, 9, 2)) with { Reason = "x" }).Code);
    }
}
