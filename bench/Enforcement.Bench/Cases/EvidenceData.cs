using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Bench.Cases;

/// <summary>Evidence metadata rows for the benchmark database, spread over the cases (about ten per case).</summary>
internal static class EvidenceData
{
    public static async Task<int> LoadAsync(NpgsqlDataSource db, int count)
    {
        if (count == 0) return 0;
        var cases = new List<(int Id, int Agency)>();
        await using (var reader = await db.CreateCommand("""SELECT "Id", "AgencyId" FROM "Cases" ORDER BY "Id" """).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) cases.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var connection = await db.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            """COPY "EvidenceItems" ("CaseId", "AgencyId", "Type", "Title", "CollectedOn", "FileSha256", "FileName", "ContentType", "SizeBytes", "IsAudioVisualRecord", "RecordedAtUtc", "Version") FROM STDIN (FORMAT BINARY)""");
        for (var i = 0; i < count; i++)
        {
            var (caseId, agency) = cases[i % cases.Count];
            var photo = i % 3 != 0;
            await writer.StartRowAsync();
            await writer.WriteAsync(caseId, NpgsqlDbType.Integer);
            await writer.WriteAsync(agency, NpgsqlDbType.Integer);
            await writer.WriteAsync(photo ? 3 : 4, NpgsqlDbType.Integer);
            await writer.WriteAsync(photo ? "现场照片" : "执法记录仪视频", NpgsqlDbType.Varchar);
            await writer.WriteAsync(today.AddDays(-(i % 600)), NpgsqlDbType.Date);
            await writer.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))), NpgsqlDbType.Varchar);
            await writer.WriteAsync(photo ? "photo.jpg" : "video.mp4", NpgsqlDbType.Varchar);
            await writer.WriteAsync(photo ? "image/jpeg" : "video/mp4", NpgsqlDbType.Varchar);
            await writer.WriteAsync(photo ? 2_400_000L : 180_000_000L, NpgsqlDbType.Bigint);
            await writer.WriteAsync(!photo, NpgsqlDbType.Boolean);
            await writer.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(0, NpgsqlDbType.Integer);
        }
        await writer.CompleteAsync();
        await connection.CloseAsync();
        await db.CreateCommand("""ANALYZE "EvidenceItems" """).ExecuteNonQueryAsync();
        return count;
    }
}
