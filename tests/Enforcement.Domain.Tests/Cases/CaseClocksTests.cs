using Enforcement.Domain.Cases;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

public sealed class CaseClocksTests
{
    private static CaseClock Clock(EnforcementCase c, string code, DateOnly today) =>
        Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, today), k => k.Code == code);

    private static EnforcementCase RegisteredOn(DateOnly registered)
    {
        var c = InStatus(CaseStatus.Investigating);
        c.RegisteredOn = registered;
        return c;
    }

    [Theory]
    [InlineData(2025, 10, 5, ClockState.Running)]   // 4 days left: outside the 3-day warning window
    [InlineData(2025, 10, 6, ClockState.DueSoon)]   // 3 days left
    [InlineData(2025, 10, 9, ClockState.DueSoon)]   // the due day itself
    [InlineData(2025, 10, 10, ClockState.Overdue)]
    public void DecisionClock_NinetiethDayInTheNationalDayHoliday_IsDueOnTheNinthOfOctober(int year, int month, int day, ClockState expected)
    {
        // Registered 2025-07-03: day 90 is 2025-10-01, inside the 10-01…10-08 holiday, so the period ends on Thu 10-09.
        var clock = Clock(RegisteredOn(D(2025, 7, 3)), "decision", D(year, month, day));

        Assert.Equal(D(2025, 10, 9), clock.Due);
        Assert.Equal(expected, clock.State);
        Assert.Contains("第六十条", clock.Article, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionClock_StopsWhenDecided_MetOrLate()
    {
        var inTime = RegisteredOn(D(2025, 7, 3));
        inTime.DecidedOn = D(2025, 10, 9);
        var late = RegisteredOn(D(2025, 7, 3));
        late.DecidedOn = D(2025, 10, 10);

        Assert.Equal(ClockState.Met, Clock(inTime, "decision", D(2025, 12, 1)).State);
        Assert.Equal(ClockState.MetLate, Clock(late, "decision", D(2025, 12, 1)).State);
    }

    [Fact]
    public void DecisionClock_WithAThirtyDayExtension_MovesTheDueDate()
    {
        var c = RegisteredOn(D(2025, 7, 3));
        c.DecisionExtensionDays = 30;

        // 90 + 30 = 120 days from 07-03 is Fri 2025-10-31, a working day.
        Assert.Equal(D(2025, 10, 31), Clock(c, "decision", D(2025, 10, 1)).Due);
    }

    [Fact]
    public void HearingRequestClock_FiveWorkingDaysAfterNotice_SkipsTheHoliday()
    {
        // Notice Fri 2025-09-26; working days after it: Sun 09-28 (make-up), Mon 09-29, Tue 09-30, Thu 10-09, Fri 10-10.
        var c = InStatus(CaseStatus.Notified);
        c.NoticeServedOn = D(2025, 9, 26);
        c.HearingRight = true;

        var clock = Clock(c, "hearing-request", D(2025, 9, 30));

        Assert.Equal(D(2025, 10, 10), clock.Due);
        Assert.Equal(ClockState.Running, clock.State);
    }

    [Fact]
    public void PaymentClock_FifteenDaysAfterService_RollsPastTheHoliday_AndStopsWhenPaid()
    {
        var c = InStatus(CaseStatus.Served);
        c.DecidedFineFen = 5_000_00;
        c.ServedOn = D(2025, 9, 16);

        Assert.Equal(D(2025, 10, 9), Clock(c, "payment", D(2025, 9, 20)).Due);
        Assert.Equal(ClockState.Overdue, Clock(c, "payment", D(2025, 10, 10)).State);
        c.PaidOn = D(2025, 9, 30);
        Assert.Equal(ClockState.Met, Clock(c, "payment", D(2025, 10, 10)).State);
    }

    [Fact]
    public void NoPaymentClock_WithoutAFine()
    {
        var c = InStatus(CaseStatus.Served);
        c.DecidedFineFen = null;
        c.ServedOn = D(2025, 9, 16);

        Assert.DoesNotContain(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 9, 20)), k => k.Code == "payment");
    }

    [Fact]
    public void Clocks_InAYearWithoutASchedule_AreProvisional()
    {
        var c = RegisteredOn(D(2026, 11, 20));

        var clock = Clock(c, "decision", D(2026, 11, 22));

        Assert.True(clock.Provisional);
        Assert.Equal(2027, clock.Due.Year);
    }
}
