using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Data.Wim;

/// <summary>Settings of the statistics fold (configuration section <c>Wim:Stats</c>).</summary>
public sealed record WimRollupOptions
{
    /// <summary>Source rows (by sequence range) folded in one transaction.</summary>
    public int ChunkRows { get; init; } = 100_000;

    /// <summary>How often the background fold runs; dashboards are at most this (plus one fold) behind.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>What one catch-up folded.</summary>
public sealed record WimFoldResult(long Records, long Violations, long RecordsWatermark, long ViolationsWatermark);

/// <summary>
/// Folds new weigh-in-motion records into the statistics rollups — per site (<see cref="WimDailyRollup"/>,
/// <see cref="WimMonthlyRollup"/>, <see cref="WimHourlyRollup"/>, <see cref="WimHeatRollup"/>, <see cref="WimInvalidRollup"/>,
/// <see cref="WimMonthlyInvalidRollup"/>) and per agency
/// (<see cref="WimAgencyDailyRollup"/>, <see cref="WimAgencyHourlyRollup"/>, <see cref="WimAgencyHeatRollup"/>,
/// <see cref="WimAgencyInvalidRollup"/>, <see cref="WimAgencyMonthlyInvalidRollup"/>) — and new violations into the
/// clue counts. Each chunk
/// is one transaction: aggregate the source rows with <c>Seq</c> (or id) in (watermark, upper], upsert the sums
/// (<c>INSERT … ON CONFLICT DO UPDATE</c> on both providers), advance the watermark. A process killed at any point
/// leaves either the whole chunk counted and the watermark past it, or neither.
/// <para>
/// The upper bound must never pass a sequence value whose transaction is still open: on PostgreSQL a delivery that
/// took a lower <c>Seq</c> may commit after one that took a higher one, and a watermark already past it would lose it.
/// So the bound is fenced: read the sequences' last values, then take a transaction id of the fold's own (committed at
/// once), and fold up to those values only once no transaction with a lower id is still running. Every writer takes
/// its transaction id before drawing a sequence value (the ingest inserts its batch row first), and ids are handed out
/// in order, so a value at or below the bound belongs to a transaction with a lower id, which has by then committed or
/// rolled back. (A snapshot's <c>xmax</c> is no such fence: it is one past the newest <em>completed</em> id, so the
/// newest running deliveries lie at or above it and a wait on it passes them.) SQLite has a single writer, so commit
/// order is sequence order and the highest visible value is safe.
/// </para>
/// </summary>
public sealed class WimRollupFolder(WimRollupOptions options)
{
    public const string RecordsWatermark = "records";
    public const string ViolationsWatermark = "violations";

    // One fold at a time in this process (the background worker, an admin command, a test); across processes the
    // watermark row lock (PostgreSQL) or the single writer (SQLite) serialises them.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Called inside each chunk's transaction after the upserts and before the watermark moves (fault injection for the exactly-once proof).</summary>
    public Func<string, long, long, Task>? BeforeCommit { get; init; }

    public WimRollupOptions Options => options;

    /// <summary>Folds everything committed so far, chunk by chunk.</summary>
    public async Task<WimFoldResult> CatchUpAsync(DbConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await Gate.WaitAsync(ct);
        try
        {
            var dialect = connection switch
            {
                NpgsqlConnection => Dialect.Postgres,
                SqliteConnection => Dialect.Sqlite,
                _ => throw new NotSupportedException($"No statistics fold for {connection.GetType().Name}."),
            };
            var (recordsBound, violationsBound) = dialect == Dialect.Postgres
                ? await PostgresFenceAsync((NpgsqlConnection)connection, ct)
                : await SqliteBoundsAsync(connection, ct);

            long records = 0, violations = 0;
            var recordsAt = await FoldAsync(connection, dialect, RecordsWatermark, recordsBound, FoldRecordsAsync, n => records += n, ct);
            var violationsAt = await FoldAsync(connection, dialect, ViolationsWatermark, violationsBound, FoldViolationsAsync, n => violations += n, ct);
            return new WimFoldResult(records, violations, recordsAt, violationsAt);
        }
        finally
        {
            Gate.Release();
        }
    }

