using Enforcement.Domain.Agencies;

namespace Enforcement.Data;

/// <summary>
/// Who is acting and what they may see. The web host supplies one per request from the signed-in user; the
/// command line and start-up seeding use <see cref="SystemRequestContext"/>.
/// </summary>
public interface IRequestContext
{
    DataScope Scope { get; }
    AuditActor Actor { get; }
}

/// <summary>The actor written into audit entries.</summary>
public sealed record AuditActor(string? UserId, string? UserName, int? AgencyId, string? ClientAddress)
{
    public static AuditActor System { get; } = new(null, "system", null, null);
}

/// <summary>The platform itself: unrestricted scope, audited as "system".</summary>
public sealed class SystemRequestContext : IRequestContext
{
    public static SystemRequestContext Instance { get; } = new();
    public DataScope Scope => DataScope.Everything;
    public AuditActor Actor => AuditActor.System;
}
