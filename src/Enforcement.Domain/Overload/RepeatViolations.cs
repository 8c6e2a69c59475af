namespace Enforcement.Domain.Overload;

/// <summary>The repeat count of a vehicle and whether it reaches the Art 66 threshold.</summary>
/// <param name="Count">Violations within the year up to and including the date.</param>
/// <param name="Flagged">More than 3: the road transport authority revokes the 营运证.</param>
/// <param name="From">First day counted.</param>
public readonly record struct RepeatFlag(int Count, bool Flagged, DateOnly From);

/// <summary>
/// 《公路安全保护条例》第六十六条: a freight vehicle with more than 3 over-limit violations within 1 year loses its 营运证,
/// and its driver is barred from commercial transport. "1 year" is counted as the 12 months up to and including the
/// date, from the same day twelve months earlier (the window the repeat-offence lookup of the parties module uses).
/// Only established violations count (de-duplicated trips, valid records), not raw weighings.
/// </summary>
public static class RepeatViolations
{
    /// <summary>"超过3次": the fourth violation within the year flags the vehicle.</summary>
    public const int MoreThan = 3;

    public static RepeatFlag Check(IEnumerable<DateOnly> violationDates, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(violationDates);
        var from = asOf.AddMonths(-12);
        var count = 0;
        foreach (var date in violationDates)
        {
            if (date >= from && date <= asOf)
            {
                count++;
            }
        }

        return new RepeatFlag(count, count > MoreThan, from);
    }
}