    private delegate Task<long> ChunkFold(DbConnection connection, DbTransaction tx, Dialect dialect, long lo, long hi, CancellationToken ct);

    private async Task<long> FoldAsync(
        DbConnection connection, Dialect dialect, string name, long bound, ChunkFold fold, Action<long> counted, CancellationToken ct)
    {
        await ExecuteAsync(connection, null,
            "INSERT INTO \"WimRollupWatermarks\" (\"Name\", \"Position\", \"UpdatedAtUtc\") VALUES (@n, 0, @at) ON CONFLICT (\"Name\") DO NOTHING",
            ct, ("n", name), ("at", DateTime.UtcNow));
        while (true)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var lockClause = dialect == Dialect.Postgres ? " FOR UPDATE" : "";
            var position = Convert.ToInt64(
                await ScalarAsync(connection, tx, $"SELECT \"Position\" FROM \"WimRollupWatermarks\" WHERE \"Name\" = @n{lockClause}", ct, ("n", name)),
                CultureInfo.InvariantCulture);
            if (position >= bound)
            {
                await tx.RollbackAsync(ct);
                return position;
            }

            var hi = Math.Min(bound, position + options.ChunkRows);
            counted(await fold(connection, tx, dialect, position, hi, ct));
            if (BeforeCommit is { } hook)
            {
                await hook(name, position, hi);
            }

            await ExecuteAsync(connection, tx, "UPDATE \"WimRollupWatermarks\" SET \"Position\" = @p, \"UpdatedAtUtc\" = @at WHERE \"Name\" = @n",
                ct, ("p", hi), ("at", DateTime.UtcNow), ("n", name));
            await tx.CommitAsync(ct);
        }
    }

