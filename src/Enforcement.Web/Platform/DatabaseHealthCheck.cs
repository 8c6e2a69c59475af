using Enforcement.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Enforcement.Web.Platform;

/// <summary>/healthz is healthy only when the database answers a real query.</summary>
internal sealed class DatabaseHealthCheck(EnforcementDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var agencies = await db.Agencies.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"database answers ({agencies} agencies)");
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("database does not answer", e);
        }
    }
}
