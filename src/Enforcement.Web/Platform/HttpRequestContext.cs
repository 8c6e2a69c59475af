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

    public DataScope Scope => _scope ??= ComputeScope();

    public AuditActor Actor
    {
        get
        {
            var http = accessor.HttpContext;
            var user = http?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return new AuditActor(null, null, null, http?.Connection.RemoteIpAddress?.ToString());
            }
            return new AuditActor(
                user.FindFirstValue(ClaimTypes.NameIdentifier),
                user.FindFirstValue(ClaimTypes.Name),
                PlatformClaims.AgencyId(user),
                http!.Connection.RemoteIpAddress?.ToString());
        }
    }

    private DataScope ComputeScope()
    {
        var user = accessor.HttpContext?.User;
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
