using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Data.Postgres;

/// <summary>The production database. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresEnforcementDbContext(DbContextOptions<PostgresEnforcementDbContext> options, IRequestContext? request = null)
    : EnforcementDbContext(options, request)
{
    // Any constant works as long as every writer of the audit chain uses the same one; this spells "AUDT".
    private const long AuditChainLockKey = 0x41554454;

    protected override async Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEnforcementDbContext>
{
    public PostgresEnforcementDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresEnforcementDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
