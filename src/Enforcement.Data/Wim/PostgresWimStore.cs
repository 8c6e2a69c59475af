using Enforcement.Domain.Identifiers;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Data.Wim;

/// <summary>
/// Writes a delivery to PostgreSQL in one transaction. Deliveries of one device are serialised by a transaction-scoped
/// advisory lock, so "already stored?" has one answer; the batch row (unique per sender and delivery id) makes a
/// re-delivery answer the first acknowledgement. New records are found with one indexed existence query (partitions
/// pruned by the batch's capture range) and written with binary COPY straight into the partitioned table; the unique
/// index (device, record id, capture instant) stays the last guard. Violations take a per-vehicle advisory lock.
/// </summary>
internal sealed class PostgresWimStore(NpgsqlConnection connection)
{
    // Advisory lock classes (two-key form, so they never meet the audit chain's one-key lock).
    private const int DeviceLockClass = 0x5749_4D44; // "WIMD"
    private const int VehicleLockClass = 0x5749_4D56; // "WIMV"

    internal const string CopyColumns =
        "\"DeviceId\",\"StationId\",\"AgencyId\",\"RecordId\",\"CapturedAtUtc\",\"BatchId\",\"Lane\",\"PlateNumber\",\"PlateColour\"," +
        "\"PlateConfidenceBp\",\"AxleCount\",\"ConfigurationCode\",\"GrossKg\",\"AxleKg\",\"SpeedKmhTenths\",\"LengthMm\",\"WidthMm\"," +
        "\"HeightMm\",\"Images\",\"Anomalies\",\"Outcome\",\"DeviceValid\",\"InvalidReasons\",\"LimitKg\",\"MeasuredOverKg\"," +
        "\"ToleranceKg\",\"EffectiveOverKg\",\"OverLimitRateBp\",\"FineFen\",\"Dimension\",\"HundredTonKing\",\"RuleVersion\"";

