using Enforcement.Data;
using Enforcement.Domain.Audit;
using Enforcement.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Audit;

internal sealed record AuditPage(long Total, int Page, int PageSize, IReadOnlyList<AuditEntry> Items);

/// <summary>Reading and verifying the audit chain: the audit administrator only (三员分立).</summary>
internal static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services;

    public static async Task<AuditPage> PageAsync(EnforcementDbContext db, int page, int pageSize, string? user, string? action)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user)) query = query.Where(e => e.UserName == user.Trim());
        if (!string.IsNullOrWhiteSpace(action)) query = query.Where(e => e.Action == action.Trim());
        var total = await query.LongCountAsync();
        var items = await query.OrderByDescending(e => e.Sequence).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync();
        return new AuditPage(total, page, pageSize, items);
    }

    /// <summary>Streams the whole chain in order (no full load into memory) and reports the first broken link.</summary>
    public static AuditVerification Verify(EnforcementDbContext db) =>
        AuditChain.Verify(db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable());

    public static WebApplication MapAudit(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/audit").WithTags("审计").RequireAuthorization(Policies.AuditAdmin);
        api.MapGet("", async (int? page, int? pageSize, string? user, string? action, EnforcementDbContext db) =>
            Results.Ok(await PageAsync(db, page ?? 1, Math.Clamp(pageSize ?? 50, 1, 500), user, action))).WithSummary("审计日志（只读）");
        api.MapGet("/verify", (EnforcementDbContext db) => Results.Ok(Verify(db))).WithSummary("校验哈希链，报告第一处断链");
        return app;
    }
}
