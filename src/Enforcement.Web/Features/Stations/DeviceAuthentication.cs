using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Enforcement.Data;
using Enforcement.Domain.Overload.Stations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Stations;

/// <summary>The gateway scheme: who may call <c>/api/v1/wim/...</c>, and the claims the device's requests carry.</summary>
internal static class DeviceAuthentication
{
    public const string Scheme = "Device";
    public const string Policy = "wim-device";

    public const string DeviceIdClaim = "enforcement:device-id";
    public const string DeviceCodeClaim = "enforcement:device";
    public const string StationIdClaim = "enforcement:station-id";
    public const string StationCodeClaim = "enforcement:station";

    public static int? DeviceId(ClaimsPrincipal user) => Int(user, DeviceIdClaim);
    public static int? StationId(ClaimsPrincipal user) => Int(user, StationIdClaim);

    private static int? Int(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}

/// <summary>
/// Identifies a station gateway from <c>Authorization: Device &lt;code&gt;:&lt;secret&gt;</c> or HTTP Basic. The device
/// is looked up by code outside any data scope (a gateway is not a user and sees no business data: its principal
/// carries no agency), the secret's SHA-256 compared in constant time. Every refusal is logged with the device
/// code as sent, the reason and the address, never the secret.
/// </summary>
internal sealed class DeviceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggerFactory, UrlEncoder encoder, EnforcementDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = DeviceSecrets.Parse(Request.Headers.Authorization, out var malformed);
        if (presented is not { } credential)
        {
            if (!malformed) return AuthenticateResult.NoResult();
            return Refuse(null, "malformed authorization header");
        }

        var device = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Code == credential.DeviceCode)
            .Select(d => new { d.Id, d.Code, d.StationId, StationCode = d.Station!.Code, d.CredentialHash })
            .FirstOrDefaultAsync(Context.RequestAborted);
        // Compare even when nothing matched, so that timing does not tell a known code from an unknown one.
        var matches = DeviceSecrets.Matches(credential.Secret, device?.CredentialHash);
        if (device is null) return Refuse(credential.DeviceCode, "unknown device");
        if (device.CredentialHash is null) return Refuse(credential.DeviceCode, "no credential in force (never issued or revoked)");
        if (!matches) return Refuse(credential.DeviceCode, "wrong secret");

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "device:" + device.Code),
            new Claim(DeviceAuthentication.DeviceIdClaim, device.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(DeviceAuthentication.DeviceCodeClaim, device.Code),
            new Claim(DeviceAuthentication.StationIdClaim, device.StationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(DeviceAuthentication.StationCodeClaim, device.StationCode),
        ], DeviceAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), DeviceAuthentication.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append("WWW-Authenticate", "Device realm=\"wim\", Basic realm=\"wim\", charset=\"UTF-8\"");
        return Task.CompletedTask;
    }

    private AuthenticateResult Refuse(string? deviceCode, string reason)
    {
        Logger.LogWarning("Device credential refused ({Reason}) for device {DeviceCode} from {RemoteAddress}",
            reason, Printable(deviceCode), Context.Connection.RemoteIpAddress?.ToString() ?? "-");
        return AuthenticateResult.Fail(reason);
    }

    /// <summary>The code as sent, cut short and without control characters: it is the caller's text going into the log.</summary>
    private static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "-";
        var cut = text.Length > Device.CodeMaxLength ? text[..Device.CodeMaxLength] + "…" : text;
        return string.Concat(cut.Select(c => char.IsControl(c) ? '?' : c));
    }
}
