namespace Enforcement.Domain.Calendar;

/// <summary>
/// How a period is counted. The defaults follow, by analogy, 《民事诉讼法》(2023) 第八十五条:
/// "期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。"
/// The 行政处罚法 has no counting rule of its own, so both behaviours are configurable.
/// </summary>
public sealed record PeriodCounting
{
    /// <summary>The defaults: start day excluded, last day rolled forward when it is not a working day.</summary>
    public static PeriodCounting Default { get; } = new();

    /// <summary>
    /// True (default): the day of the event is not counted, the period starts the next day.
    /// False: the start day is day one of the period.
    /// </summary>
    public bool ExcludeStartDay { get; init; } = true;

    /// <summary>
    /// True (default): when the last day of a calendar-day or month period is not a working day, the period ends on
    /// the next working day. Working-day periods always end on a working day, so this does not affect them.
    /// </summary>
    public bool RollForwardWhenLastDayOff { get; init; } = true;
}
