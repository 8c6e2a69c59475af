using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Tests.Calendar;

/// <summary>
/// The State Council holiday schedules 2024–2026 (holidays Off, make-up working days Work, 调休上班), one entry per day,
/// transcribed from the yearly notices. Test data: the application loads the schedule from configuration.
/// </summary>
public static class ChinaHolidays
{
    private const string Y2024 = "国办发明电〔2023〕7号";
    private const string Y2025 = "国办发明电〔2024〕12号";
    private const string Y2026 = "国办发明电〔2025〕7号";

    public static readonly IReadOnlyList<CalendarOverride> Overrides =
    [
        // 2024: 国办发明电〔2023〕7号
        new(new DateOnly(2024, 1, 1), CalendarDayKind.Off, "元旦", Y2024), // Mon
        new(new DateOnly(2024, 2, 4), CalendarDayKind.Work, "调休上班", Y2024), // Sun
        new(new DateOnly(2024, 2, 10), CalendarDayKind.Off, "春节", Y2024), // Sat
        new(new DateOnly(2024, 2, 11), CalendarDayKind.Off, "春节", Y2024), // Sun
        new(new DateOnly(2024, 2, 12), CalendarDayKind.Off, "春节", Y2024), // Mon
        new(new DateOnly(2024, 2, 13), CalendarDayKind.Off, "春节", Y2024), // Tue
        new(new DateOnly(2024, 2, 14), CalendarDayKind.Off, "春节", Y2024), // Wed
        new(new DateOnly(2024, 2, 15), CalendarDayKind.Off, "春节", Y2024), // Thu
        new(new DateOnly(2024, 2, 16), CalendarDayKind.Off, "春节", Y2024), // Fri
        new(new DateOnly(2024, 2, 17), CalendarDayKind.Off, "春节", Y2024), // Sat
        new(new DateOnly(2024, 2, 18), CalendarDayKind.Work, "调休上班", Y2024), // Sun
        new(new DateOnly(2024, 4, 4), CalendarDayKind.Off, "清明节", Y2024), // Thu
        new(new DateOnly(2024, 4, 5), CalendarDayKind.Off, "清明节", Y2024), // Fri
        new(new DateOnly(2024, 4, 6), CalendarDayKind.Off, "清明节", Y2024), // Sat
        new(new DateOnly(2024, 4, 7), CalendarDayKind.Work, "调休上班", Y2024), // Sun
        new(new DateOnly(2024, 4, 28), CalendarDayKind.Work, "调休上班", Y2024), // Sun
        new(new DateOnly(2024, 5, 1), CalendarDayKind.Off, "劳动节", Y2024), // Wed
        new(new DateOnly(2024, 5, 2), CalendarDayKind.Off, "劳动节", Y2024), // Thu
        new(new DateOnly(2024, 5, 3), CalendarDayKind.Off, "劳动节", Y2024), // Fri
        new(new DateOnly(2024, 5, 4), CalendarDayKind.Off, "劳动节", Y2024), // Sat
        new(new DateOnly(2024, 5, 5), CalendarDayKind.Off, "劳动节", Y2024), // Sun
        new(new DateOnly(2024, 5, 11), CalendarDayKind.Work, "调休上班", Y2024), // Sat
        new(new DateOnly(2024, 6, 10), CalendarDayKind.Off, "端午节", Y2024), // Mon
        new(new DateOnly(2024, 9, 14), CalendarDayKind.Work, "调休上班", Y2024), // Sat
        new(new DateOnly(2024, 9, 15), CalendarDayKind.Off, "中秋节", Y2024), // Sun
        new(new DateOnly(2024, 9, 16), CalendarDayKind.Off, "中秋节", Y2024), // Mon
        new(new DateOnly(2024, 9, 17), CalendarDayKind.Off, "中秋节", Y2024), // Tue
        new(new DateOnly(2024, 9, 29), CalendarDayKind.Work, "调休上班", Y2024), // Sun
        new(new DateOnly(2024, 10, 1), CalendarDayKind.Off, "国庆节", Y2024), // Tue
        new(new DateOnly(2024, 10, 2), CalendarDayKind.Off, "国庆节", Y2024), // Wed
        new(new DateOnly(2024, 10, 3), CalendarDayKind.Off, "国庆节", Y2024), // Thu
        new(new DateOnly(2024, 10, 4), CalendarDayKind.Off, "国庆节", Y2024), // Fri
        new(new DateOnly(2024, 10, 5), CalendarDayKind.Off, "国庆节", Y2024), // Sat
        new(new DateOnly(2024, 10, 6), CalendarDayKind.Off, "国庆节", Y2024), // Sun
        new(new DateOnly(2024, 10, 7), CalendarDayKind.Off, "国庆节", Y2024), // Mon
        new(new DateOnly(2024, 10, 12), CalendarDayKind.Work, "调休上班", Y2024), // Sat
        // 2025: 国办发明电〔2024〕12号
        new(new DateOnly(2025, 1, 1), CalendarDayKind.Off, "元旦", Y2025), // Wed
        new(new DateOnly(2025, 1, 26), CalendarDayKind.Work, "调休上班", Y2025), // Sun
        new(new DateOnly(2025, 1, 28), CalendarDayKind.Off, "春节", Y2025), // Tue
        new(new DateOnly(2025, 1, 29), CalendarDayKind.Off, "春节", Y2025), // Wed
        new(new DateOnly(2025, 1, 30), CalendarDayKind.Off, "春节", Y2025), // Thu
        new(new DateOnly(2025, 1, 31), CalendarDayKind.Off, "春节", Y2025), // Fri
        new(new DateOnly(2025, 2, 1), CalendarDayKind.Off, "春节", Y2025), // Sat
        new(new DateOnly(2025, 2, 2), CalendarDayKind.Off, "春节", Y2025), // Sun
        new(new DateOnly(2025, 2, 3), CalendarDayKind.Off, "春节", Y2025), // Mon
        new(new DateOnly(2025, 2, 4), CalendarDayKind.Off, "春节", Y2025), // Tue
        new(new DateOnly(2025, 2, 8), CalendarDayKind.Work, "调休上班", Y2025), // Sat
        new(new DateOnly(2025, 4, 4), CalendarDayKind.Off, "清明节", Y2025), // Fri
        new(new DateOnly(2025, 4, 5), CalendarDayKind.Off, "清明节", Y2025), // Sat
        new(new DateOnly(2025, 4, 6), CalendarDayKind.Off, "清明节", Y2025), // Sun
        new(new DateOnly(2025, 4, 27), CalendarDayKind.Work, "调休上班", Y2025), // Sun
        new(new DateOnly(2025, 5, 1), CalendarDayKind.Off, "劳动节", Y2025), // Thu
        new(new DateOnly(2025, 5, 2), CalendarDayKind.Off, "劳动节", Y2025), // Fri
        new(new DateOnly(2025, 5, 3), CalendarDayKind.Off, "劳动节", Y2025), // Sat
        new(new DateOnly(2025, 5, 4), CalendarDayKind.Off, "劳动节", Y2025), // Sun
        new(new DateOnly(2025, 5, 5), CalendarDayKind.Off, "劳动节", Y2025), // Mon
        new(new DateOnly(2025, 5, 31), CalendarDayKind.Off, "端午节", Y2025), // Sat
        new(new DateOnly(2025, 6, 1), CalendarDayKind.Off, "端午节", Y2025), // Sun
        new(new DateOnly(2025, 6, 2), CalendarDayKind.Off, "端午节", Y2025), // Mon
        new(new DateOnly(2025, 9, 28), CalendarDayKind.Work, "调休上班", Y2025), // Sun
        new(new DateOnly(2025, 10, 1), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Wed
        new(new DateOnly(2025, 10, 2), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Thu
        new(new DateOnly(2025, 10, 3), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Fri
        new(new DateOnly(2025, 10, 4), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Sat
        new(new DateOnly(2025, 10, 5), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Sun
        new(new DateOnly(2025, 10, 6), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Mon
        new(new DateOnly(2025, 10, 7), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Tue
        new(new DateOnly(2025, 10, 8), CalendarDayKind.Off, "国庆节、中秋节", Y2025), // Wed
        new(new DateOnly(2025, 10, 11), CalendarDayKind.Work, "调休上班", Y2025), // Sat
        // 2026: 国办发明电〔2025〕7号
        new(new DateOnly(2026, 1, 1), CalendarDayKind.Off, "元旦", Y2026), // Thu
        new(new DateOnly(2026, 1, 2), CalendarDayKind.Off, "元旦", Y2026), // Fri
        new(new DateOnly(2026, 1, 3), CalendarDayKind.Off, "元旦", Y2026), // Sat
        new(new DateOnly(2026, 1, 4), CalendarDayKind.Work, "调休上班", Y2026), // Sun
        new(new DateOnly(2026, 2, 14), CalendarDayKind.Work, "调休上班", Y2026), // Sat
        new(new DateOnly(2026, 2, 15), CalendarDayKind.Off, "春节", Y2026), // Sun
        new(new DateOnly(2026, 2, 16), CalendarDayKind.Off, "春节", Y2026), // Mon
        new(new DateOnly(2026, 2, 17), CalendarDayKind.Off, "春节", Y2026), // Tue
        new(new DateOnly(2026, 2, 18), CalendarDayKind.Off, "春节", Y2026), // Wed
        new(new DateOnly(2026, 2, 19), CalendarDayKind.Off, "春节", Y2026), // Thu
        new(new DateOnly(2026, 2, 20), CalendarDayKind.Off, "春节", Y2026), // Fri
        new(new DateOnly(2026, 2, 21), CalendarDayKind.Off, "春节", Y2026), // Sat
        new(new DateOnly(2026, 2, 22), CalendarDayKind.Off, "春节", Y2026), // Sun
        new(new DateOnly(2026, 2, 23), CalendarDayKind.Off, "春节", Y2026), // Mon
        new(new DateOnly(2026, 2, 28), CalendarDayKind.Work, "调休上班", Y2026), // Sat
        new(new DateOnly(2026, 4, 4), CalendarDayKind.Off, "清明节", Y2026), // Sat
        new(new DateOnly(2026, 4, 5), CalendarDayKind.Off, "清明节", Y2026), // Sun
        new(new DateOnly(2026, 4, 6), CalendarDayKind.Off, "清明节", Y2026), // Mon
        new(new DateOnly(2026, 5, 1), CalendarDayKind.Off, "劳动节", Y2026), // Fri
        new(new DateOnly(2026, 5, 2), CalendarDayKind.Off, "劳动节", Y2026), // Sat
        new(new DateOnly(2026, 5, 3), CalendarDayKind.Off, "劳动节", Y2026), // Sun
        new(new DateOnly(2026, 5, 4), CalendarDayKind.Off, "劳动节", Y2026), // Mon
        new(new DateOnly(2026, 5, 5), CalendarDayKind.Off, "劳动节", Y2026), // Tue
        new(new DateOnly(2026, 5, 9), CalendarDayKind.Work, "调休上班", Y2026), // Sat
        new(new DateOnly(2026, 6, 19), CalendarDayKind.Off, "端午节", Y2026), // Fri
        new(new DateOnly(2026, 6, 20), CalendarDayKind.Off, "端午节", Y2026), // Sat
        new(new DateOnly(2026, 6, 21), CalendarDayKind.Off, "端午节", Y2026), // Sun
        new(new DateOnly(2026, 9, 20), CalendarDayKind.Work, "调休上班", Y2026), // Sun
        new(new DateOnly(2026, 9, 25), CalendarDayKind.Off, "中秋节", Y2026), // Fri
        new(new DateOnly(2026, 9, 26), CalendarDayKind.Off, "中秋节", Y2026), // Sat
        new(new DateOnly(2026, 9, 27), CalendarDayKind.Off, "中秋节", Y2026), // Sun
        new(new DateOnly(2026, 10, 1), CalendarDayKind.Off, "国庆节", Y2026), // Thu
        new(new DateOnly(2026, 10, 2), CalendarDayKind.Off, "国庆节", Y2026), // Fri
        new(new DateOnly(2026, 10, 3), CalendarDayKind.Off, "国庆节", Y2026), // Sat
        new(new DateOnly(2026, 10, 4), CalendarDayKind.Off, "国庆节", Y2026), // Sun
        new(new DateOnly(2026, 10, 5), CalendarDayKind.Off, "国庆节", Y2026), // Mon
        new(new DateOnly(2026, 10, 6), CalendarDayKind.Off, "国庆节", Y2026), // Tue
        new(new DateOnly(2026, 10, 7), CalendarDayKind.Off, "国庆节", Y2026), // Wed
        new(new DateOnly(2026, 10, 10), CalendarDayKind.Work, "调休上班", Y2026), // Sat
    ];

    /// <summary>The calendar with 2024–2026 loaded.</summary>
    public static WorkingCalendar Calendar() => new(Overrides);
}
