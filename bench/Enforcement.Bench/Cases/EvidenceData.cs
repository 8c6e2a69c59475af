using Npgsql;

namespace Enforcement.Bench.Cases;

/// <summary>Evidence rows for the benchmark database: filled in once the evidence tables exist.</summary>
internal static class EvidenceData
{
    public static async Task<int> LoadAsync(NpgsqlDataSource db, int count)
    {
        var exists = (bool)(await db.CreateCommand("""SELECT to_regclass('"EvidenceItems"') IS NOT NULL""").ExecuteScalarAsync())!;
        if (!exists || count == 0) return 0;
        throw new NotSupportedException("evidence loading is added with the evidence tables");
    }
}
