using Enforcement.Data.Wim;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Data.Sqlite;

/// <summary>The embedded default: one file under the data directory. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteEnforcementDbContext(DbContextOptions<SqliteEnforcementDbContext> options, IRequestContext? request = null)
    : EnforcementDbContext(options, request)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The capture-time index of the records is a BRIN index on PostgreSQL (cheap, and it prunes month partitions).
        // SQLite has no BRIN: it would be a third B-tree written for every record, and no query on SQLite reads records
        // by capture time alone (they are found by their unique key or, for the statistics, by Seq, the rowid).
        var records = builder.Entity<WimStoredRecord>().Metadata;
        records.RemoveIndex(records.FindIndex(records.FindProperty(nameof(WimStoredRecord.CapturedAtUtc))!)!);
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEnforcementDbContext>
{
    public SqliteEnforcementDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEnforcementDbContext>().UseSqlite("Data Source=design.db").Options);
}
