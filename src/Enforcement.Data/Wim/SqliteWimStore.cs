using Microsoft.Data.Sqlite;

namespace Enforcement.Data.Wim;

/// <summary>
/// Writes a delivery to SQLite in one write transaction (BEGIN IMMEDIATE: SQLite has one writer at a time, so
/// deliveries and vehicles are serialised without further locks) with prepared statements; a record already stored
/// is skipped by the unique index (device, record id, capture instant). Same behaviour as the PostgreSQL store.
/// </summary>
internal sealed class SqliteWimStore(SqliteConnection connection)
{
    private static readonly string[] RecordColumns = PostgresWimStore.CopyColumns.Replace("\"", "", StringComparison.Ordinal).Split(',');

    public async Task<WimAcknowledgement> CommitAsync(WimPreparedBatch batch, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        // A delivery dirties a few megabytes of pages (the records, their key index, the violations' indexes). SQLite's
        // default cache (2 MB) is smaller: it spilled pages to the log in mid-transaction and read them back, writing
        // the same pages twice. The cache is per connection and fills only as pages are used. Statement journals (the
        // violation and hit writes check foreign keys, so each keeps the prior content of the pages it changes) stay
        // in memory: past 64 KiB — four 16 KiB pages, i.e. every such statement — SQLite moves them to a temporary
        // file, which was more than half of all the write calls of an ingest.
        await using (var pragmas = Command(null, $"PRAGMA cache_size=-{IngestCacheKib}; PRAGMA temp_store=MEMORY;"))
        {
            await pragmas.ExecuteNonQueryAsync(ct);
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        long batchId;
        await using (var insertBatch = Command(tx,
            "INSERT INTO WimBatches (Sender, DeliveryId, DeviceId, AgencyId, ReceivedAtUtc, Total, Stored, Duplicate, Quarantined, Hits) " +
            "VALUES ($s, $d, $dev, $a, $at, $t, 0, 0, 0, 0) ON CONFLICT (Sender, DeliveryId) DO NOTHING RETURNING Id"))
        {
            insertBatch.Parameters.AddWithValue("$s", batch.Sender);
            insertBatch.Parameters.AddWithValue("$d", batch.DeliveryId);
            insertBatch.Parameters.AddWithValue("$dev", (object?)batch.DeviceId ?? DBNull.Value);
            insertBatch.Parameters.AddWithValue("$a", (object?)batch.AgencyId ?? DBNull.Value);
            insertBatch.Parameters.AddWithValue("$at", batch.ReceivedAtUtc);
            insertBatch.Parameters.AddWithValue("$t", batch.Total);
            var id = await insertBatch.ExecuteScalarAsync(ct);
            if (id is null)
            {
                await tx.RollbackAsync(ct);
                return await WimReplay.ReadAsync(connection, batch.Sender, batch.DeliveryId, ct);
            }

            batchId = (long)id;
        }

        var fresh = InsertRecords(batch.Records, batchId);
        var hits = fresh.Where(r => r.IsViolation).ToList();
        if (hits.Count > 0)
        {
            MergeViolations(hits, batch.SameTripWindow, batch.ReceivedAtUtc, tx);
        }

        InsertQuarantine(batch, batchId, tx);
        var duplicate = batch.Records.Count - fresh.Count;
        await using (var counts = Command(tx, "UPDATE WimBatches SET Stored=$st, Duplicate=$du, Quarantined=$q, Hits=$h WHERE Id=$id"))
        {
            counts.Parameters.AddWithValue("$st", fresh.Count);
            counts.Parameters.AddWithValue("$du", duplicate);
            counts.Parameters.AddWithValue("$q", batch.Quarantined.Count);
            counts.Parameters.AddWithValue("$h", hits.Count);
            counts.Parameters.AddWithValue("$id", batchId);
            await counts.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return new WimAcknowledgement(batchId, batch.DeliveryId, batch.Total, fresh.Count, duplicate, batch.Quarantined.Count, hits.Count,
            Replayed: false, PostgresWimStore.Reports(batch.Quarantined));
    }

    /// <summary>Page cache of a connection that stores deliveries, in KiB.</summary>
    private const int IngestCacheKib = 32 * 1024;

    private SqliteCommand Command(SqliteTransaction? tx, string sql) => new(sql, connection, tx);

    private List<WimPrepared> InsertRecords(List<WimPrepared> records, long batchId)
    {
        var fresh = new List<WimPrepared>(records.Count);
        if (records.Count == 0)
        {
            return fresh;
        }

        using var insert = new SqliteRecordInsert(connection, RecordColumns);
        foreach (var record in records)
        {
            record.Row.BatchId = batchId;
            if (insert.Insert(record.Row))
            {
                fresh.Add(record);
            }
        }

        return fresh;
    }

    private void MergeViolations(List<WimPrepared> hits, TimeSpan window, DateTime now, SqliteTransaction tx)
    {
        var existing = new List<OverloadViolation>();
        using (var query = Command(tx,
            "SELECT Id, AgencyId, PlateNumber, PlateColour, RouteCode, FirstCapturedAtUtc, LastCapturedAtUtc, HitCount, GoverningDeviceId, " +
            "GoverningDeviceCode, GoverningRecordId, GoverningCapturedAtUtc, EffectiveOverKg, GrossKg, Outcome, FineFen, HundredTonKing, Status, " +
            "CreatedAtUtc, Version FROM OverloadViolations WHERE PlateNumber=$p AND PlateColour=$c AND RouteCode=$r " +
            "AND FirstCapturedAtUtc <= $hi AND LastCapturedAtUtc >= $lo"))
        {
            var p = query.Parameters.Add(new SqliteParameter("$p", null));
            var c = query.Parameters.Add(new SqliteParameter("$c", null));
            var r = query.Parameters.Add(new SqliteParameter("$r", null));
            var lo = query.Parameters.Add(new SqliteParameter("$lo", null));
            var hi = query.Parameters.Add(new SqliteParameter("$hi", null));
            query.Prepare();
            foreach (var vehicle in hits.GroupBy(h => (h.Plate!.Number.Value, (int)h.Plate.Colour, h.RouteCode)))
            {
                p.Value = vehicle.Key.Item1;
                c.Value = vehicle.Key.Item2;
                r.Value = vehicle.Key.Item3;
                lo.Value = vehicle.Min(h => h.Row.CapturedAtUtc) - window;
                hi.Value = vehicle.Max(h => h.Row.CapturedAtUtc) + window;
                using var reader = query.ExecuteReader();
                while (reader.Read())
                {
                    existing.Add(WimViolationReader.Read(reader));
                }
            }
        }

        var plan = TripMerger.Merge(existing, hits, window, now);

        // One prepared statement per kind of write, its parameters re-bound per violation (a new command per
        // violation would parse the SQL again every time).
        if (plan.Created.Count > 0)
        {
            using var insert = Command(tx,
                "INSERT INTO OverloadViolations (AgencyId, PlateNumber, PlateColour, RouteCode, FirstCapturedAtUtc, LastCapturedAtUtc, HitCount, " +
                "GoverningDeviceId, GoverningDeviceCode, GoverningRecordId, GoverningCapturedAtUtc, EffectiveOverKg, GrossKg, Outcome, FineFen, " +
                "HundredTonKing, Status, CreatedAtUtc, Version) VALUES ($a, $p, $c, $r, $f, $l, $n, $gd, $gc, $gr, $gt, $e, $g, $o, $fine, $k, $s, " +
                "$created, 0) RETURNING Id");
            var findings = Findings(insert);
            var a = insert.Parameters.Add(new SqliteParameter("$a", null));
            var p = insert.Parameters.Add(new SqliteParameter("$p", null));
            var c = insert.Parameters.Add(new SqliteParameter("$c", null));
            var r = insert.Parameters.Add(new SqliteParameter("$r", null));
            var status = insert.Parameters.Add(new SqliteParameter("$s", null));
            var created = insert.Parameters.Add(new SqliteParameter("$created", null));
            insert.Prepare();
            foreach (var v in plan.Created)
            {
                Bind(findings, v);
                a.Value = v.AgencyId;
                p.Value = v.PlateNumber;
                c.Value = (int)v.PlateColour;
                r.Value = v.RouteCode;
                status.Value = v.Status.ToString();
                created.Value = v.CreatedAtUtc;
                v.Id = (long)insert.ExecuteScalar()!;
            }
        }

        if (plan.Updated.Count > 0)
        {
            using var update = Command(tx,
                "UPDATE OverloadViolations SET FirstCapturedAtUtc=$f, LastCapturedAtUtc=$l, HitCount=$n, GoverningDeviceId=$gd, GoverningDeviceCode=$gc, " +
                "GoverningRecordId=$gr, GoverningCapturedAtUtc=$gt, EffectiveOverKg=$e, GrossKg=$g, Outcome=$o, FineFen=$fine, HundredTonKing=$k, " +
                "Version=Version+1 WHERE Id=$id");
            var findings = Findings(update);
            var id = update.Parameters.Add(new SqliteParameter("$id", null));
            update.Prepare();
            foreach (var v in plan.Updated)
            {
                Bind(findings, v);
                id.Value = v.Id;
                update.ExecuteNonQuery();
            }
        }

        using var hit = Command(tx,
            "INSERT INTO OverloadViolationHits (ViolationId, DeviceId, DeviceCode, RecordId, CapturedAtUtc, EffectiveOverKg, GrossKg, Outcome, FineFen, TraceJson) " +
            "VALUES ($v, $d, $dc, $r, $c, $e, $g, $o, $f, $t)");
        var names = new[] { "$v", "$d", "$dc", "$r", "$c", "$e", "$g", "$o", "$f", "$t" };
        var ps = names.Select(n => hit.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        hit.Prepare();
        foreach (var (violation, h) in plan.Attached)
        {
            ps[0].Value = violation.Id;
            ps[1].Value = h.Row.DeviceId;
            ps[2].Value = h.DeviceCode;
            ps[3].Value = h.Row.RecordId;
            ps[4].Value = h.Row.CapturedAtUtc;
            ps[5].Value = h.Row.EffectiveOverKg;
            ps[6].Value = h.Row.GrossKg;
            ps[7].Value = (int)h.Row.Outcome;
            ps[8].Value = h.Row.FineFen;
            ps[9].Value = h.TraceJson!;
            hit.ExecuteNonQuery();
        }
    }

    private static readonly string[] FindingNames = ["$f", "$l", "$n", "$gd", "$gc", "$gr", "$gt", "$e", "$g", "$o", "$fine", "$k"];

    private static SqliteParameter[] Findings(SqliteCommand command) =>
        [.. FindingNames.Select(n => command.Parameters.Add(new SqliteParameter(n, null)))];

    /// <summary>The span, count and governing record's findings of a violation, in <see cref="FindingNames"/> order.</summary>
    private static void Bind(SqliteParameter[] p, OverloadViolation v)
    {
        p[0].Value = v.FirstCapturedAtUtc;
        p[1].Value = v.LastCapturedAtUtc;
        p[2].Value = v.HitCount;
        p[3].Value = v.GoverningDeviceId;
        p[4].Value = v.GoverningDeviceCode;
        p[5].Value = v.GoverningRecordId;
        p[6].Value = v.GoverningCapturedAtUtc;
        p[7].Value = v.EffectiveOverKg;
        p[8].Value = v.GrossKg;
        p[9].Value = (int)v.Outcome;
        p[10].Value = v.FineFen;
        p[11].Value = v.HundredTonKing;
    }

    private void InsertQuarantine(WimPreparedBatch batch, long batchId, SqliteTransaction tx)
    {
        if (batch.Quarantined.Count == 0)
        {
            return;
        }

        using var insert = Command(tx,
            "INSERT INTO WimQuarantine (BatchId, DeviceId, AgencyId, DeviceCode, RowNumber, RawText, Reasons, ReceivedAtUtc) " +
            "VALUES ($b, $d, $a, $dc, $n, $t, $r, $at)");
        var names = new[] { "$b", "$d", "$a", "$dc", "$n", "$t", "$r", "$at" };
        var ps = names.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        insert.Prepare();
        foreach (var q in batch.Quarantined)
        {
            ps[0].Value = batchId;
            ps[1].Value = (object?)q.DeviceId ?? DBNull.Value;
            ps[2].Value = (object?)q.AgencyId ?? DBNull.Value;
            ps[3].Value = (object?)PostgresWimStore.Clip(q.DeviceCode, 64) ?? DBNull.Value;
            ps[4].Value = q.RowNumber;
            ps[5].Value = PostgresWimStore.Clip(q.RawText, 16_000);
            ps[6].Value = WimReasonsJson.Write(q.Reasons);
            ps[7].Value = batch.ReceivedAtUtc;
            insert.ExecuteNonQuery();
        }
    }
}