    private static async Task<long> FoldRecordsAsync(DbConnection connection, DbTransaction tx, Dialect dialect, long lo, long hi, CancellationToken ct)
    {
        // The chunk's records are read twice (counters per hour, invalid reasons) into two small temporary tables; every
        // rollup grain is then summed from those, so adding a grain costs a pass over a few thousand cells, not over
        // the records. The temporary tables live and die inside the chunk's transaction.
        var day = dialect.LocalDay("\"CapturedAtUtc\"");
        var hour = dialect.LocalHour("\"CapturedAtUtc\"");
        var dow = dialect.LocalIsoDayOfWeek("\"CapturedAtUtc\"");
        var deviceMask = DeviceMask.ToString(CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, tx, $"""
            CREATE TEMP TABLE wim_fold_cells AS
            SELECT "StationId", "Lane", "AgencyId", {day} AS "Day", {hour} AS "Hour", max({dow}) AS "DayOfWeek",
                CAST(count(*) AS integer) AS "Weighed",
                CAST(sum(CASE WHEN "Outcome" IN ({Warning}, {Fine}) THEN 1 ELSE 0 END) AS integer) AS "OverLimit",
                CAST(sum(CASE WHEN "Outcome" = {Warning} THEN 1 ELSE 0 END) AS integer) AS "Warnings",
                CAST(sum(CASE WHEN "Outcome" = {Fine} THEN 1 ELSE 0 END) AS integer) AS "Fines",
                CAST(sum(CASE WHEN "Outcome" = {Fine} THEN "FineFen" ELSE 0 END) AS bigint) AS "FineFen",
                CAST(sum(CASE WHEN "HundredTonKing" THEN 1 ELSE 0 END) AS integer) AS "HundredTonKing",
                CAST(sum(CASE WHEN "Outcome" = {Invalid} THEN 1 ELSE 0 END) AS integer) AS "Invalid",
                CAST(sum(CASE WHEN "Outcome" = {Invalid} AND ("InvalidReasons" & {deviceMask}) <> 0 THEN 1 ELSE 0 END) AS integer) AS "InvalidDevice"
            FROM "WimRecords" WHERE "Seq" > @lo AND "Seq" <= @hi
            GROUP BY "StationId", "Lane", "AgencyId", {day}, {hour}
            """, ct, ("lo", lo), ("hi", hi));

        var recordDay = dialect.LocalDay("r.\"CapturedAtUtc\"");
        await ExecuteAsync(connection, tx, $"""
            CREATE TEMP TABLE wim_fold_reasons AS
            WITH reasons(bit, code) AS (VALUES {ReasonValues})
            SELECT r."StationId", r."Lane", r."AgencyId", {recordDay} AS "Day", b.code AS "Reason", CAST(count(*) AS integer) AS "Records"
            FROM "WimRecords" r JOIN reasons b ON (r."InvalidReasons" & b.bit) <> 0
            WHERE r."Seq" > @lo AND r."Seq" <= @hi AND r."InvalidReasons" <> 0
            GROUP BY r."StationId", r."Lane", r."AgencyId", {recordDay}, b.code
            """, ct, ("lo", lo), ("hi", hi));

        foreach (var upsert in WimCounterRollups.Upserts(dialect, "wim_fold_cells", WimCounterRollups.RecordCounters))
        {
            await ExecuteAsync(connection, tx, upsert, ct);
        }

        var month = dialect.MonthOf("\"Day\"");
        // "WHERE 1 = 1" in each: SQLite needs a WHERE before an upsert's ON CONFLICT so it is not read as a join constraint.
        await ExecuteAsync(connection, tx, """
            INSERT INTO "WimHourlyRollups" AS t ("StationId", "Day", "Hour", "DayOfWeek", "AgencyId", "Weighed", "OverLimit", "HundredTonKing", "Invalid")
            SELECT "StationId", "Day", "Hour", max("DayOfWeek"), max("AgencyId"), sum("Weighed"), sum("OverLimit"), sum("HundredTonKing"), sum("Invalid")
            FROM wim_fold_cells WHERE 1 = 1
            GROUP BY "StationId", "Day", "Hour"
            ON CONFLICT ("StationId", "Day", "Hour") DO UPDATE SET
                "Weighed" = t."Weighed" + excluded."Weighed", "OverLimit" = t."OverLimit" + excluded."OverLimit",
                "HundredTonKing" = t."HundredTonKing" + excluded."HundredTonKing", "Invalid" = t."Invalid" + excluded."Invalid"
            """, ct);
        await ExecuteAsync(connection, tx, $"""
            INSERT INTO "WimHeatRollups" AS t ("StationId", "Month", "DayOfWeek", "Hour", "AgencyId", "Weighed", "OverLimit")
            SELECT "StationId", {month}, "DayOfWeek", "Hour", max("AgencyId"), sum("Weighed"), sum("OverLimit")
            FROM wim_fold_cells WHERE 1 = 1
            GROUP BY "StationId", {month}, "DayOfWeek", "Hour"
            ON CONFLICT ("StationId", "Month", "DayOfWeek", "Hour") DO UPDATE SET
                "Weighed" = t."Weighed" + excluded."Weighed", "OverLimit" = t."OverLimit" + excluded."OverLimit"
            """, ct);
        await ExecuteAsync(connection, tx, """
            INSERT INTO "WimAgencyHourlyRollups" AS t ("AgencyId", "Day", "Hour", "DayOfWeek", "Weighed", "OverLimit")
            SELECT "AgencyId", "Day", "Hour", max("DayOfWeek"), sum("Weighed"), sum("OverLimit")
            FROM wim_fold_cells WHERE 1 = 1
            GROUP BY "AgencyId", "Day", "Hour"
            ON CONFLICT ("AgencyId", "Day", "Hour") DO UPDATE SET
                "Weighed" = t."Weighed" + excluded."Weighed", "OverLimit" = t."OverLimit" + excluded."OverLimit"
            """, ct);
        await ExecuteAsync(connection, tx, $"""
            INSERT INTO "WimAgencyHeatRollups" AS t ("AgencyId", "Month", "DayOfWeek", "Hour", "Weighed", "OverLimit")
            SELECT "AgencyId", {month}, "DayOfWeek", "Hour", sum("Weighed"), sum("OverLimit")
            FROM wim_fold_cells WHERE 1 = 1
            GROUP BY "AgencyId", {month}, "DayOfWeek", "Hour"
            ON CONFLICT ("AgencyId", "Month", "DayOfWeek", "Hour") DO UPDATE SET
                "Weighed" = t."Weighed" + excluded."Weighed", "OverLimit" = t."OverLimit" + excluded."OverLimit"
            """, ct);

        await ExecuteAsync(connection, tx, """
            INSERT INTO "WimInvalidRollups" AS t ("StationId", "Lane", "Day", "Reason", "AgencyId", "Records")
            SELECT "StationId", "Lane", "Day", "Reason", max("AgencyId"), sum("Records")
            FROM wim_fold_reasons WHERE 1 = 1
            GROUP BY "StationId", "Lane", "Day", "Reason"
            ON CONFLICT ("StationId", "Lane", "Day", "Reason") DO UPDATE SET "Records" = t."Records" + excluded."Records"
            """, ct);
        await ExecuteAsync(connection, tx, $"""
            INSERT INTO "WimMonthlyInvalidRollups" AS t ("StationId", "Month", "Reason", "AgencyId", "Records")
            SELECT "StationId", {month}, "Reason", max("AgencyId"), sum("Records")
            FROM wim_fold_reasons WHERE 1 = 1
            GROUP BY "StationId", {month}, "Reason"
            ON CONFLICT ("StationId", "Month", "Reason") DO UPDATE SET "Records" = t."Records" + excluded."Records"
            """, ct);
        await ExecuteAsync(connection, tx, """
            INSERT INTO "WimAgencyInvalidRollups" AS t ("AgencyId", "Day", "Reason", "Records")
            SELECT "AgencyId", "Day", "Reason", sum("Records")
            FROM wim_fold_reasons WHERE 1 = 1
            GROUP BY "AgencyId", "Day", "Reason"
            ON CONFLICT ("AgencyId", "Day", "Reason") DO UPDATE SET "Records" = t."Records" + excluded."Records"
            """, ct);
        await ExecuteAsync(connection, tx, $"""
            INSERT INTO "WimAgencyMonthlyInvalidRollups" AS t ("AgencyId", "Month", "Reason", "Records")
            SELECT "AgencyId", {month}, "Reason", sum("Records")
            FROM wim_fold_reasons WHERE 1 = 1
            GROUP BY "AgencyId", {month}, "Reason"
            ON CONFLICT ("AgencyId", "Month", "Reason") DO UPDATE SET "Records" = t."Records" + excluded."Records"
            """, ct);

        var folded = Convert.ToInt64(await ScalarAsync(connection, tx, "SELECT coalesce(sum(\"Weighed\"), 0) FROM wim_fold_cells", ct),
            CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, tx, "DROP TABLE wim_fold_cells", ct);
        await ExecuteAsync(connection, tx, "DROP TABLE wim_fold_reasons", ct);
        return folded;
    }

