using System.Collections.Frozen;

namespace Enforcement.Domain.Calendar;

/// <summary>
/// The working-day calendar: the default week of 《全国年节及纪念日放假办法》(2024) (Monday–Friday worked,
/// Saturday–Sunday off) corrected by the holidays and make-up working days (调休上班) of the yearly State Council notices.
/// <para>
/// For a year whose notice is not loaded the calendar falls back to weekends only; every result that depended on such
/// a day is flagged <see cref="DeadlineResult.Provisional"/>.
/// </para>
/// <para>
/// Counting (by analogy with 《民事诉讼法》(2023) 第八十五条): the start day (the day of the event) is never counted;
/// a calendar-day or month period whose last day is not a working day ends, if asked, on the next working day.
/// Pure: the caller passes every date.
/// </para>
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _overrides;
    private readonly FrozenSet<int> _loadedYears;

    /// <summary>
    /// Builds the calendar.
    /// </summary>
    /// <param name="overrides">Holidays and make-up working days. The same date listed twice with the same kind is
    /// accepted; with conflicting kinds it is a data error (<see cref="ArgumentException"/>).</param>
    /// <param name="loadedYears">The years whose schedule is complete. Null: the years present in
    /// <paramref name="overrides"/>. Overrides in other years are still applied, but such years stay provisional.</param>
    public WorkingCalendar(IEnumerable<CalendarOverride> overrides, IEnumerable<int>? loadedYears = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);

        _overrides = [];
        foreach (var day in overrides)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(overrides));
            if (!Enum.IsDefined(day.Kind))
            {
                throw new ArgumentException($"Calendar override {day.Date:yyyy-MM-dd} has an undefined kind {day.Kind}.", nameof(overrides));
            }

            if (_overrides.TryGetValue(day.Date, out var existing) && existing != day.Kind)
            {
                throw new ArgumentException(
                    $"Calendar override {day.Date:yyyy-MM-dd} is listed both as {existing} and as {day.Kind}.",
                    nameof(overrides));
            }

            _overrides[day.Date] = day.Kind;
        }

        _loadedYears = (loadedYears ?? _overrides.Keys.Select(d => d.Year)).ToFrozenSet();
    }

    /// <summary>The years whose State Council schedule is loaded.</summary>
    public IReadOnlySet<int> LoadedYears => _loadedYears;

    /// <summary>True if the schedule of <paramref name="year"/> is loaded (dates in it are final, not provisional).</summary>
    public bool IsLoaded(int year) => _loadedYears.Contains(year);

    /// <summary>
    /// True if <paramref name="date"/> is a working day: a listed override decides; otherwise Monday–Friday.
    /// In a year that is not loaded this is the weekends-only fallback.
    /// </summary>
    public bool IsWorkingDay(DateOnly date) =>
        _overrides.TryGetValue(date, out var kind)
            ? kind == CalendarDayKind.Work
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1).Date;

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>; the start day itself never counts
    /// (《行政处罚法》第八十五条: 2/3/5/7-day periods are working days). Provisional if any day from the day after
    /// <paramref name="start"/> to the result lies in a year that is not loaded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public DeadlineResult AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);

        var date = start;
        var provisional = false;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            provisional |= !IsLoaded(date.Year);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return new DeadlineResult(date, provisional);
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day before <paramref name="date"/>, the date itself not counted:
    /// e.g. the latest day to notify a hearing (《行政处罚法》第六十四条, "举行听证的七日前"), such that
    /// <c>AddWorkingDays(result, days).Date == date</c> when <paramref name="date"/> is a working day.
    /// Provisional if any day from the result to the day before <paramref name="date"/> lies in a year that is not loaded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public DeadlineResult SubtractWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);

        var current = date;
        var provisional = false;
        var counted = 0;
        while (counted < days)
        {
            current = current.AddDays(-1);
            provisional |= !IsLoaded(current.Year);
            if (IsWorkingDay(current))
            {
                counted++;
            }
        }

        return new DeadlineResult(current, provisional);
    }

    /// <summary>
    /// <paramref name="start"/> plus <paramref name="days"/> calendar days (the start day not counted). If that day is
    /// not a working day and <paramref name="rollForward"/>, the period ends on the next working day
    /// (《民事诉讼法》第八十五条 by analogy). Zero days returns <paramref name="start"/> (rolled forward if asked).
    /// Provisional if a day whose kind was consulted (the landing day and any days rolled over) lies in a year that is
    /// not loaded; without rolling no day is consulted and the result is never provisional.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public DeadlineResult AddCalendarDays(DateOnly start, int days, bool rollForward = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return Roll(start.AddDays(days), rollForward);
    }

    /// <summary>
    /// <paramref name="start"/> plus <paramref name="months"/> calendar months, ending on the same day of the month;
    /// when the final month has no such day, on its last day (31 August + 6 months = 28/29 February). If that day is not
    /// a working day and <paramref name="rollForward"/>, the period ends on the next working day.
    /// Provisional as for <see cref="AddCalendarDays"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is less than 1.</exception>
    public DeadlineResult AddMonths(DateOnly start, int months, bool rollForward = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return Roll(start.AddMonths(months), rollForward);
    }

    /// <summary>
    /// The number of working days after <paramref name="fromExclusive"/> up to and including
    /// <paramref name="toInclusive"/>; 0 if <paramref name="toInclusive"/> is not after <paramref name="fromExclusive"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive; date < toInclusive;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// <paramref name="date"/> itself, or with <paramref name="rollForward"/> the first working day on or after it;
    /// provisional if a consulted day lies in a year that is not loaded.
    /// </summary>
    internal DeadlineResult Roll(DateOnly date, bool rollForward)
    {
        if (!rollForward)
        {
            return new DeadlineResult(date, false);
        }

        var provisional = !IsLoaded(date.Year);
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
            provisional |= !IsLoaded(date.Year);
        }

        return new DeadlineResult(date, provisional);
    }
}
