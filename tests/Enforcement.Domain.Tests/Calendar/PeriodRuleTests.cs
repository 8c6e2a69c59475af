using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Tests.Calendar;

public sealed class PeriodRuleTests
{
    private static readonly WorkingCalendar Cal = ChinaHolidays.Calendar();
    private static readonly PeriodCounting IncludeStartDay = new() { ExcludeStartDay = false };
    private static readonly PeriodCounting NoRoll = new() { RollForwardWhenLastDayOff = false };

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Payment_FifteenCalendarDays_StartDayExcludedByDefault()
    {
        // Mon 03-03 + 15 = Tue 03-18.
        Assert.Equal(D(2025, 3, 18), StatutoryPeriods.Payment.Apply(Cal, D(2025, 3, 3)).Date);
    }

    [Fact]
    public void Payment_StartDayIncluded_EndsOneDayEarlier()
    {
        // 03-03 is day 1 → day 15 is Mon 03-17.
        Assert.Equal(D(2025, 3, 17), StatutoryPeriods.Payment.Apply(Cal, D(2025, 3, 3), IncludeStartDay).Date);
    }

    [Fact]
    public void Payment_LastDayOnHoliday_RollsForwardUnlessConfiguredNotTo()
    {
        // 09-16 + 15 = 10-01 → Thu 10-09.
        Assert.Equal(D(2025, 10, 9), StatutoryPeriods.Payment.Apply(Cal, D(2025, 9, 16)).Date);
        Assert.Equal(D(2025, 10, 1), StatutoryPeriods.Payment.Apply(Cal, D(2025, 9, 16), NoRoll).Date);
    }

    [Fact]
    public void HearingRequest_FiveWorkingDays_StartDayExcludedOrIncluded()
    {
        // Mon 03-03 excluded → 04 (1), 05 (2), 06 (3), Fri 07 (4), Mon 10 (5).
        Assert.Equal(D(2025, 3, 10), StatutoryPeriods.HearingRequest.Apply(Cal, D(2025, 3, 3)).Date);
        // Mon 03-03 included → 03 (1) … Fri 07 (5).
        Assert.Equal(D(2025, 3, 7), StatutoryPeriods.HearingRequest.Apply(Cal, D(2025, 3, 3), IncludeStartDay).Date);
        // A non-working start day cannot count even when included: Sat 03-01 → Mon 03 (1) … Fri 07 (5).
        Assert.Equal(D(2025, 3, 7), StatutoryPeriods.HearingRequest.Apply(Cal, D(2025, 3, 1), IncludeStartDay).Date);
    }

    [Fact]
    public void ServiceWhenAbsent_SevenWorkingDaysAcrossNationalDay()
    {
        // Same walk as AddWorkingDays(2025-09-26, 7): Mon 10-13.
        Assert.Equal(D(2025, 10, 13), StatutoryPeriods.ServiceWhenAbsent.Apply(Cal, D(2025, 9, 26)).Date);
    }

    [Fact]
    public void HearingNotice_CountsBackwardsFromTheHearing()
    {
        Assert.Equal(D(2025, 9, 23), StatutoryPeriods.HearingNotice.Apply(Cal, D(2025, 10, 9)).Date);
        // Hearing day counted as day 1: Thu 10-09 (1), 10-08..10-01 off, 09-30 (2), 09-29 (3), Sun 09-28 (4),
        // Fri 09-26 (5), 09-25 (6), Wed 09-24 (7).
        Assert.Equal(D(2025, 9, 24), StatutoryPeriods.HearingNotice.Apply(Cal, D(2025, 10, 9), IncludeStartDay).Date);
    }

    [Fact]
    public void Litigation_SixMonths_StartDayExcludedOrIncluded()
    {
        // Mon 2025-03-03 + 6 months = Wed 09-03; included: the day before the corresponding day, Tue 09-02.
        Assert.Equal(D(2025, 9, 3), StatutoryPeriods.Litigation.Apply(Cal, D(2025, 3, 3)).Date);
        Assert.Equal(D(2025, 9, 2), StatutoryPeriods.Litigation.Apply(Cal, D(2025, 3, 3), IncludeStartDay).Date);
    }

    [Fact]
    public void MonthPeriod_StartDayIncluded_WithoutCorrespondingDay_EndsOnLastDayOfMonth()
    {
        var oneMonth = new PeriodRule("test-one-month", 1, PeriodUnit.Months, "test");

        Assert.Equal(D(2025, 2, 28), oneMonth.Apply(Cal, D(2025, 1, 31), IncludeStartDay).Date); // Fri
        Assert.Equal(D(2025, 3, 31), oneMonth.Apply(Cal, D(2025, 3, 1), IncludeStartDay).Date); // Mon
    }

