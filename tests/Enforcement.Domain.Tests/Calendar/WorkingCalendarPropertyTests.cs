using CsCheck;
using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Tests.Calendar;

public sealed class WorkingCalendarPropertyTests
{
    private static readonly WorkingCalendar Cal = ChinaHolidays.Calendar();

    private static readonly Gen<(DateOnly Start, int N)> StartAndCount =
        Gen.Select(Gen.DateOnly[new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)], Gen.Int[1, 30]);

    [Fact]
    public void AddWorkingDays_ResultIsAWorkingDayAfterStart_WithExactlyNWorkingDaysInBetween()
    {
        StartAndCount.Sample((start, n) =>
        {
            var result = Cal.AddWorkingDays(start, n).Date;
            return Cal.IsWorkingDay(result) && result > start && Cal.WorkingDaysBetween(start, result) == n;
        });
    }

    [Fact]
    public void SubtractWorkingDays_IsTheInverseOfAddWorkingDays()
    {
        StartAndCount.Sample((start, n) =>
        {
            var back = Cal.SubtractWorkingDays(start, n).Date;
            return Cal.IsWorkingDay(back) && back < start && Cal.WorkingDaysBetween(back, Cal.AddWorkingDays(back, n).Date) == n
                && (!Cal.IsWorkingDay(start) || Cal.AddWorkingDays(back, n).Date == start);
        });
    }

    [Fact]
    public void AddCalendarDays_RolledForward_IsAWorkingDayNotBeforeStartPlusN_AndTheFirstSuch()
    {
        StartAndCount.Sample((start, n) =>
        {
            var target = start.AddDays(n);
            var result = Cal.AddCalendarDays(start, n).Date;
            return Cal.IsWorkingDay(result) && result >= target && Cal.WorkingDaysBetween(target, result) <= 1
                && (result == target || Cal.WorkingDaysBetween(target.AddDays(-1), result) == 1);
        });
    }

    [Fact]
    public void Provisional_OnlyWhenTheComputationReachesAnUnloadedYear()
    {
        StartAndCount.Sample((start, n) =>
        {
            var result = Cal.AddWorkingDays(start, n);
            return result.Provisional == (result.Date.Year > 2026);
        });
    }
}
