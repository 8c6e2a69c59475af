using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Data.Sqlite;

/// <summary>The embedded default: one file under the data directory. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteEnforcementDbContext(DbContextOptions<SqliteEnforcementDbContext> options, IRequestContext? request = null)
    : EnforcementDbContext(options, request);

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEnforcementDbContext>
{
    public SqliteEnforcementDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEnforcementDbContext>().UseSqlite("Data Source=design.db").Options);
}
