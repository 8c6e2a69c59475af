using System.Data.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Reliability.Tests;

/// <summary>A stored batch as <c>WimBatches</c> holds it: the acknowledgement it was given.</summary>
internal sealed record StoredBatch(string Sender, string DeliveryId, long Id, int Total, int Stored, int Duplicate, int Quarantined, int Hits);

/// <summary>A violation row, with what the merge decided.</summary>
internal sealed record StoredViolation(
    long Id, string PlateNumber, PlateColour PlateColour, string RouteCode, DateTime First, DateTime Last, int HitCount,
    string GoverningDeviceCode, string GoverningRecordId, DateTime GoverningCapturedAt, int EffectiveOverKg, int GrossKg, int Version);

/// <summary>A violation hit with the vehicle and route of its record (null when the record is missing).</summary>
internal sealed record StoredHit(
    long ViolationId, string DeviceCode, string RecordId, DateTime CapturedAt, int EffectiveOverKg, int GrossKg,
    string? PlateNumber, PlateColour? PlateColour, string? RouteCode);

/// <summary>
/// What the weigh-in-motion tables hold, read straight from the database (one query text for both providers: quoted
/// names). Counts are computed by the database; violations and hits are loaded whole for the invariant checks.
/// </summary>
internal sealed record WimStoreState(
    long Records, long RecordKeysStoredTwice, long ViolatingRecords, long Quarantined, long RolledUpWeighed,
    IReadOnlyDictionary<(string Sender, string DeliveryId), StoredBatch> Batches,
    IReadOnlyList<StoredViolation> Violations, IReadOnlyList<StoredHit> Hits)
{
    public static async Task<WimStoreState> ReadAsync(TestDatabase database)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var records = await ScalarAsync(connection, "SELECT count(*) FROM \"WimRecords\"");
        var twice = await ScalarAsync(connection,
            "SELECT count(*) FROM (SELECT 1 FROM \"WimRecords\" GROUP BY \"DeviceId\", \"RecordId\" HAVING count(*) > 1) AS twice");
        // Warning (2) or fine (3) with a plate read: what the ingest turns into a violation hit.
        var violating = await ScalarAsync(connection,
            "SELECT count(*) FROM \"WimRecords\" WHERE \"Outcome\" IN (2, 3) AND \"PlateNumber\" IS NOT NULL");
        var quarantined = await ScalarAsync(connection, "SELECT count(*) FROM \"WimQuarantine\"");
        var weighed = await ScalarAsync(connection, "SELECT coalesce(sum(\"Weighed\"), 0) FROM \"WimDailyRollups\"");

        var batches = await ReadAllAsync(connection,
            "SELECT \"Sender\", \"DeliveryId\", \"Id\", \"Total\", \"Stored\", \"Duplicate\", \"Quarantined\", \"Hits\" FROM \"WimBatches\"",
            r => new StoredBatch(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7)));
        var violations = await ReadAllAsync(connection,
            "SELECT \"Id\", \"PlateNumber\", \"PlateColour\", \"RouteCode\", \"FirstCapturedAtUtc\", \"LastCapturedAtUtc\", \"HitCount\", " +
            "\"GoverningDeviceCode\", \"GoverningRecordId\", \"GoverningCapturedAtUtc\", \"EffectiveOverKg\", \"GrossKg\", \"Version\" " +
            "FROM \"OverloadViolations\" ORDER BY \"Id\"",
            r => new StoredViolation(r.GetInt64(0), r.GetString(1), (PlateColour)r.GetInt32(2), r.GetString(3), Utc(r.GetDateTime(4)),
                Utc(r.GetDateTime(5)), r.GetInt32(6), r.GetString(7), r.GetString(8), Utc(r.GetDateTime(9)), r.GetInt32(10), r.GetInt32(11), r.GetInt32(12)));
        var hits = await ReadAllAsync(connection,
            "SELECT h.\"ViolationId\", h.\"DeviceCode\", h.\"RecordId\", h.\"CapturedAtUtc\", h.\"EffectiveOverKg\", h.\"GrossKg\", " +
            "r.\"PlateNumber\", r.\"PlateColour\", s.\"RouteCode\" FROM \"OverloadViolationHits\" h " +
            "LEFT JOIN \"WimRecords\" r ON r.\"DeviceId\" = h.\"DeviceId\" AND r.\"RecordId\" = h.\"RecordId\" AND r.\"CapturedAtUtc\" = h.\"CapturedAtUtc\" " +
            "LEFT JOIN \"Devices\" d ON d.\"Id\" = h.\"DeviceId\" LEFT JOIN \"Stations\" s ON s.\"Id\" = d.\"StationId\" ORDER BY h.\"Id\"",
            r => new StoredHit(r.GetInt64(0), r.GetString(1), r.GetString(2), Utc(r.GetDateTime(3)), r.GetInt32(4), r.GetInt32(5),
                r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : (PlateColour)r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8)));
        return new WimStoreState(records, twice, violating, quarantined, weighed,
            batches.ToDictionary(b => (b.Sender, b.DeliveryId)), violations, hits);
    }

    /// <summary>Waits until the statistics fold has counted every stored record (or the time is up), answering the last sum.</summary>
    public static async Task<long> WaitRolledUpAsync(TestDatabase database, long records, TimeSpan timeout)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var weighed = await ScalarAsync(connection, "SELECT coalesce(sum(\"Weighed\"), 0) FROM \"WimDailyRollups\"");
            if (weighed >= records || clock.Elapsed > timeout)
            {
                return weighed;
            }

            await Task.Delay(500);
        }
    }

    private static DbConnection Open(TestDatabase database) => database.Provider == "Postgres"
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 300;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<T>> ReadAllAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
