using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Data.Wim;

/// <summary>
/// Counts a clue's later steps (立案, 告知) at the lane and day where the violation's governing record was weighed, in
/// every counter rollup (site × lane × day, site × month, agency × day: <see cref="WimCounterRollups"/>). The clue
/// review calls it in the same transaction as the status change, so the count moves exactly when the status does (the
/// record fold never touches these columns).
/// </summary>
public static class WimStatisticsCounters
{
    public static Task CountCaseAsync(EnforcementDbContext db, long violationId, CancellationToken ct) => BumpAsync(db, violationId, "Cases", ct);

    public static Task CountNoticeAsync(EnforcementDbContext db, long violationId, CancellationToken ct) => BumpAsync(db, violationId, "Notices", ct);

    private static async Task BumpAsync(EnforcementDbContext db, long violationId, string column, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dialect = db.Database.GetDbConnection() is SqliteConnection ? WimRollupFolder.Dialect.Sqlite : WimRollupFolder.Dialect.Postgres;
        var day = dialect.LocalDay("v.\"GoverningCapturedAtUtc\"");
        // The column name is one of two constants above, never input; the violation id is a parameter.
        const string Placeholder = "{0}";
        var source = $"""
            (SELECT r."StationId", r."Lane", {day} AS "Day", v."AgencyId", 1 AS "{column}"
             FROM "OverloadViolations" v
             JOIN "WimRecords" r ON r."DeviceId" = v."GoverningDeviceId" AND r."RecordId" = v."GoverningRecordId"
                 AND r."CapturedAtUtc" = v."GoverningCapturedAtUtc"
             WHERE v."Id" = {Placeholder})
            """;
        foreach (var upsert in WimCounterRollups.Upserts(dialect, source, [column]))
        {
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(upsert, [violationId], ct);
#pragma warning restore EF1002
        }
    }
}
