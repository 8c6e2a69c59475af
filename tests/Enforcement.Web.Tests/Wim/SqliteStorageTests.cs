using Enforcement.Data.Sqlite;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Tests.Wim;

/// <summary>How the embedded database is laid out for bulk record ingest.</summary>
public sealed class SqliteStorageTests
{
    [Fact]
    public async Task NewDatabase_Has16KiBPages_WalJournal_AndOnlyTheRecordsUniqueKeyBesideTheRowid()
    {
        using var database = TestDatabase.Create("Sqlite");
        var builder = new DbContextOptionsBuilder<SqliteEnforcementDbContext>();
        SqliteJournal.Use(builder.UseSqlite(database.ConnectionString), SqliteSynchronous.Full);
        await using (var db = new SqliteEnforcementDbContext(builder.Options))
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(16384L, await ScalarAsync(connection, "PRAGMA page_size"));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        var indexes = new List<string>();
        await using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'WimRecords' AND sql IS NOT NULL", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) indexes.Add(reader.GetString(0));
        }

        // The capture-time index (BRIN on PostgreSQL) would be a third B-tree per record on SQLite, which no query reads.
        Assert.Equal(["IX_WimRecords_DeviceId_RecordId_CapturedAtUtc"], indexes);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task ExistingDatabase_KeepsItsPageSize_WhenOpenedAgain()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using (var plain = new SqliteConnection(database.ConnectionString))
        {
            await plain.OpenAsync();
            await using var create = new SqliteCommand("CREATE TABLE t (x INTEGER); PRAGMA journal_mode=WAL;", plain);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new DbContextOptionsBuilder<SqliteEnforcementDbContext>();
        SqliteJournal.Use(builder.UseSqlite(database.ConnectionString), SqliteSynchronous.Normal);
        await using (var db = new SqliteEnforcementDbContext(builder.Options))
        {
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            Assert.Equal(4096L, await ScalarAsync(connection, "PRAGMA page_size"));
            Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name = 't'"));
        }

        SqliteConnection.ClearAllPools();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
