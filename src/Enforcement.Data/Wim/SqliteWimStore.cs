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
                return await ReplayAsync(batch.Sender, batch.DeliveryId, ct);
            }

            batchId = (long)id;
        }

        var fresh = InsertRecords(batch.Records, batchId, tx);
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

    private SqliteCommand Command(SqliteTransaction tx, string sql) => new(sql, connection, tx);

    private List<WimPrepared> InsertRecords(List<WimPrepared> records, long batchId, SqliteTransaction tx)
    {
        var fresh = new List<WimPrepared>(records.Count);
        if (records.Count == 0)
        {
            return fresh;
        }

        using var insert = Command(tx,
            $"INSERT INTO WimRecords ({string.Join(',', RecordColumns)}) VALUES ({string.Join(',', RecordColumns.Select((_, i) => "$p" + i))}) " +
            "ON CONFLICT DO NOTHING");
        var p = new SqliteParameter[RecordColumns.Length];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = insert.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        insert.Prepare();
        foreach (var record in records)
        {
            var r = record.Row;
            r.BatchId = batchId;
            p[0].Value = r.DeviceId;
            p[1].Value = r.StationId;
            p[2].Value = r.AgencyId;
            p[3].Value = r.RecordId;
            p[4].Value = r.CapturedAtUtc;
            p[5].Value = r.BatchId;
            p[6].Value = r.Lane;
            p[7].Value = (object?)r.PlateNumber ?? DBNull.Value;
            p[8].Value = r.PlateColour is { } colour ? (int)colour : DBNull.Value;
            p[9].Value = (object?)r.PlateConfidenceBp ?? DBNull.Value;
            p[10].Value = r.AxleCount;
            p[11].Value = (object?)r.ConfigurationCode ?? DBNull.Value;
            p[12].Value = r.GrossKg;
            p[13].Value = r.AxleKg;
            p[14].Value = (object?)r.SpeedKmhTenths ?? DBNull.Value;
            p[15].Value = (object?)r.LengthMm ?? DBNull.Value;
            p[16].Value = (object?)r.WidthMm ?? DBNull.Value;
            p[17].Value = (object?)r.HeightMm ?? DBNull.Value;
            p[18].Value = (object?)r.Images ?? DBNull.Value;
            p[19].Value = (int)r.Anomalies;
            p[20].Value = (int)r.Outcome;
            p[21].Value = r.DeviceValid;
            p[22].Value = r.InvalidReasons;
            p[23].Value = (object?)r.LimitKg ?? DBNull.Value;
            p[24].Value = r.MeasuredOverKg;
            p[25].Value = r.ToleranceKg;
            p[26].Value = r.EffectiveOverKg;
            p[27].Value = r.OverLimitRateBp;
            p[28].Value = r.FineFen;
            p[29].Value = (int)r.Dimension;
            p[30].Value = r.HundredTonKing;
            p[31].Value = r.RuleVersion;
            if (insert.ExecuteNonQuery() == 1)
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
        foreach (var v in plan.Created)
        {
            using var insert = Command(tx,
                "INSERT INTO OverloadViolations (AgencyId, PlateNumber, PlateColour, RouteCode, FirstCapturedAtUtc, LastCapturedAtUtc, HitCount, " +
                "GoverningDeviceId, GoverningDeviceCode, GoverningRecordId, GoverningCapturedAtUtc, EffectiveOverKg, GrossKg, Outcome, FineFen, " +
                "HundredTonKing, Status, CreatedAtUtc, Version) VALUES ($a, $p, $c, $r, $f, $l, $n, $gd, $gc, $gr, $gt, $e, $g, $o, $fine, $k, $s, " +
                "$created, 0) RETURNING Id");
            Bind(insert, v);
            insert.Parameters.AddWithValue("$a", v.AgencyId);
            insert.Parameters.AddWithValue("$p", v.PlateNumber);
            insert.Parameters.AddWithValue("$c", (int)v.PlateColour);
            insert.Parameters.AddWithValue("$r", v.RouteCode);
            insert.Parameters.AddWithValue("$s", v.Status.ToString());
            insert.Parameters.AddWithValue("$created", v.CreatedAtUtc);
            v.Id = (long)insert.ExecuteScalar()!;
        }

        foreach (var v in plan.Updated)
        {
            using var update = Command(tx,
                "UPDATE OverloadViolations SET FirstCapturedAtUtc=$f, LastCapturedAtUtc=$l, HitCount=$n, GoverningDeviceId=$gd, GoverningDeviceCode=$gc, " +
                "GoverningRecordId=$gr, GoverningCapturedAtUtc=$gt, EffectiveOverKg=$e, GrossKg=$g, Outcome=$o, FineFen=$fine, HundredTonKing=$k, " +
                "Version=Version+1 WHERE Id=$id");
            Bind(update, v);
            update.Parameters.AddWithValue("$id", v.Id);
            update.ExecuteNonQuery();
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

    private static void Bind(SqliteCommand command, OverloadViolation v)
    {
        command.Parameters.AddWithValue("$f", v.FirstCapturedAtUtc);
        command.Parameters.AddWithValue("$l", v.LastCapturedAtUtc);
        command.Parameters.AddWithValue("$n", v.HitCount);
        command.Parameters.AddWithValue("$gd", v.GoverningDeviceId);
        command.Parameters.AddWithValue("$gc", v.GoverningDeviceCode);
        command.Parameters.AddWithValue("$gr", v.GoverningRecordId);
        command.Parameters.AddWithValue("$gt", v.GoverningCapturedAtUtc);
        command.Parameters.AddWithValue("$e", v.EffectiveOverKg);
        command.Parameters.AddWithValue("$g", v.GrossKg);
        command.Parameters.AddWithValue("$o", (int)v.Outcome);
        command.Parameters.AddWithValue("$fine", v.FineFen);
        command.Parameters.AddWithValue("$k", v.HundredTonKing);
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

    private async Task<WimAcknowledgement> ReplayAsync(string sender, string deliveryId, CancellationToken ct)
    {
        await using var query = new SqliteCommand(
            "SELECT Id, Total, Stored, Duplicate, Quarantined, Hits FROM WimBatches WHERE Sender=$s AND DeliveryId=$d", connection);
        query.Parameters.AddWithValue("$s", sender);
        query.Parameters.AddWithValue("$d", deliveryId);
        long id;
        int total, stored, duplicate, quarantined, hits;
        await using (var reader = await query.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                throw new InvalidOperationException($"Batch {sender}/{deliveryId} conflicted but cannot be read.");
            }

            (id, total, stored, duplicate, quarantined, hits) =
                (reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
        }

        var reports = new List<WimQuarantineReport>();
        await using var rows = new SqliteCommand("SELECT RowNumber, Reasons FROM WimQuarantine WHERE BatchId=$b ORDER BY RowNumber", connection);
        rows.Parameters.AddWithValue("$b", id);
        await using (var reader = await rows.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                reports.Add(new WimQuarantineReport(reader.GetInt32(0), null, WimReasonsJson.Read(reader.GetString(1))));
            }
        }

        return new WimAcknowledgement(id, deliveryId, total, stored, duplicate, quarantined, hits, Replayed: true, reports);
    }
}
