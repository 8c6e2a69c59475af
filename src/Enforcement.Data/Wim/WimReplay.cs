using System.Data.Common;

namespace Enforcement.Data.Wim;

/// <summary>
/// The acknowledgement of a batch already stored, read back for its re-delivery: the same counts and quarantine
/// reports as the first time, nothing written. One query text serves both providers (quoted names, @ parameters).
/// </summary>
internal static class WimReplay
{
    public static async Task<WimAcknowledgement> ReadAsync(DbConnection connection, string sender, string deliveryId, CancellationToken ct) =>
        await TryReadAsync(connection, sender, deliveryId, ct)
        ?? throw new InvalidOperationException($"Batch {sender}/{deliveryId} conflicted but cannot be read.");

    /// <summary>The stored acknowledgement of the delivery, or null when it was never stored.</summary>
    public static async Task<WimAcknowledgement?> TryReadAsync(DbConnection connection, string sender, string deliveryId, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT \"Id\",\"Total\",\"Stored\",\"Duplicate\",\"Quarantined\",\"Hits\" FROM \"WimBatches\" WHERE \"Sender\"=@s AND \"DeliveryId\"=@d";
        Add(query, "@s", sender);
        Add(query, "@d", deliveryId);
        long id;
        int total, stored, duplicate, quarantined, hits;
        await using (var reader = await query.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            (id, total, stored, duplicate, quarantined, hits) =
                (reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
        }

        var reports = new List<WimQuarantineReport>();
        await using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT \"RowNumber\",\"Reasons\" FROM \"WimQuarantine\" WHERE \"BatchId\"=@b ORDER BY \"RowNumber\"";
        Add(rows, "@b", id);
        await using (var reader = await rows.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                reports.Add(new WimQuarantineReport(reader.GetInt32(0), null, WimReasonsJson.Read(reader.GetString(1))));
            }
        }

        return new WimAcknowledgement(id, deliveryId, total, stored, duplicate, quarantined, hits, Replayed: true, reports);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
