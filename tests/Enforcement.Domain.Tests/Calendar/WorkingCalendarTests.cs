using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Tests.Calendar;

/// <summary>
/// Hand-computed against <see cref="ChinaHolidays"/> (each walk written out next to the assertion) and cross-checked
/// with an independent script over the same data.
/// </summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Cal = ChinaHolidays.Calendar();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    // ---- 春节 2025: Sun 01-26 worked, 01-28..02-04 off, Sat 02-08 worked ----

    [Fact]
    public void AddWorkingDays_FridayBeforeSpringFestival2025_LandsOnMakeUpSunday()
    {
        // Fri 01-24 → Sat 01-25 off, Sun 01-26 调休上班 (1).
        Assert.Equal(new DeadlineResult(D(2025, 1, 26), false), Cal.AddWorkingDays(D(2025, 1, 24), 1));
    }

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival2025_SkipsTheHoliday()
    {
        // Mon 01-27 → 01-28..02-04 春节 off → Wed 02-05 (1).
        Assert.Equal(D(2025, 2, 5), Cal.AddWorkingDays(D(2025, 1, 27), 1).Date);
        // Fri 01-24 → Sun 01-26 (1), Mon 01-27 (2), 01-28..02-04 off, Wed 02-05 (3).
        Assert.Equal(D(2025, 2, 5), Cal.AddWorkingDays(D(2025, 1, 24), 3).Date);
    }

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival2024_LandsOnMakeUpSunday()
    {
        // Fri 2024-02-09 → 02-10..02-17 春节 off → Sun 02-18 调休上班 (1).
        Assert.Equal(D(2024, 2, 18), Cal.AddWorkingDays(D(2024, 2, 9), 1).Date);
    }

    // ---- 国庆节、中秋节 2025: Sun 09-28 worked, 10-01..10-08 off, Sat 10-11 worked ----

    [Fact]
    public void AddWorkingDays_LastDayBeforeNationalDay2025_LandsAfterTheHoliday()
    {
        // Tue 09-30 → 10-01..10-08 off → Thu 10-09 (1).
        Assert.Equal(D(2025, 10, 9), Cal.AddWorkingDays(D(2025, 9, 30), 1).Date);
    }

    [Fact]
    public void AddWorkingDays_SevenAcrossNationalDay2025_CountsMakeUpSundayAndSaturday()
    {
        // Fri 09-26 → Sat 09-27 off, Sun 09-28 调休 (1), Mon 09-29 (2), Tue 09-30 (3), 10-01..10-08 off,
        // Thu 10-09 (4), Fri 10-10 (5), Sat 10-11 调休 (6), Sun 10-12 off, Mon 10-13 (7).
        Assert.Equal(new DeadlineResult(D(2025, 10, 13), false), Cal.AddWorkingDays(D(2025, 9, 26), 7));
    }

    // ---- make-up Saturdays and 春节 2026 ----

    [Theory]
    [InlineData(2026, 2, 14)] // Sat, 调休上班 before 春节
    [InlineData(2026, 2, 28)] // Sat, 调休上班 after 春节
    [InlineData(2026, 10, 10)] // Sat, 调休上班 after 国庆节
    [InlineData(2026, 1, 4)] // Sun, 调休上班 after 元旦
    [InlineData(2025, 10, 11)] // Sat
    [InlineData(2025, 9, 28)] // Sun
    public void IsWorkingDay_MakeUpWeekendDay_IsWorking(int year, int month, int day)
    {
        Assert.True(Cal.IsWorkingDay(D(year, month, day)));
    }

    [Theory]
    [InlineData(2026, 2, 16)] // Mon, 春节
    [InlineData(2026, 2, 23)] // Mon, 春节
    [InlineData(2025, 10, 8)] // Wed, 国庆节、中秋节
    [InlineData(2024, 6, 10)] // Mon, 端午节
    [InlineData(2026, 3, 7)] // an ordinary Saturday
    [InlineData(2025, 10, 12)] // an ordinary Sunday between two make-up days
    public void IsWorkingDay_HolidayOrOrdinaryWeekend_IsOff(int year, int month, int day)
    {
        Assert.False(Cal.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void AddWorkingDays_FridayBeforeSpringFestival2026_LandsOnMakeUpSaturday()
    {
        // Fri 02-13 → Sat 02-14 调休上班 (1).
        Assert.Equal(D(2026, 2, 14), Cal.AddWorkingDays(D(2026, 2, 13), 1).Date);
        // … Sat 02-14 (1), 02-15..02-23 春节 off, Tue 02-24 (2).
        Assert.Equal(D(2026, 2, 24), Cal.AddWorkingDays(D(2026, 2, 13), 2).Date);
    }

    // ---- calendar days and rolling forward ----

    [Fact]
    public void AddCalendarDays_LastDayOnNationalDay_RollsToNextWorkingDay()
    {
        // 09-16 + 15 = 10-01 (holiday) → 10-01..10-08 off → Thu 10-09.
        Assert.Equal(new DeadlineResult(D(2025, 10, 9), false), Cal.AddCalendarDays(D(2025, 9, 16), 15));
    }

    [Fact]
    public void AddCalendarDays_WithoutRollForward_StaysOnTheHoliday()
    {
        Assert.Equal(new DeadlineResult(D(2025, 10, 1), false), Cal.AddCalendarDays(D(2025, 9, 16), 15, rollForward: false));
    }

    [Fact]
    public void AddCalendarDays_LastDayOnOrdinarySaturday_RollsToMonday()
    {
        // Sat 03-01 + 7 = Sat 03-08 → Mon 03-10.
        Assert.Equal(D(2025, 3, 10), Cal.AddCalendarDays(D(2025, 3, 1), 7).Date);
    }

    [Fact]
    public void AddCalendarDays_LastDayWorking_IsNotMoved()
    {
        // Mon 03-03 + 15 = Tue 03-18.
        Assert.Equal(D(2025, 3, 18), Cal.AddCalendarDays(D(2025, 3, 3), 15).Date);
    }

    [Fact]
    public void AddCalendarDays_Zero_ReturnsStartRolledForwardIfAsked()
    {
        Assert.Equal(D(2025, 10, 9), Cal.AddCalendarDays(D(2025, 10, 1), 0).Date);
        Assert.Equal(D(2025, 10, 1), Cal.AddCalendarDays(D(2025, 10, 1), 0, rollForward: false).Date);
        Assert.Equal(D(2025, 3, 3), Cal.AddCalendarDays(D(2025, 3, 3), 0).Date);
    }

    [Fact]
    public void DecisionWindow_NinetyDaysEndingOnNationalDay_RollsForward()
    {
        // 07-03 + 90: July 04..31 = 28, + Aug 31 = 59, + Sep 30 = 89, + Oct 1 = 90 → 10-01 (holiday) → Thu 10-09.
        Assert.Equal(D(2025, 10, 9), StatutoryPeriods.Decision.Apply(Cal, D(2025, 7, 3)).Date);
    }

    [Fact]
    public void DecisionWindow_NinetyDaysEndingOnWorkingFriday_IsNotMoved()
    {
        // 03-01 + 90: March 02..31 = 30, + April 30 = 60, + May 30 = 90 → Fri 05-30 (端午 starts 05-31).
        Assert.Equal(new DeadlineResult(D(2025, 5, 30), false), StatutoryPeriods.Decision.Apply(Cal, D(2025, 3, 1)));
    }

    // ---- provisional years ----

    [Fact]
    public void AddWorkingDays_IntoUnloadedYear2027_IsProvisionalWithWeekendsOnlyFallback()
    {
        // Wed 2026-12-30 → Thu 12-31 (1), Fri 2027-01-01 (2: no 2027 notice loaded, weekends only), Sat/Sun off,
        // Mon 01-04 (3), Tue 01-05 (4), Wed 01-06 (5).
        Assert.Equal(new DeadlineResult(D(2027, 1, 6), true), Cal.AddWorkingDays(D(2026, 12, 30), 5));
    }

    [Fact]
    public void AddWorkingDays_EntirelyWithin2026_IsNotProvisional()
    {
        // Mon 12-21 → 22 (1), 23 (2), 24 (3), Fri 25 (4), Mon 28 (5).
        Assert.Equal(new DeadlineResult(D(2026, 12, 28), false), Cal.AddWorkingDays(D(2026, 12, 21), 5));
        Assert.Equal(new DeadlineResult(D(2026, 12, 31), false), Cal.AddWorkingDays(D(2026, 12, 30), 1));
    }

    [Fact]
    public void AddCalendarDays_LandingInUnloadedYear_IsProvisionalOnlyIfTheCalendarWasConsulted()
    {
        // 2026-12-20 + 15 = Mon 2027-01-04: its kind is a guess until the 2027 notice is out.
        Assert.Equal(new DeadlineResult(D(2027, 1, 4), true), Cal.AddCalendarDays(D(2026, 12, 20), 15));
        // Without rolling the result does not depend on the calendar at all.
        Assert.Equal(new DeadlineResult(D(2027, 1, 4), false), Cal.AddCalendarDays(D(2026, 12, 20), 15, rollForward: false));
    }

    [Fact]
    public void AddMonths_FromUnloadedYearIntoLoadedYear_IsNotProvisional()
    {
        // Only the landing day Thu 2024-02-29 is consulted; 2023 is never looked at.
        Assert.Equal(new DeadlineResult(D(2024, 2, 29), false), Cal.AddMonths(D(2023, 8, 31), 6));
    }

    [Fact]
    public void SubtractWorkingDays_BackIntoUnloadedYear_IsProvisional()
    {
        // Fri 2024-01-05 → Thu 04 (1), Wed 03 (2), Tue 02 (3), Mon 01-01 元旦 off, Sun/Sat off, Fri 2023-12-29 (4).
        Assert.Equal(new DeadlineResult(D(2023, 12, 29), true), Cal.SubtractWorkingDays(D(2024, 1, 5), 4));
    }

    [Fact]
    public void IsWorkingDay_UnloadedYear_FallsBackToWeekendsOnly()
    {
        Assert.False(Cal.IsLoaded(2027));
        Assert.True(Cal.IsWorkingDay(D(2027, 1, 1))); // Fri: 元旦 surely, but no notice loaded yet
        Assert.False(Cal.IsWorkingDay(D(2027, 1, 2))); // Sat
    }

    [Fact]
    public void LoadedYears_DefaultToTheYearsOfTheOverrides()
    {
        Assert.Equal([2024, 2025, 2026], Cal.LoadedYears.Order());
        Assert.True(Cal.IsLoaded(2025));
        Assert.False(Cal.IsLoaded(2023));
    }

    [Fact]
    public void LoadedYears_GivenExplicitly_OverridesOutsideThemAreAppliedButProvisional()
    {
        var cal = new WorkingCalendar(ChinaHolidays.Overrides, loadedYears: [2024, 2025]);

        Assert.False(cal.IsLoaded(2026));
        Assert.True(cal.IsWorkingDay(D(2026, 2, 14))); // the 2026 data is still used
        Assert.Equal(new DeadlineResult(D(2026, 2, 14), true), cal.AddWorkingDays(D(2026, 2, 13), 1));
        Assert.Equal(new DeadlineResult(D(2025, 10, 9), false), cal.AddWorkingDays(D(2025, 9, 30), 1));
    }

    [Fact]
    public void EmptyCalendar_IsWeekendsOnlyAndAlwaysProvisional()
    {
        var cal = new WorkingCalendar([]);

        Assert.Empty(cal.LoadedYears);
        Assert.Equal(new DeadlineResult(D(2025, 10, 1), true), cal.AddWorkingDays(D(2025, 9, 30), 1));
    }

    // ---- WorkingDaysBetween, NextWorkingDay ----

    [Fact]
    public void WorkingDaysBetween_CountsAfterFromUpToAndIncludingTo()
    {
        Assert.Equal(7, Cal.WorkingDaysBetween(D(2025, 9, 26), D(2025, 10, 13))); // see the 国庆 walk above
        Assert.Equal(1, Cal.WorkingDaysBetween(D(2025, 1, 27), D(2025, 2, 5)));
        Assert.Equal(0, Cal.WorkingDaysBetween(D(2025, 10, 1), D(2025, 10, 8))); // all holiday
        Assert.Equal(1, Cal.WorkingDaysBetween(D(2025, 3, 3), D(2025, 3, 4)));
    }

    [Fact]
    public void WorkingDaysBetween_ToNotAfterFrom_IsZero()
    {
        Assert.Equal(0, Cal.WorkingDaysBetween(D(2025, 3, 4), D(2025, 3, 4)));
        Assert.Equal(0, Cal.WorkingDaysBetween(D(2025, 3, 10), D(2025, 3, 4)));
    }

    [Theory]
    [InlineData(2024, 251)] // matches the published count for 2024
    [InlineData(2025, 248)] // matches the published count for 2025
    [InlineData(2026, 248)] // from the transcribed 2026 schedule
    public void WorkingDaysBetween_WholeYear_MatchesTheSchedule(int year, int expected)
    {
        Assert.Equal(expected, Cal.WorkingDaysBetween(D(year - 1, 12, 31), D(year, 12, 31)));
    }

    [Fact]
    public void NextWorkingDay_IsTheFirstWorkingDayStrictlyAfter()
    {
        Assert.Equal(D(2025, 1, 26), Cal.NextWorkingDay(D(2025, 1, 25))); // Sat → Sun 调休
        Assert.Equal(D(2025, 10, 9), Cal.NextWorkingDay(D(2025, 9, 30)));
        Assert.Equal(D(2025, 3, 4), Cal.NextWorkingDay(D(2025, 3, 3))); // strictly after a working day
    }

    // ---- counting backwards ----

    [Fact]
    public void SubtractWorkingDays_HearingAfterNationalDay_LatestNoticeIsSevenWorkingDaysBefore()
    {
        // Hearing Thu 10-09 → 10-08..10-01 off, Tue 09-30 (1), Mon 09-29 (2), Sun 09-28 调休 (3), Sat 09-27 off,
        // Fri 09-26 (4), Thu 09-25 (5), Wed 09-24 (6), Tue 09-23 (7).
        var latest = Cal.SubtractWorkingDays(D(2025, 10, 9), 7);

        Assert.Equal(new DeadlineResult(D(2025, 9, 23), false), latest);
        Assert.Equal(D(2025, 10, 9), Cal.AddWorkingDays(latest.Date, 7).Date);
        Assert.Equal(latest, StatutoryPeriods.HearingNotice.Apply(Cal, D(2025, 10, 9)));
    }

    // ---- months ----

    [Fact]
    public void AddMonths_FromMonthEnd_ClampsToTheLastDayOfTheShorterMonth()
    {
        Assert.Equal(D(2025, 2, 28), Cal.AddMonths(D(2024, 8, 31), 6).Date); // Fri, working
        Assert.Equal(D(2024, 2, 29), Cal.AddMonths(D(2023, 8, 31), 6).Date); // leap year, Thu, working
        // Sat 2026-02-28 is a make-up working day: no roll.
        Assert.Equal(new DeadlineResult(D(2026, 2, 28), false), Cal.AddMonths(D(2025, 8, 31), 6));
        Assert.Equal(D(2026, 2, 28), StatutoryPeriods.Litigation.Apply(Cal, D(2025, 8, 31)).Date);
    }

    [Fact]
    public void AddMonths_LandingOnHoliday_RollsForwardIfAsked()
    {
        // 04-01 + 6 months = 10-01 (holiday) → Thu 10-09.
        Assert.Equal(D(2025, 10, 9), Cal.AddMonths(D(2025, 4, 1), 6).Date);
        Assert.Equal(D(2025, 10, 1), Cal.AddMonths(D(2025, 4, 1), 6, rollForward: false).Date);
    }

    // ---- programming errors and data errors ----

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NonPositiveCounts_Throw(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(D(2025, 3, 3), n));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.SubtractWorkingDays(D(2025, 3, 3), n));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddMonths(D(2025, 3, 3), n));
    }

    [Fact]
    public void AddCalendarDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddCalendarDays(D(2025, 3, 3), -1));
    }

    [Fact]
    public void Constructor_SameDateWithConflictingKinds_Throws()
    {
        CalendarOverride[] data =
        [
            new(D(2025, 10, 1), CalendarDayKind.Off, "国庆节", "A"),
            new(D(2025, 10, 1), CalendarDayKind.Work, "调休上班", "B"),
        ];

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(data));
    }

    [Fact]
    public void Constructor_SameDateListedTwiceWithSameKind_IsAccepted()
    {
        var cal = new WorkingCalendar([.. ChinaHolidays.Overrides, new(D(2025, 10, 1), CalendarDayKind.Off, "国庆节", "A")]);

        Assert.False(cal.IsWorkingDay(D(2025, 10, 1)));
    }

    [Fact]
    public void TestData_EveryMakeUpDayIsAWeekendDay_AndNoDateIsListedTwice()
    {
        Assert.All(
            ChinaHolidays.Overrides.Where(e => e.Kind == CalendarDayKind.Work),
            e => Assert.True(e.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{e.Date} is not a weekend day"));
        Assert.Equal(ChinaHolidays.Overrides.Count, ChinaHolidays.Overrides.Select(e => e.Date).Distinct().Count());
    }
}
