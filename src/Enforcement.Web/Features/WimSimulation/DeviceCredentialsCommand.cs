using Enforcement.Data;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Features.Stations;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.WimSimulation;

/// <summary>
/// <c>dotnet run --project src/Enforcement.Web -- wim credentials FILE</c>: issues a gateway credential to every
/// weighing scale in service that has none (never replaces an existing one) and writes "CODE SECRET" lines to FILE
/// (created with owner-only permissions where the system allows), for the simulator or a gateway roll-out. Only the
/// hashes are stored, as when an administrator issues them one by one.
/// </summary>
internal static class DeviceCredentialsCommand
{
    public static async Task<bool> RunAsync(WebApplication app, string path)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        await db.Database.MigrateAsync();
        var devices = await db.Devices.IgnoreQueryFilters()
            .Where(d => d.Kind == DeviceKind.WimScale && d.Status == DeviceStatus.InService && d.CredentialHash == null)
            .OrderBy(d => d.Code).ToListAsync();
        var lines = new List<string>(devices.Count);
        foreach (var device in devices)
        {
            var (secret, hash) = DeviceSecrets.New();
            device.CredentialHash = hash;
            device.CredentialIssuedAtUtc = DateTime.UtcNow;
            lines.Add($"{device.Code} {secret}");
        }

        await db.SaveChangesAsync();
        await using (var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await using var writer = new StreamWriter(file);
            foreach (var line in lines)
            {
                await writer.WriteLineAsync(line);
            }
        }

        app.Services.GetRequiredService<Enforcement.Data.Wim.RegistryWimDeviceDirectory>().Invalidate();
        Console.WriteLine($"已为 {lines.Count} 台称重设备签发接入凭据，写入 {path}（已有凭据的设备未变）。");
        Environment.ExitCode = 0;
        return true;
    }
}