    [Fact]
    public void ReconsiderationRequest_SixtyCalendarDays()
    {
        // Mon 03-03 + 60: March 04..31 = 28, + April 30 = 58, + May 2 = 60 → 05-02 (劳动节) → 05-01..05-05 off → Tue 05-06.
        Assert.Equal(D(2025, 5, 6), StatutoryPeriods.ReconsiderationRequest.Apply(Cal, D(2025, 3, 3)).Date);
    }

    [Fact]
    public void PublicNoticeService_ThirtyCalendarDays()
    {
        // Mon 03-03 + 30: March 04..31 = 28, + April 2 = 30 → Wed 04-02.
        Assert.Equal(D(2025, 4, 2), StatutoryPeriods.PublicNoticeService.Apply(Cal, D(2025, 3, 3)).Date);
    }

    [Fact]
    public void CustomRule_OverridesAConfigurableDefault()
    {
        var configured = new PeriodRule(
            StatutoryPeriods.StatementAndDefence.Code, 5, PeriodUnit.WorkingDays, StatutoryPeriods.StatementAndDefence.Article);

        Assert.Equal(D(2025, 3, 6), StatutoryPeriods.StatementAndDefence.Apply(Cal, D(2025, 3, 3)).Date);
        Assert.Equal(D(2025, 3, 10), configured.Apply(Cal, D(2025, 3, 3)).Date);
    }

    [Fact]
    public void StatutoryPeriods_AdministrativePenaltyLawTwoThreeFiveSevenDays_AreWorkingDays()
    {
        // 《行政处罚法》第八十五条: 二日、三日、五日、七日 are working days; 15 and 90 days are not.
        var apl = StatutoryPeriods.All.Where(r => r.Article.StartsWith("《行政处罚法》", StringComparison.Ordinal)).ToList();

        Assert.All(apl.Where(r => r.Count is 2 or 3 or 5 or 7), r => Assert.Equal(PeriodUnit.WorkingDays, r.Unit));
        Assert.Equal(PeriodUnit.CalendarDays, StatutoryPeriods.Payment.Unit);
        Assert.Equal(15, StatutoryPeriods.Payment.Count);
        Assert.Equal(PeriodUnit.CalendarDays, StatutoryPeriods.Decision.Unit);
        Assert.Equal(90, StatutoryPeriods.Decision.Count);
    }

    [Fact]
    public void StatutoryPeriods_TheCoercionLawsTenDays_AreWorkingDays_AndTheCourtApplicationIsThreeMonths()
    {
        // 《行政强制法》第六十九条: 十日以内 periods are working days.
        Assert.Equal(PeriodUnit.WorkingDays, StatutoryPeriods.EnforcementReminder.Unit);
        Assert.Equal(10, StatutoryPeriods.EnforcementReminder.Count);
        Assert.Equal(PeriodUnit.Months, StatutoryPeriods.CourtEnforcementApplication.Unit);
        Assert.Equal(3, StatutoryPeriods.CourtEnforcementApplication.Count);
        // Reminder served Fri 2025-09-26: working days Sun 09-28 (make-up), 09-29, 09-30, 10-09, 10-10, Sat 10-11 (make-up), 10-13 … 10-16.
        Assert.Equal(D(2025, 10, 16), StatutoryPeriods.EnforcementReminder.Apply(Cal, D(2025, 9, 26)).Date);
    }

    [Fact]
    public void StatutoryPeriods_CodesAreUnique_AndOnlyUnverifiedValuesAreConfigurableDefaults()
    {
        Assert.Equal(16, StatutoryPeriods.All.Count);
        Assert.Equal(StatutoryPeriods.All.Count, StatutoryPeriods.All.Select(r => r.Code).Distinct().Count());
        Assert.Equal(
            ["on-the-spot-filing", "publication", "statement-and-defence"],
            StatutoryPeriods.All.Where(r => r.IsConfigurableDefault).Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["hearing-notice"], StatutoryPeriods.All.Where(r => r.CountsBackward).Select(r => r.Code));
    }

    [Fact]
    public void Constructor_InvalidRules_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodRule("x", 0, PeriodUnit.WorkingDays, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodRule("x", 1, (PeriodUnit)99, "a"));
        Assert.Throws<ArgumentException>(() => new PeriodRule(" ", 1, PeriodUnit.WorkingDays, "a"));
        Assert.Throws<ArgumentException>(() => new PeriodRule("x", 1, PeriodUnit.CalendarDays, "a", countsBackward: true));
    }
}
