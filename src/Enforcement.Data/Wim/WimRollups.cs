namespace Enforcement.Data.Wim;

/// <summary>
/// The full set of counters, kept at three grains (<see cref="WimDailyRollup"/>, <see cref="WimMonthlyRollup"/>,
/// <see cref="WimAgencyDailyRollup"/>) and added to by one statement shape (<see cref="WimCounterRollups"/>).
/// </summary>
public abstract class WimCounters
{
    /// <summary>Records stored (vehicles weighed), valid or not.</summary>
    public int Weighed { get; set; }

    /// <summary>Records over the limit after the tolerance: warnings and fines (valid records only).</summary>
    public int OverLimit { get; set; }

    /// <summary>Over by at most 1 000 kg after the tolerance: 警告.</summary>
    public int Warnings { get; set; }

    /// <summary>Records whose determination gives a fine.</summary>
    public int Fines { get; set; }

    /// <summary>Sum of the determined fines of <see cref="Fines"/>, in fen.</summary>
    public long FineFen { get; set; }

    /// <summary>Records flagged 百吨王 (gross ≥ 100 t).</summary>
    public int HundredTonKing { get; set; }

    /// <summary>Records that can never become a violation (device or record reasons).</summary>
    public int Invalid { get; set; }

    /// <summary>Of <see cref="Invalid"/>, records whose device lacked validity on the capture day (certificate, reviews, notice, start).</summary>
    public int InvalidDevice { get; set; }

    /// <summary>Violations (clues) created, counted at the governing record's lane and day.</summary>
    public int Clues { get; set; }

    /// <summary>Violations turned into a case (立案); the clue review adds to it through <see cref="WimStatisticsCounters"/>.</summary>
    public int Cases { get; set; }

    /// <summary>Violations notified to the owner (告知); the clue review adds to it through <see cref="WimStatisticsCounters"/>.</summary>
    public int Notices { get; set; }
}

/// <summary>
/// Statistics of one lane of one site on one day (Asia/Shanghai calendar day of the capture), folded from the
/// stored records by <see cref="WimRollupFolder"/> (table <c>WimDailyRollups</c>). Dashboards read these rows, never
/// the raw records. <see cref="AgencyId"/> is the station's agency, so the data scope filter applies as it does to
/// the records.
/// </summary>
public sealed class WimDailyRollup : WimCounters
{
    public int StationId { get; set; }
    public int Lane { get; set; }
    public DateOnly Day { get; set; }
    public int AgencyId { get; set; }
}

/// <summary>Records of one site in one hour of one day (Asia/Shanghai), for the hour-of-day heat map (<c>WimHourlyRollups</c>).</summary>
public sealed class WimHourlyRollup
{
    public int StationId { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>0–23, Asia/Shanghai.</summary>
    public int Hour { get; set; }

    /// <summary>ISO day of week of <see cref="Day"/> (1 = Monday … 7 = Sunday), kept so the heat map groups in the database.</summary>
    public int DayOfWeek { get; set; }

    public int AgencyId { get; set; }
    public int Weighed { get; set; }
    public int OverLimit { get; set; }
    public int HundredTonKing { get; set; }
    public int Invalid { get; set; }
}

/// <summary>Records of one lane and day carrying one invalid reason (a record with two reasons counts under both).</summary>
public sealed class WimInvalidRollup
{
    public int StationId { get; set; }
    public int Lane { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>The determination reason code (<see cref="InvalidReasonBits"/>), e.g. "device.certificate".</summary>
    public required string Reason { get; set; }

    public int AgencyId { get; set; }
    public int Records { get; set; }
}

/// <summary>
/// The counters of <see cref="WimDailyRollup"/> for one site in one calendar month (Asia/Shanghai), lanes summed
/// (<c>WimMonthlyRollups</c>). A long range reads its whole months here and only the days of its partial months from
/// the daily rows, so a year is about a dozen rows per site instead of 365 × lanes.
/// </summary>
public sealed class WimMonthlyRollup : WimCounters
{
    public int StationId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public int AgencyId { get; set; }
}

/// <summary>
/// One heat-map cell (ISO day of week × hour) of one site over one calendar month (<c>WimHeatRollups</c>): a site's
/// heat map over whole months, 168 rows per site and month instead of 24 per day.
/// </summary>
public sealed class WimHeatRollup
{
    public int StationId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>1 = Monday … 7 = Sunday.</summary>
    public int DayOfWeek { get; set; }

    /// <summary>0–23, Asia/Shanghai.</summary>
    public int Hour { get; set; }

    public int AgencyId { get; set; }
    public int Weighed { get; set; }
    public int OverLimit { get; set; }
}

/// <summary>Records of one site in one calendar month carrying one invalid reason, lanes summed (<c>WimMonthlyInvalidRollups</c>).</summary>
public sealed class WimMonthlyInvalidRollup
{
    public int StationId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public required string Reason { get; set; }
    public int AgencyId { get; set; }
    public int Records { get; set; }
}

/// <summary>
/// The counters of <see cref="WimDailyRollup"/> for all sites of one agency on one day (<c>WimAgencyDailyRollups</c>).
/// The data scope is a set of agencies, so an answer over the whole scope (no site chosen) reads one row per agency
/// and day, however many sites and lanes the agency has.
/// </summary>
public sealed class WimAgencyDailyRollup : WimCounters
{
    public int AgencyId { get; set; }
    public DateOnly Day { get; set; }
}

/// <summary>Weighed and over-limit records of one agency's sites in one hour of one day (<c>WimAgencyHourlyRollups</c>): the heat map's partial months.</summary>
public sealed class WimAgencyHourlyRollup
{
    public int AgencyId { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>0–23, Asia/Shanghai.</summary>
    public int Hour { get; set; }

    /// <summary>ISO day of week of <see cref="Day"/> (1 = Monday … 7 = Sunday).</summary>
    public int DayOfWeek { get; set; }

    public int Weighed { get; set; }
    public int OverLimit { get; set; }
}

/// <summary>
/// One heat-map cell (ISO day of week × hour) of one agency's sites over one calendar month
/// (<c>WimAgencyHeatRollups</c>): the heat map's whole months, 168 rows per agency and month.
/// </summary>
public sealed class WimAgencyHeatRollup
{
    public int AgencyId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>1 = Monday … 7 = Sunday.</summary>
    public int DayOfWeek { get; set; }

    /// <summary>0–23, Asia/Shanghai.</summary>
    public int Hour { get; set; }

    public int Weighed { get; set; }
    public int OverLimit { get; set; }
}

/// <summary>Records of one agency's sites on one day carrying one invalid reason (<c>WimAgencyInvalidRollups</c>).</summary>
public sealed class WimAgencyInvalidRollup
{
    public int AgencyId { get; set; }
    public DateOnly Day { get; set; }
    public required string Reason { get; set; }
    public int Records { get; set; }
}

/// <summary>Records of one agency's sites in one calendar month carrying one invalid reason (<c>WimAgencyMonthlyInvalidRollups</c>).</summary>
public sealed class WimAgencyMonthlyInvalidRollup
{
    public int AgencyId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public required string Reason { get; set; }
    public int Records { get; set; }
}

/// <summary>
/// How far a fold has consumed its source: "records" by <see cref="WimStoredRecord.Seq"/>, "violations" by
/// violation id. Advanced in the same transaction as the rollup rows it produced, so each source row is counted
/// exactly once however the process stops.
/// </summary>
public sealed class WimRollupWatermark
{
    public required string Name { get; set; }
    public long Position { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