    public async Task<WimAcknowledgement> CommitAsync(WimPreparedBatch batch, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await WimPartitions.EnsureAsync(connection, batch.Records.Select(r => r.Row.CapturedAtUtc), ct);
        await using var tx = await connection.BeginTransactionAsync(ct);

        // One round trip: lock the devices, claim the delivery id, read the devices' cursors.
        var deviceIds = batch.Records.Select(r => r.Row.DeviceId).Concat(batch.DeviceId is { } d ? [d] : []).Distinct().Order().ToArray();
        long? claimed;
        var cursors = new Dictionary<int, DateTime>();
        await using (var start = new NpgsqlBatch(connection, tx))
        {
            var lockDevices = new NpgsqlBatchCommand($"SELECT count(pg_advisory_xact_lock({DeviceLockClass}, d)) FROM unnest(@ids) AS d");
            lockDevices.Parameters.AddWithValue("ids", deviceIds);
            var insertBatch = new NpgsqlBatchCommand(
                "INSERT INTO \"WimBatches\" (\"Sender\",\"DeliveryId\",\"DeviceId\",\"AgencyId\",\"ReceivedAtUtc\",\"Total\",\"Stored\",\"Duplicate\",\"Quarantined\",\"Hits\") " +
                "VALUES (@s,@d,@dev,@a,@at,@t,0,0,0,0) ON CONFLICT (\"Sender\",\"DeliveryId\") DO NOTHING RETURNING \"Id\"");
            insertBatch.Parameters.AddWithValue("s", batch.Sender);
            insertBatch.Parameters.AddWithValue("d", batch.DeliveryId);
            insertBatch.Parameters.AddWithValue("dev", NpgsqlDbType.Integer, (object?)batch.DeviceId ?? DBNull.Value);
            insertBatch.Parameters.AddWithValue("a", NpgsqlDbType.Integer, (object?)batch.AgencyId ?? DBNull.Value);
            insertBatch.Parameters.AddWithValue("at", batch.ReceivedAtUtc);
            insertBatch.Parameters.AddWithValue("t", batch.Total);
            var readCursors = new NpgsqlBatchCommand("SELECT \"DeviceId\", \"LastCapturedAtUtc\" FROM \"WimDeviceCursors\" WHERE \"DeviceId\" = ANY(@ids)");
            readCursors.Parameters.AddWithValue("ids", deviceIds);
            start.BatchCommands.Add(lockDevices);
            start.BatchCommands.Add(insertBatch);
            start.BatchCommands.Add(readCursors);
            await using var reader = await start.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            claimed = await reader.ReadAsync(ct) ? reader.GetInt64(0) : null;
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                cursors[reader.GetInt32(0)] = DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc);
            }
        }

        if (claimed is not { } batchId)
        {
            await tx.RollbackAsync(ct);
            return await WimReplay.ReadAsync(connection, batch.Sender, batch.DeliveryId, ct);
        }

        var fresh = await NewRecordsAsync(batch.Records, cursors, tx, ct);
        await CopyRecordsAsync(fresh, batchId, ct);
        var hits = fresh.Where(r => r.IsViolation).ToList();
        var duplicate = batch.Records.Count - fresh.Count;

        // One round trip for the rest: violations, quarantine, the batch's counts and the devices' cursors.
        await using var finish = new NpgsqlBatch(connection, tx);
        if (hits.Count > 0)
        {
            await MergeViolationsAsync(hits, batch.SameTripWindow, batch.ReceivedAtUtc, finish, tx, ct);
        }

        AddQuarantine(finish, batch, batchId);
        var counts = new NpgsqlBatchCommand("UPDATE \"WimBatches\" SET \"Stored\"=@st, \"Duplicate\"=@du, \"Quarantined\"=@q, \"Hits\"=@h WHERE \"Id\"=@id");
        counts.Parameters.AddWithValue("st", fresh.Count);
        counts.Parameters.AddWithValue("du", duplicate);
        counts.Parameters.AddWithValue("q", batch.Quarantined.Count);
        counts.Parameters.AddWithValue("h", hits.Count);
        counts.Parameters.AddWithValue("id", batchId);
        finish.BatchCommands.Add(counts);
        AddCursors(finish, fresh);
        await finish.ExecuteNonQueryAsync(ct);

        // Durable before acknowledged: COMMIT returns after the WAL is flushed (synchronous_commit on, the default).
        await tx.CommitAsync(ct);
        return new WimAcknowledgement(batchId, batch.DeliveryId, batch.Total, fresh.Count, duplicate, batch.Quarantined.Count, hits.Count,
            Replayed: false, Reports(batch.Quarantined));
    }

    internal static List<WimQuarantineReport> Reports(List<WimQuarantineDraft> quarantined) =>
        [.. quarantined.Select(q => new WimQuarantineReport(q.RowNumber, q.RecordId, q.Reasons))];

    /// <summary>
    /// The records of the batch not stored before (and each key once within the batch). A device's cursor is the latest
    /// capture instant stored for it, kept in the same transactions as its records (under the device lock): a record
    /// captured after it cannot be stored already, so only records at or before it — re-deliveries, late arrivals —
    /// are looked up in the unique index. A device without a cursor has nothing stored (the migration that added the
    /// cursors filled them from the stored records).
    /// </summary>
    private async Task<List<WimPrepared>> NewRecordsAsync(
        List<WimPrepared> records, Dictionary<int, DateTime> cursors, NpgsqlTransaction tx, CancellationToken ct)
    {
        var fresh = new List<WimPrepared>(records.Count);
        var devices = new List<int>();
        var ids = new List<string>();
        var times = new List<DateTime>();
        var min = DateTime.MaxValue;
        var max = DateTime.MinValue;
        foreach (var p in records)
        {
            var row = p.Row;
            if (cursors.TryGetValue(row.DeviceId, out var cursor) && row.CapturedAtUtc <= cursor)
            {
                devices.Add(row.DeviceId);
                ids.Add(row.RecordId);
                times.Add(row.CapturedAtUtc);
                if (row.CapturedAtUtc < min) min = row.CapturedAtUtc;
                if (row.CapturedAtUtc > max) max = row.CapturedAtUtc;
            }
        }

        var existing = new HashSet<(int, string, DateTime)>();
        if (devices.Count > 0)
        {
            await using var query = new NpgsqlCommand(
                "SELECT k.d, k.r, k.c FROM unnest(@d, @r, @c) AS k(d, r, c) WHERE EXISTS (SELECT 1 FROM \"WimRecords\" w " +
                "WHERE w.\"DeviceId\" = k.d AND w.\"RecordId\" = k.r AND w.\"CapturedAtUtc\" = k.c AND w.\"CapturedAtUtc\" BETWEEN @min AND @max)",
                connection, tx);
            query.Parameters.AddWithValue("d", devices.ToArray());
            query.Parameters.AddWithValue("r", ids.ToArray());
            query.Parameters.AddWithValue("c", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, times.ToArray());
            query.Parameters.AddWithValue("min", min);
            query.Parameters.AddWithValue("max", max);
            await using var reader = await query.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                existing.Add((reader.GetInt32(0), reader.GetString(1), DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc)));
            }
        }

        foreach (var r in records)
        {
            if (existing.Add((r.Row.DeviceId, r.Row.RecordId, r.Row.CapturedAtUtc)))
            {
                fresh.Add(r);
            }
        }

        return fresh;
    }

    /// <summary>Moves each device's cursor up to its latest newly stored capture instant.</summary>
    private static void AddCursors(NpgsqlBatch batch, List<WimPrepared> fresh)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        var latest = new Dictionary<int, DateTime>();
        foreach (var p in fresh)
        {
            if (!latest.TryGetValue(p.Row.DeviceId, out var at) || p.Row.CapturedAtUtc > at)
            {
                latest[p.Row.DeviceId] = p.Row.CapturedAtUtc;
            }
        }

        var upsert = new NpgsqlBatchCommand(
            "INSERT INTO \"WimDeviceCursors\" (\"DeviceId\", \"LastCapturedAtUtc\") SELECT * FROM unnest(@d, @c) " +
            "ON CONFLICT (\"DeviceId\") DO UPDATE SET \"LastCapturedAtUtc\" = greatest(\"WimDeviceCursors\".\"LastCapturedAtUtc\", excluded.\"LastCapturedAtUtc\")");
        upsert.Parameters.AddWithValue("d", latest.Keys.ToArray());
        upsert.Parameters.AddWithValue("c", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, latest.Values.ToArray());
        batch.BatchCommands.Add(upsert);
    }

    private async Task CopyRecordsAsync(List<WimPrepared> records, long batchId, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY \"WimRecords\" ({CopyColumns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var p in records)
        {
            var r = p.Row;
            r.BatchId = batchId;
            await writer.StartRowAsync(ct);
            WriteRow(writer, r);
        }

        await writer.CompleteAsync(ct);
    }

    /// <summary>One record's columns in <see cref="CopyColumns"/> order (shared with the benchmark's raw COPY).</summary>
    internal static void WriteRow(NpgsqlBinaryImporter writer, WimStoredRecord r)
    {
        writer.Write(r.DeviceId, NpgsqlDbType.Integer);
        writer.Write(r.StationId, NpgsqlDbType.Integer);
        writer.Write(r.AgencyId, NpgsqlDbType.Integer);
        writer.Write(r.RecordId, NpgsqlDbType.Varchar);
        writer.Write(r.CapturedAtUtc, NpgsqlDbType.TimestampTz);
        writer.Write(r.BatchId, NpgsqlDbType.Bigint);
        writer.Write(r.Lane, NpgsqlDbType.Integer);
        Nullable(writer, r.PlateNumber);
        Nullable(writer, r.PlateColour is { } colour ? (int)colour : null);
        Nullable(writer, r.PlateConfidenceBp);
        writer.Write(r.AxleCount, NpgsqlDbType.Integer);
        Nullable(writer, r.ConfigurationCode);
        writer.Write(r.GrossKg, NpgsqlDbType.Integer);
        writer.Write(r.AxleKg, NpgsqlDbType.Varchar);
        Nullable(writer, r.SpeedKmhTenths);
        Nullable(writer, r.LengthMm);
        Nullable(writer, r.WidthMm);
        Nullable(writer, r.HeightMm);
        Nullable(writer, r.Images);
        writer.Write((int)r.Anomalies, NpgsqlDbType.Integer);
        writer.Write((int)r.Outcome, NpgsqlDbType.Integer);
        writer.Write(r.DeviceValid, NpgsqlDbType.Boolean);
        writer.Write(r.InvalidReasons, NpgsqlDbType.Integer);
        Nullable(writer, r.LimitKg);
        writer.Write(r.MeasuredOverKg, NpgsqlDbType.Integer);
        writer.Write(r.ToleranceKg, NpgsqlDbType.Integer);
        writer.Write(r.EffectiveOverKg, NpgsqlDbType.Integer);
        writer.Write(r.OverLimitRateBp, NpgsqlDbType.Integer);
        writer.Write(r.FineFen, NpgsqlDbType.Bigint);
        writer.Write((int)r.Dimension, NpgsqlDbType.Integer);
        writer.Write(r.HundredTonKing, NpgsqlDbType.Boolean);
        writer.Write(r.RuleVersion, NpgsqlDbType.Varchar);
    }

    private static void Nullable(NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } v) writer.Write(v, NpgsqlDbType.Integer);
        else writer.WriteNull();
    }

    private static void Nullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is not null) writer.Write(value, NpgsqlDbType.Varchar);
        else writer.WriteNull();
    }

    /// <summary>
    /// Merges the violating records into their vehicles' violations: reads what is needed (one round trip for the
    /// locks and the vehicles' violations, one for the new ids) and adds the writes to <paramref name="writes"/>.
    /// </summary>
    private async Task MergeViolationsAsync(
        List<WimPrepared> hits, TimeSpan window, DateTime now, NpgsqlBatch writes, NpgsqlTransaction tx, CancellationToken ct)
    {
        // One vehicle's violations are decided by one transaction at a time (lock keys in order: no deadlock).
        var keys = hits.Select(h => TripMerger.VehicleLockKey(h.Plate!.Number.Value, (int)h.Plate.Colour)).Distinct().Order().ToArray();
        var vehicles = hits.Select(h => (h.Plate!.Number.Value, (int)h.Plate.Colour, h.RouteCode)).Distinct().ToArray();
        var existing = new List<OverloadViolation>();
        await using (var read = new NpgsqlBatch(connection, tx))
        {
            var lockVehicles = new NpgsqlBatchCommand($"SELECT count(pg_advisory_xact_lock({VehicleLockClass}, k)) FROM unnest(@k) AS k");
            lockVehicles.Parameters.AddWithValue("k", keys);
            var query = new NpgsqlBatchCommand(
                "SELECT v.\"Id\", v.\"AgencyId\", v.\"PlateNumber\", v.\"PlateColour\", v.\"RouteCode\", v.\"FirstCapturedAtUtc\", v.\"LastCapturedAtUtc\", " +
                "v.\"HitCount\", v.\"GoverningDeviceId\", v.\"GoverningDeviceCode\", v.\"GoverningRecordId\", v.\"GoverningCapturedAtUtc\", " +
                "v.\"EffectiveOverKg\", v.\"GrossKg\", v.\"Outcome\", v.\"FineFen\", v.\"HundredTonKing\", v.\"Status\", v.\"CreatedAtUtc\", v.\"Version\" " +
                "FROM unnest(@p, @c, @r) AS k(p, c, r) JOIN \"OverloadViolations\" v ON v.\"PlateNumber\" = k.p AND v.\"PlateColour\" = k.c AND v.\"RouteCode\" = k.r " +
                "WHERE v.\"FirstCapturedAtUtc\" <= @hi AND v.\"LastCapturedAtUtc\" >= @lo");
            query.Parameters.AddWithValue("p", vehicles.Select(v => v.Item1).ToArray());
            query.Parameters.AddWithValue("c", vehicles.Select(v => v.Item2).ToArray());
            query.Parameters.AddWithValue("r", vehicles.Select(v => v.Item3).ToArray());
            query.Parameters.AddWithValue("lo", hits.Min(h => h.Row.CapturedAtUtc) - window);
            query.Parameters.AddWithValue("hi", hits.Max(h => h.Row.CapturedAtUtc) + window);
            read.BatchCommands.Add(lockVehicles);
            read.BatchCommands.Add(query);
            await using var reader = await read.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                existing.Add(WimViolationReader.Read(reader));
            }
        }

        var plan = TripMerger.Merge(existing, hits, window, now);
        await DrawIdsAsync(plan.Created, tx, ct);
        AddCreated(writes, plan.Created);
        AddUpdated(writes, plan.Updated);

        var hitInsert = new NpgsqlBatchCommand(
            "INSERT INTO \"OverloadViolationHits\" (\"ViolationId\",\"DeviceId\",\"DeviceCode\",\"RecordId\",\"CapturedAtUtc\",\"EffectiveOverKg\",\"GrossKg\",\"Outcome\",\"FineFen\",\"TraceJson\") " +
            "SELECT * FROM unnest(@v,@d,@dc,@r,@c,@e,@g,@o,@f,@t)");
        var attached = plan.Attached;
        hitInsert.Parameters.AddWithValue("v", attached.Select(a => a.Violation.Id).ToArray());
        hitInsert.Parameters.AddWithValue("d", attached.Select(a => a.Hit.Row.DeviceId).ToArray());
        hitInsert.Parameters.AddWithValue("dc", attached.Select(a => a.Hit.DeviceCode).ToArray());
        hitInsert.Parameters.AddWithValue("r", attached.Select(a => a.Hit.Row.RecordId).ToArray());
        hitInsert.Parameters.AddWithValue("c", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, attached.Select(a => a.Hit.Row.CapturedAtUtc).ToArray());
        hitInsert.Parameters.AddWithValue("e", attached.Select(a => a.Hit.Row.EffectiveOverKg).ToArray());
        hitInsert.Parameters.AddWithValue("g", attached.Select(a => a.Hit.Row.GrossKg).ToArray());
        hitInsert.Parameters.AddWithValue("o", attached.Select(a => (int)a.Hit.Row.Outcome).ToArray());
        hitInsert.Parameters.AddWithValue("f", attached.Select(a => a.Hit.Row.FineFen).ToArray());
        hitInsert.Parameters.AddWithValue("t", attached.Select(a => a.Hit.TraceJson!).ToArray());
        writes.BatchCommands.Add(hitInsert);
    }

    /// <summary>
    /// Ids for the new violations, drawn from the identity sequence first (one round trip), so each in-memory violation
    /// knows its id without relying on the order of RETURNING.
    /// </summary>
    private async Task DrawIdsAsync(List<OverloadViolation> created, NpgsqlTransaction tx, CancellationToken ct)
    {
        if (created.Count == 0)
        {
            return;
        }

        await using var ids = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence('\"OverloadViolations\"', 'Id')) FROM generate_series(1, @n)", connection, tx);
        ids.Parameters.AddWithValue("n", created.Count);
        await using var reader = await ids.ExecuteReaderAsync(ct);
        var i = 0;
        while (await reader.ReadAsync(ct))
        {
            created[i++].Id = reader.GetInt64(0);
        }
    }

    /// <summary>New violations in one statement.</summary>
    private static void AddCreated(NpgsqlBatch writes, List<OverloadViolation> created)
    {
        if (created.Count == 0)
        {
            return;
        }

        var insert = new NpgsqlBatchCommand(
            "INSERT INTO \"OverloadViolations\" (\"Id\",\"AgencyId\",\"PlateNumber\",\"PlateColour\",\"RouteCode\",\"FirstCapturedAtUtc\",\"LastCapturedAtUtc\"," +
            "\"HitCount\",\"GoverningDeviceId\",\"GoverningDeviceCode\",\"GoverningRecordId\",\"GoverningCapturedAtUtc\",\"EffectiveOverKg\",\"GrossKg\"," +
            "\"Outcome\",\"FineFen\",\"HundredTonKing\",\"Status\",\"CreatedAtUtc\",\"Version\") " +
            "SELECT id, a, p, c, r, f, l, n, gd, gc, gr, gt, e, g, o, fine, k, s, @created, 0 " +
            "FROM unnest(@id,@a,@p,@c,@r,@f,@l,@n,@gd,@gc,@gr,@gt,@e,@g,@o,@fine,@k,@s) AS x(id, a, p, c, r, f, l, n, gd, gc, gr, gt, e, g, o, fine, k, s)");
        insert.Parameters.AddWithValue("id", created.ConvertAll(v => v.Id).ToArray());
        insert.Parameters.AddWithValue("a", created.ConvertAll(v => v.AgencyId).ToArray());
        insert.Parameters.AddWithValue("p", created.ConvertAll(v => v.PlateNumber).ToArray());
        insert.Parameters.AddWithValue("c", created.ConvertAll(v => (int)v.PlateColour).ToArray());
        insert.Parameters.AddWithValue("r", created.ConvertAll(v => v.RouteCode).ToArray());
        insert.Parameters.AddWithValue("s", created.ConvertAll(v => v.Status.ToString()).ToArray());
        insert.Parameters.AddWithValue("created", created[0].CreatedAtUtc);
        BindFindings(insert.Parameters, created);
        writes.BatchCommands.Add(insert);
    }

    /// <summary>Violations that gained hits, in one statement.</summary>
    private static void AddUpdated(NpgsqlBatch writes, HashSet<OverloadViolation> updated)
    {
        if (updated.Count == 0)
        {
            return;
        }

        var list = updated.ToList();
        var update = new NpgsqlBatchCommand(
            "UPDATE \"OverloadViolations\" v SET \"FirstCapturedAtUtc\"=x.f, \"LastCapturedAtUtc\"=x.l, \"HitCount\"=x.n, \"GoverningDeviceId\"=x.gd, " +
            "\"GoverningDeviceCode\"=x.gc, \"GoverningRecordId\"=x.gr, \"GoverningCapturedAtUtc\"=x.gt, \"EffectiveOverKg\"=x.e, \"GrossKg\"=x.g, " +
            "\"Outcome\"=x.o, \"FineFen\"=x.fine, \"HundredTonKing\"=x.k, \"Version\"=v.\"Version\"+1 " +
            "FROM unnest(@id,@f,@l,@n,@gd,@gc,@gr,@gt,@e,@g,@o,@fine,@k) AS x(id, f, l, n, gd, gc, gr, gt, e, g, o, fine, k) WHERE v.\"Id\" = x.id");
        update.Parameters.AddWithValue("id", list.ConvertAll(v => v.Id).ToArray());
        BindFindings(update.Parameters, list);
        writes.BatchCommands.Add(update);
    }

    /// <summary>The span, count and governing record's findings of each violation, as one array per column.</summary>
    private static void BindFindings(NpgsqlParameterCollection p, List<OverloadViolation> v)
    {
        p.AddWithValue("f", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, v.ConvertAll(x => x.FirstCapturedAtUtc).ToArray());
        p.AddWithValue("l", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, v.ConvertAll(x => x.LastCapturedAtUtc).ToArray());
        p.AddWithValue("n", v.ConvertAll(x => x.HitCount).ToArray());
        p.AddWithValue("gd", v.ConvertAll(x => x.GoverningDeviceId).ToArray());
        p.AddWithValue("gc", v.ConvertAll(x => x.GoverningDeviceCode).ToArray());
        p.AddWithValue("gr", v.ConvertAll(x => x.GoverningRecordId).ToArray());
        p.AddWithValue("gt", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, v.ConvertAll(x => x.GoverningCapturedAtUtc).ToArray());
        p.AddWithValue("e", v.ConvertAll(x => x.EffectiveOverKg).ToArray());
        p.AddWithValue("g", v.ConvertAll(x => x.GrossKg).ToArray());
        p.AddWithValue("o", v.ConvertAll(x => (int)x.Outcome).ToArray());
        p.AddWithValue("fine", v.ConvertAll(x => x.FineFen).ToArray());
        p.AddWithValue("k", v.ConvertAll(x => x.HundredTonKing).ToArray());
    }

    private static void AddQuarantine(NpgsqlBatch writes, WimPreparedBatch batch, long batchId)
    {
        var q = batch.Quarantined;
        if (q.Count == 0)
        {
            return;
        }

        var insert = new NpgsqlBatchCommand(
            "INSERT INTO \"WimQuarantine\" (\"BatchId\",\"DeviceId\",\"AgencyId\",\"DeviceCode\",\"RowNumber\",\"RawText\",\"Reasons\",\"ReceivedAtUtc\") " +
            "SELECT @b, d, a, dc, n, t, r, @at FROM unnest(@d,@a,@dc,@n,@t,@r) AS x(d, a, dc, n, t, r)");
        insert.Parameters.AddWithValue("b", batchId);
        insert.Parameters.AddWithValue("at", batch.ReceivedAtUtc);
        insert.Parameters.AddWithValue("d", NpgsqlDbType.Array | NpgsqlDbType.Integer, q.Select(x => (object?)x.DeviceId ?? DBNull.Value).ToArray());
        insert.Parameters.AddWithValue("a", NpgsqlDbType.Array | NpgsqlDbType.Integer, q.Select(x => (object?)x.AgencyId ?? DBNull.Value).ToArray());
        insert.Parameters.AddWithValue("dc", NpgsqlDbType.Array | NpgsqlDbType.Varchar, q.Select(x => (object?)Clip(x.DeviceCode, 64) ?? DBNull.Value).ToArray());
        insert.Parameters.AddWithValue("n", q.Select(x => x.RowNumber).ToArray());
        insert.Parameters.AddWithValue("t", q.Select(x => Clip(x.RawText, 16_000)!).ToArray());
        insert.Parameters.AddWithValue("r", q.Select(x => WimReasonsJson.Write(x.Reasons)).ToArray());
        writes.BatchCommands.Add(insert);
    }

    internal static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}

