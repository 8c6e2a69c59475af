namespace Enforcement.Data.Wim;

/// <summary>
/// The rollups that carry the full set of counters — <see cref="WimDailyRollup"/> (site, lane, day),
/// <see cref="WimMonthlyRollup"/> (site, month) and <see cref="WimAgencyDailyRollup"/> (agency, day) — and the one
/// statement shape that adds to all of them. The record fold, the clue fold and the clue review's
/// <see cref="WimStatisticsCounters"/> all go through here, so a count can never reach one grain and miss another.
/// </summary>
internal static class WimCounterRollups
{
    /// <summary>Counters the record fold produces.</summary>
    public static readonly string[] RecordCounters = ["Weighed", "OverLimit", "Warnings", "Fines", "FineFen", "HundredTonKing", "Invalid", "InvalidDevice"];

    private static readonly string[] AllCounters = [.. RecordCounters, "Clues", "Cases", "Notices"];

    /// <param name="Keys">The table's key columns.</param>
    /// <param name="KeyValues">Each key's value from the source row (columns StationId, Lane, Day, AgencyId).</param>
    /// <param name="AgencyIsKey">False: the table keeps the site's agency as a plain column (for the data scope filter).</param>
    private sealed record Target(string Table, string[] Keys, Func<WimRollupFolder.Dialect, string[]> KeyValues, bool AgencyIsKey);

    private static readonly Target[] Targets =
    [
        new("WimDailyRollups", ["StationId", "Lane", "Day"], _ => ["s.\"StationId\"", "s.\"Lane\"", "s.\"Day\""], AgencyIsKey: false),
        new("WimMonthlyRollups", ["StationId", "Month"], d => ["s.\"StationId\"", d.MonthOf("s.\"Day\"")], AgencyIsKey: false),
        new("WimAgencyDailyRollups", ["AgencyId", "Day"], _ => ["s.\"AgencyId\"", "s.\"Day\""], AgencyIsKey: true),
    ];

    /// <summary>
    /// One upsert per counter table adding the sums of <paramref name="counters"/> from <paramref name="source"/> (a table
    /// name or a parenthesised query with the columns StationId, Lane, Day, AgencyId and each named counter); the other
    /// counters of a new row start at 0 and of an existing row stay as they are.
    /// </summary>
    public static IEnumerable<string> Upserts(WimRollupFolder.Dialect dialect, string source, IReadOnlyCollection<string> counters)
    {
        foreach (var target in Targets)
        {
            var keys = string.Join(", ", target.Keys.Select(Quote));
            var keyValues = string.Join(", ", target.KeyValues(dialect));
            var agencyColumn = target.AgencyIsKey ? "" : ", \"AgencyId\"";
            var agencyValue = target.AgencyIsKey ? "" : ", max(s.\"AgencyId\")";
            var sums = string.Join(", ", AllCounters.Select(c => counters.Contains(c) ? $"sum(s.{Quote(c)})" : "0"));
            var updates = string.Join(", ", counters.Select(c => $"{Quote(c)} = t.{Quote(c)} + excluded.{Quote(c)}"));
            // "WHERE 1 = 1": SQLite needs a WHERE before an upsert's ON CONFLICT so it is not read as a join constraint.
            yield return $"""
                INSERT INTO "{target.Table}" AS t ({keys}{agencyColumn}, {string.Join(", ", AllCounters.Select(Quote))})
                SELECT {keyValues}{agencyValue}, {sums}
                FROM {source} s WHERE 1 = 1
                GROUP BY {keyValues}
                ON CONFLICT ({keys}) DO UPDATE SET {updates}
                """;
        }
    }

    private static string Quote(string column) => $"\"{column}\"";
}