    private static async Task<long> FoldViolationsAsync(DbConnection connection, DbTransaction tx, Dialect dialect, long lo, long hi, CancellationToken ct)
    {
        // A clue counts at the lane and day of its governing record, in every counter rollup.
        var day = dialect.LocalDay("v.\"GoverningCapturedAtUtc\"");
        var source = $"""
            (SELECT r."StationId", r."Lane", {day} AS "Day", v."AgencyId", 1 AS "Clues"
             FROM "OverloadViolations" v
             JOIN "WimRecords" r ON r."DeviceId" = v."GoverningDeviceId" AND r."RecordId" = v."GoverningRecordId"
                 AND r."CapturedAtUtc" = v."GoverningCapturedAtUtc"
             WHERE v."Id" > @lo AND v."Id" <= @hi)
            """;
        foreach (var upsert in WimCounterRollups.Upserts(dialect, source, ["Clues"]))
        {
            await ExecuteAsync(connection, tx, upsert, ct, ("lo", lo), ("hi", hi));
        }

        return Convert.ToInt64(await ScalarAsync(connection, tx, "SELECT count(*) FROM \"OverloadViolations\" WHERE \"Id\" > @lo AND \"Id\" <= @hi", ct,
            ("lo", lo), ("hi", hi)), CultureInfo.InvariantCulture);
    }