/// <summary>Reads a violation row in the column order both stores select.</summary>
internal static class WimViolationReader
{
    public static OverloadViolation Read(System.Data.Common.DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        AgencyId = r.GetInt32(1),
        PlateNumber = r.GetString(2),
        PlateColour = (PlateColour)r.GetInt32(3),
        RouteCode = r.GetString(4),
        FirstCapturedAtUtc = Utc(r.GetDateTime(5)),
        LastCapturedAtUtc = Utc(r.GetDateTime(6)),
        HitCount = r.GetInt32(7),
        GoverningDeviceId = r.GetInt32(8),
        GoverningDeviceCode = r.GetString(9),
        GoverningRecordId = r.GetString(10),
        GoverningCapturedAtUtc = Utc(r.GetDateTime(11)),
        EffectiveOverKg = r.GetInt32(12),
        GrossKg = r.GetInt32(13),
        Outcome = (Enforcement.Domain.Overload.OverloadOutcome)r.GetInt32(14),
        FineFen = r.GetInt64(15),
        HundredTonKing = r.GetBoolean(16),
        Status = Enum.Parse<OverloadViolationStatus>(r.GetString(17)),
        CreatedAtUtc = Utc(r.GetDateTime(18)),
        Version = r.GetInt32(19),
    };

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}

/// <summary>The binary COPY row format of <c>WimRecords</c> (for tools that load records the same way, e.g. the benchmark's baseline).</summary>
public static class WimRecordCopy
{
    public static string Columns => PostgresWimStore.CopyColumns;

    public static void Write(NpgsqlBinaryImporter writer, WimStoredRecord row) => PostgresWimStore.WriteRow(writer, row);
}
