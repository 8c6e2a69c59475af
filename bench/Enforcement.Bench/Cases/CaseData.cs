using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Bench.Cases;

/// <summary>Bulk-loads realistic case rows (and their history) with binary COPY: the database the benchmark reads.</summary>
internal static class CaseData
{
    private static readonly string[] Titles = ["未取得道路运输经营许可擅自从事货物运输", "车辆违法超限运输", "不按规定维护和检测运输车辆", "车辆装载物遗洒污染路面", "客运车辆未按核定线路运行"];
    private static readonly string[] Items = ["DL-YZ-001", "GL-LZ-002", "DL-YZ-018", "GL-LZ-010", "DL-YZ-002"];
    private static readonly int[] TwoHandlers = [1, 2];
    private static readonly (int From, int To, int Action)[] RegistrationHistory = [(1, 2, 1), (2, 3, 2)];

    public static async Task<int> LoadCasesAsync(NpgsqlDataSource db, IReadOnlyList<int> agencies, int count)
    {
        var random = new Random(2026);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = (int)(await db.CreateCommand("""SELECT COALESCE(MAX("Id"), 0) FROM "Cases" """).ExecuteScalarAsync())! + 1;
        await using (var connection = await db.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync(
            """COPY "Cases" ("Id", "AgencyId", "Number", "Procedure", "Status", "Source", "Title", "ItemCode", "ItemVersion", "PartyKind", "RegionCode", "ViolationOn", "FiveYearLimitation", "DiscoveredOn", "SubmittedOn", "RegisteredOn", "HandlerIds", "RecusedIds", "LegalReviewRequired", "CollectiveDiscussionRequired", "ProposedKinds", "HearingRight", "DefenceWaived", "HearingWaived", "DecisionExtensionDays", "DecidedKinds", "ElectronicServiceConsent", "Version") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < count; i++)
            {
                var id = first + i;
                var agency = agencies[i % agencies.Count];
                var registered = today.AddDays(-random.Next(1, 700));
                var kind = random.Next(Titles.Length);
                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlDbType.Integer);
                await writer.WriteAsync(agency, NpgsqlDbType.Integer);
                await writer.WriteAsync($"BENCH〔{registered.Year}〕{id}号", NpgsqlDbType.Varchar);
                await writer.WriteAsync(2, NpgsqlDbType.Integer);
                await writer.WriteAsync(3 + random.Next(0, 16), NpgsqlDbType.Integer);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(Titles[kind], NpgsqlDbType.Varchar);
                await writer.WriteAsync(Items[kind], NpgsqlDbType.Varchar);
                await writer.WriteAsync(2, NpgsqlDbType.Integer);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync("632521", NpgsqlDbType.Varchar);
                await writer.WriteAsync(registered.AddDays(-3), NpgsqlDbType.Date);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(registered.AddDays(-2), NpgsqlDbType.Date);
                await writer.WriteAsync(registered.AddDays(-1), NpgsqlDbType.Date);
                await writer.WriteAsync(registered, NpgsqlDbType.Date);
                await writer.WriteAsync(TwoHandlers, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await writer.WriteAsync(Array.Empty<int>(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync();
        }
        await using (var connection = await db.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync(
            """COPY "CaseHistory" ("CaseId", "From", "To", "Action", "ActorUserName", "AtUtc", "On") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < count; i++)
            {
                foreach (var (from, to, action) in RegistrationHistory)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(first + i, NpgsqlDbType.Integer);
                    await writer.WriteAsync(from, NpgsqlDbType.Integer);
                    await writer.WriteAsync(to, NpgsqlDbType.Integer);
                    await writer.WriteAsync(action, NpgsqlDbType.Integer);
                    await writer.WriteAsync("bench", NpgsqlDbType.Varchar);
                    await writer.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync(today, NpgsqlDbType.Date);
                }
            }
            await writer.CompleteAsync();
        }
        await db.CreateCommand("""SELECT setval(pg_get_serial_sequence('"Cases"', 'Id'), (SELECT MAX("Id") FROM "Cases"))""").ExecuteNonQueryAsync();
        await db.CreateCommand("ANALYZE").ExecuteNonQueryAsync();
        return first;
    }
}
