using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Domain.Accounts;
using Enforcement.Domain.Agencies;

namespace Enforcement.Web.Platform;

/// <summary>
/// The caller of this request: their data scope (computed once, lazily) and who to write into audit entries.
/// Administrators get no business scope at all (三员分立: no business access).
/// </summary>
internal sealed class HttpRequestContext(IHttpContextAccessor accessor, AgencyTreeCache trees) : IRequestContext
{
    private DataScope? _scope;
    private ClaimsPrincipal? _circuitUser;

    public DataScope Scope => _scope ??= ComputeScope();

    /// <summary>
    /// A live (interactive server) component has no request of its own: it acts for the user of its circuit, in a
    /// service scope of its own, and says so here before the scope's first query.
    /// </summary>
    public void ActFor(ClaimsPrincipal user)
    {
        _circuitUser = user;
        _scope = null;
    }

    private ClaimsPrincipal? User => _circuitUser ?? accessor.HttpContext?.User;

    public AuditActor Actor
    {
        get
        {
            var http = accessor.HttpContext;
            var user = User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return new AuditActor(null, null, null, http?.Connection.RemoteIpAddress?.ToString());
            }
            return new AuditActor(
                user.FindFirstValue(ClaimTypes.NameIdentifier),
                user.FindFirstValue(ClaimTypes.Name),
                PlatformClaims.AgencyId(user),
                http?.Connection.RemoteIpAddress?.ToString());
        }
    }

    private DataScope ComputeScope()
    {
        var user = User;
        var agencyId = user is null ? null : PlatformClaims.AgencyId(user);
        if (user?.Identity?.IsAuthenticated != true || agencyId is null) return DataScope.Nothing;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (!roles.Any(Roles.Business.Contains)) return DataScope.Nothing;
        return DataScope.ForUser(agencyId.Value, Roles.SeesSubordinates(roles), trees.Get());
    }
}

/// <summary>Claims the platform adds to the signed-in principal.</summary>
internal static class PlatformClaims
{
    public const string Agency = "enforcement:agency";
    public const string Officer = "enforcement:officer";
    public const string DisplayName = "enforcement:display-name";

    public static int? AgencyId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Agency), out var id) ? id : null;

    public static int? OfficerId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Officer), out var id) ? id : null;
}

/// <summary>Service scopes for live components, each acting for the circuit's signed-in user (data scope and audit).</summary>
internal static class CircuitScopes
{
    public static AsyncServiceScope ActingFor(this IServiceScopeFactory scopes, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IRequestContext>() is HttpRequestContext request) request.ActFor(user);
        return scope;
    }
}
