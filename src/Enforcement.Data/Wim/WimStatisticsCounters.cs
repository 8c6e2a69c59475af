using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Data.Wim;

/// <summary>
/// Counts a clue's later steps (立案, 告知) in the daily rollup of the lane and day where the violation's governing
/// record was weighed. The clue review calls it in the same transaction as the status change, so the count moves
/// exactly when the status does (the record fold never touches these columns).
/// </summary>
public static class WimStatisticsCounters
{
    public static Task<int> CountCaseAsync(EnforcementDbContext db, long violationId, CancellationToken ct) => BumpAsync(db, violationId, "Cases", ct);

    public static Task<int> CountNoticeAsync(EnforcementDbContext db, long violationId, CancellationToken ct) => BumpAsync(db, violationId, "Notices", ct);

    private static Task<int> BumpAsync(EnforcementDbContext db, long violationId, string column, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dialect = db.Database.GetDbConnection() is SqliteConnection ? WimRollupFolder.Dialect.Sqlite : WimRollupFolder.Dialect.Postgres;
        var day = dialect.LocalDay("v.\"GoverningCapturedAtUtc\"");
        var cases = column == "Cases" ? 1 : 0;
        var notices = column == "Notices" ? 1 : 0;
        // The column name is one of two constants above, never input.
const string Placeholder = "{0}";
#pragma warning disable EF1002
        return db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "WimDailyRollups" AS t ("StationId", "Lane", "Day", "AgencyId", "Weighed", "OverLimit", "Warnings", "Fines", "FineFen",
                "HundredTonKing", "Invalid", "InvalidDevice", "Clues", "Cases", "Notices")
            SELECT r."StationId", r."Lane", {day}, v."AgencyId", 0, 0, 0, 0, 0, 0, 0, 0, 0, {cases}, {notices}
            FROM "OverloadViolations" v
            JOIN "WimRecords" r ON r."DeviceId" = v."GoverningDeviceId" AND r."RecordId" = v."GoverningRecordId"
                AND r."CapturedAtUtc" = v."GoverningCapturedAtUtc"
            WHERE v."Id" = {Placeholder}
            ON CONFLICT ("StationId", "Lane", "Day") DO UPDATE SET "{column}" = t."{column}" + 1
            """, [violationId], ct);
#pragma warning restore EF1002
    }
}
