using System.Security.Claims;

namespace Enforcement.Web.Features.Wim;

/// <summary>The gateway credential as the stations module authenticates it (per-device scheme).</summary>
internal static class WimGateway
{
    public const string Policy = Stations.DeviceAuthentication.Policy;

    public static string? DeviceCode(ClaimsPrincipal user) => user.FindFirst(Stations.DeviceAuthentication.DeviceCodeClaim)?.Value;
}
