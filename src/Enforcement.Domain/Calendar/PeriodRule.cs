namespace Enforcement.Domain.Calendar;

/// <summary>
/// A statutory period as data: how many units, which unit, which article. The standard rules are in
/// <see cref="StatutoryPeriods"/>; a caller may construct its own rule to override a configurable default.
/// </summary>
public sealed record PeriodRule
{
    /// <param name="code">Stable machine code, e.g. "hearing-request".</param>
    /// <param name="count">Number of units, at least 1.</param>
    /// <param name="unit">Working days, calendar days or months.</param>
    /// <param name="article">The legal source, e.g. "《行政处罚法》第六十四条".</param>
    /// <param name="countsBackward">True if the period runs backwards from the reference date (e.g. the hearing
    /// notice "七日前": the result is the latest day to act). Only working-day periods may count backwards.</param>
    /// <param name="isConfigurableDefault">True if the value is not fixed by a verified legal text and is meant to
    /// be overridden by configuration.</param>
    /// <param name="note">Why the value is what it is, where that is not obvious from the article.</param>
    public PeriodRule(
        string code,
        int count,
        PeriodUnit unit,
        string article,
        bool countsBackward = false,
        bool isConfigurableDefault = false,
        string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Undefined period unit.");
        }

        if (countsBackward && unit != PeriodUnit.WorkingDays)
        {
            throw new ArgumentException("Only working-day periods can count backwards.", nameof(countsBackward));
        }

        Code = code;
        Count = count;
        Unit = unit;
        Article = article;
        CountsBackward = countsBackward;
        IsConfigurableDefault = isConfigurableDefault;
        Note = note;
    }

    public string Code { get; }
    public int Count { get; }
    public PeriodUnit Unit { get; }
    public string Article { get; }
    public bool CountsBackward { get; }
    public bool IsConfigurableDefault { get; }
    public string? Note { get; }

    /// <summary>
    /// The last day of the period that starts with the event on <paramref name="start"/> (for a backward rule, the
    /// latest day to act before the event on <paramref name="start"/>).
    /// </summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="start">The day of the event (e.g. the day the decision was received, the hearing day).</param>
    /// <param name="counting">Counting options; null: <see cref="PeriodCounting.Default"/> (《民事诉讼法》第八十五条 by analogy).</param>
    public DeadlineResult Apply(WorkingCalendar calendar, DateOnly start, PeriodCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        counting ??= PeriodCounting.Default;
        var exclude = counting.ExcludeStartDay;
        var roll = counting.RollForwardWhenLastDayOff;

        // Counting the start day as day one is the same as counting from the day before (forwards)
        // or from the day after (backwards) with the start day excluded.
        return Unit switch
        {
            PeriodUnit.WorkingDays when CountsBackward =>
                calendar.SubtractWorkingDays(exclude ? start : start.AddDays(1), Count),
            PeriodUnit.WorkingDays => calendar.AddWorkingDays(exclude ? start : start.AddDays(-1), Count),
            PeriodUnit.CalendarDays => calendar.AddCalendarDays(exclude ? start : start.AddDays(-1), Count, roll),
            PeriodUnit.Months when exclude => calendar.AddMonths(start, Count, roll),
            PeriodUnit.Months => calendar.Roll(LastDayOfMonthsIncludingStart(start, Count), roll),
            _ => throw new InvalidOperationException($"Unknown period unit {Unit}."),
        };
    }

    /// <summary>
    /// A period of whole months that includes its first day ends the day before the corresponding day of the final
    /// month (1 March + 1 month → 31 March); if the final month has no corresponding day, on its last day
    /// (31 January + 1 month → 28/29 February).
    /// </summary>
    private static DateOnly LastDayOfMonthsIncludingStart(DateOnly start, int months)
    {
        var corresponding = start.AddMonths(months);
        return corresponding.Day == start.Day ? corresponding.AddDays(-1) : corresponding;
    }
}
