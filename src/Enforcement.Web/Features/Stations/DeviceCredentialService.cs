using System.Globalization;
using Enforcement.Data;
using Enforcement.Domain.Common;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Stations;

/// <summary>
/// Issues, rotates and revokes a device's gateway secret. The secret leaves the platform once, in the answer to
/// the issue or rotation; only its SHA-256 is kept (and the audit chain records that it changed, not its value).
/// </summary>
internal sealed class DeviceCredentialService(EnforcementDbContext db, TimeProvider clock)
{
    public Task<Result<IssuedCredentialView>> IssueAsync(int deviceId) => SetAsync(deviceId, rotate: false);

    /// <summary>A new secret replaces the old at once: the old one stops working with this save.</summary>
    public Task<Result<IssuedCredentialView>> RotateAsync(int deviceId) => SetAsync(deviceId, rotate: true);

    public async Task<Result<CredentialStateView>> RevokeAsync(int deviceId)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == deviceId);
        if (device is null) return Problems.Missing("设备");
        if (device.CredentialHash is null) return new Refusal("credential.none", null, "该设备没有有效的接入凭据", RefusalKind.Conflict);
        device.CredentialHash = null;
        device.CredentialRevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.RecordAudit("credential-revoke", "Device", device.Id.ToString(CultureInfo.InvariantCulture), $"吊销设备 {device.Code} 的接入凭据");
        await db.SaveChangesAsync();
        return new CredentialStateView(false, device.CredentialIssuedAtUtc, device.CredentialRevokedAtUtc);
    }

    private async Task<Result<IssuedCredentialView>> SetAsync(int deviceId, bool rotate)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == deviceId);
        if (device is null) return Problems.Missing("设备");
        if (!rotate && device.CredentialHash is not null)
        {
            return new Refusal("credential.exists", null, "该设备已有有效的接入凭据；如需更换请轮换，疑似泄露请先吊销", RefusalKind.Conflict);
        }
        if (rotate && device.CredentialHash is null)
        {
            return new Refusal("credential.none", null, "该设备没有有效的接入凭据，请先签发", RefusalKind.Conflict);
        }

        var (secret, hash) = DeviceSecrets.New();
        var now = clock.GetUtcNow().UtcDateTime;
        device.CredentialHash = hash;
        device.CredentialIssuedAtUtc = now;
        device.CredentialRevokedAtUtc = null;
        db.RecordAudit(rotate ? "credential-rotate" : "credential-issue", "Device", device.Id.ToString(CultureInfo.InvariantCulture),
            $"{(rotate ? "轮换" : "签发")}设备 {device.Code} 的接入凭据");
        await db.SaveChangesAsync();
        return new IssuedCredentialView(device.Code, secret, now, $"Authorization: Device {device.Code}:{secret}");
    }
}