    /// <summary>PostgreSQL: the sequences' last values, usable once every transaction that could hold a lower value has ended.</summary>
    private static async Task<(long Records, long Violations)> PostgresFenceAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var bounds = await ReadPairAsync(connection,
            "SELECT coalesce(pg_sequence_last_value('\"WimRecords_Seq_seq\"'::regclass), 0), " +
            "coalesce(pg_sequence_last_value(pg_get_serial_sequence('\"OverloadViolations\"', 'Id')::regclass), 0)", ct);
        // Assigned after the values were read, so above the id of every transaction that drew one of them. Committed at
        // once: the snapshots below then count every id under it, and their xmin passes it only when none is running.
        long fence;
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            fence = Convert.ToInt64(await ScalarAsync(connection, tx, "SELECT pg_current_xact_id()::text::bigint", ct), CultureInfo.InvariantCulture);
            await tx.CommitAsync(ct);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var xmin = Convert.ToInt64(await ScalarAsync(connection, null, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", ct),
                CultureInfo.InvariantCulture);
            if (xmin > fence)
            {
                return bounds;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                // A long transaction elsewhere holds the horizon back: fold nothing now rather than risk skipping a row.
                return (0, 0);
            }

            await Task.Delay(20, ct);
        }
    }

    private static async Task<(long Records, long Violations)> SqliteBoundsAsync(DbConnection connection, CancellationToken ct) =>
        await ReadPairAsync(connection,
            "SELECT coalesce((SELECT max(\"Seq\") FROM \"WimRecords\"), 0), coalesce((SELECT max(\"Id\") FROM \"OverloadViolations\"), 0)", ct);

    private static async Task<(long, long)> ReadPairAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private const int Warning = (int)Domain.Overload.OverloadOutcome.Warning;
    private const int Fine = (int)Domain.Overload.OverloadOutcome.Fine;
    private const int Invalid = (int)Domain.Overload.OverloadOutcome.Invalid;

    /// <summary>The bits of the device reasons (certificate, reviews, notice, start, service): 设备无效 as opposed to 记录无效.</summary>
    public static readonly int DeviceMask = InvalidReasonBits.AllCodes
        .Where(c => c.StartsWith("device.", StringComparison.Ordinal)).Aggregate(0, (m, c) => m | InvalidReasonBits.BitFor(c));

    private static readonly string ReasonValues = string.Join(", ",
        InvalidReasonBits.AllCodes.Select(c => string.Create(CultureInfo.InvariantCulture, $"({InvalidReasonBits.BitFor(c)}, '{c}')")));

    internal static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteScalarAsync(ct);
    }

    internal static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = connection is SqliteConnection ? "@" + name : name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }

    internal sealed class Dialect
    {
        public static readonly Dialect Postgres = new(
            c => $"(({c} AT TIME ZONE 'UTC') + interval '8 hours')::date",
            c => $"CAST(extract(hour FROM ({c} AT TIME ZONE 'UTC') + interval '8 hours') AS integer)",
            c => $"CAST(extract(isodow FROM ({c} AT TIME ZONE 'UTC') + interval '8 hours') AS integer)",
            // On a plain timestamp, so the session's time zone plays no part.
            d => $"CAST(date_trunc('month', CAST({d} AS timestamp)) AS date)");

        public static readonly Dialect Sqlite = new(
            c => $"date({c}, '+8 hours')",
            c => $"CAST(strftime('%H', {c}, '+8 hours') AS INTEGER)",
            c => $"((CAST(strftime('%w', {c}, '+8 hours') AS INTEGER) + 6) % 7 + 1)",
            d => $"date({d}, 'start of month')");

        private readonly Func<string, string> _day;
        private readonly Func<string, string> _hour;
        private readonly Func<string, string> _dayOfWeek;
        private readonly Func<string, string> _month;

        private Dialect(Func<string, string> day, Func<string, string> hour, Func<string, string> dayOfWeek, Func<string, string> month) =>
            (_day, _hour, _dayOfWeek, _month) = (day, hour, dayOfWeek, month);

        /// <summary>The first day of the month of a local-day column (already an Asia/Shanghai day, not a UTC instant).</summary>
        public string MonthOf(string dayColumn) => _month(dayColumn);

        /// <summary>ISO day of week (1 = Monday … 7 = Sunday) of the Asia/Shanghai day.</summary>
        public string LocalIsoDayOfWeek(string column) => _dayOfWeek(column);

        /// <summary>The Asia/Shanghai (fixed +08:00, no daylight saving) calendar day of a UTC column.</summary>
        public string LocalDay(string column) => _day(column);

        public string LocalHour(string column) => _hour(column);
    }
}
