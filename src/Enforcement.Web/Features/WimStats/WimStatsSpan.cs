namespace Enforcement.Web.Features.WimStats;

/// <summary>
/// A range of Asia/Shanghai days split the way the rollups are read: the whole calendar months inside it (from the
/// monthly rows) and the days of the partial months at its two ends (from the daily rows). Any range of up to a year
/// is then at most 13 months plus at most about 60 days, instead of 366 days. An empty part is an interval whose start
/// is after its end, so every query keeps one shape (and one cached plan) whatever the range.
/// </summary>
internal sealed record WimStatsSpan(DateOnly FirstMonth, DateOnly LastMonth, DateOnly HeadFrom, DateOnly HeadTo, DateOnly TailFrom, DateOnly TailTo)
{
    public static WimStatsSpan Of(DateOnly from, DateOnly to)
    {
        // The first day of the first whole month, and the last day of the last whole month (checked so that the ends of
        // the calendar never overflow).
        var firstWhole = from.Day == 1 ? from : from.Year == 9999 && from.Month == 12 ? DateOnly.MaxValue : FirstOfMonth(from).AddMonths(1);
        var lastWholeEnd = to.Day == DateTime.DaysInMonth(to.Year, to.Month) ? to
            : to.Year == 1 && to.Month == 1 ? DateOnly.MinValue : FirstOfMonth(to).AddDays(-1);
        if (firstWhole > lastWholeEnd || firstWhole == DateOnly.MaxValue || lastWholeEnd == DateOnly.MinValue)
        {
            // No whole month inside: every day comes from the daily rows.
            return new WimStatsSpan(DateOnly.MaxValue, DateOnly.MinValue, from, to, DateOnly.MaxValue, DateOnly.MinValue);
        }

        return new WimStatsSpan(firstWhole, FirstOfMonth(lastWholeEnd),
            from == firstWhole ? DateOnly.MaxValue : from, from == firstWhole ? DateOnly.MinValue : firstWhole.AddDays(-1),
            to == lastWholeEnd ? DateOnly.MaxValue : lastWholeEnd.AddDays(1), to == lastWholeEnd ? DateOnly.MinValue : to);
    }

    /// <summary>Whether a day of the range is read from the daily rows (it lies in a partial month).</summary>
    public bool IsEdgeDay(DateOnly day) => (day >= HeadFrom && day <= HeadTo) || (day >= TailFrom && day <= TailTo);

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
