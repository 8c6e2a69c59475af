using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Enforcement.Data;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Features.Stations;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Wim;

/// <summary>A registered weighing device with its gateway credential, and rows to send as it.</summary>
public sealed record WimTestDevice(int Id, string Code, string Secret)
{
    public HttpClient Client(PlatformFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Device", $"{Code}:{Secret}");
        return client;
    }
}

public static class WimSteps
{
    public const string Header = "deviceCode,recordId,lane,capturedAt,plate,plateColour,plateConfidence,axleCount,configurationCode,grossKg,axleKg,speedKmh,images,flags";

    private static readonly string Sha = new('a', 64);

    /// <summary>A weigh-in-motion scale at a new site of 共和县 on <paramref name="route"/>; valid (certificate, reviews, notice over, started) unless told otherwise.</summary>
    public static async Task<WimTestDevice> DeviceAsync(PlatformFactory factory, string route = "G109", bool certified = true)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var gonghe = await db.Agencies.FirstAsync(a => a.Key == "gonghe-dot");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var (secret, hash) = DeviceSecrets.New();
        var station = new Station
        {
            AgencyId = gonghe.Id, Code = "QH-T-" + suffix, Name = "测试治超点" + suffix, Kind = StationKind.NonSitePoint, RouteCode = route,
            Stake = "K1890+300", Direction = RoadDirection.Up, Lanes = 2, Longitude = 100.6m, Latitude = 36.3m,
        };
        var device = new Device
        {
            Code = "WIM-" + suffix, Kind = DeviceKind.WimScale, Model = "WIM-9000", Manufacturer = "测试厂", AccuracyClass = AccuracyClass.Class5,
            Status = DeviceStatus.InService, NoticeFrom = today.AddDays(-90), NoticeTo = today.AddDays(-61), EnforcementStartsOn = today.AddDays(-60),
            CredentialHash = hash, CredentialIssuedAtUtc = DateTime.UtcNow,
        };
        if (certified)
        {
            device.Certificates.Add(new DeviceCertificate { Number = "JD-" + suffix, Issuer = "青海省计量检定测试所", ValidFrom = today.AddDays(-100), ValidTo = today.AddDays(265), RecordedAtUtc = DateTime.UtcNow });
        }

        device.Reviews.Add(new DeviceReviewRecord { Kind = ReviewKind.Legal, On = today.AddDays(-95), Reviewer = "法制科", Passed = true, RecordedAtUtc = DateTime.UtcNow });
        device.Reviews.Add(new DeviceReviewRecord { Kind = ReviewKind.Technical, On = today.AddDays(-95), Reviewer = "技术科", Passed = true, RecordedAtUtc = DateTime.UtcNow });
        station.Devices.Add(device);
        db.Stations.Add(station);
        await db.SaveChangesAsync();
        // Written straight to the database, so tell the ingest's device directory as the registry screens do.
        (scope.ServiceProvider.GetRequiredService<Data.Wim.IWimDeviceDirectory>() as Data.Wim.RegistryWimDeviceDirectory)?.Invalidate();
        return new WimTestDevice(device.Id, device.Code, secret);
    }

    /// <summary>A 6-axle train (limit 49 t) as one CSV line; 60 t is a fine, 45 t compliant.</summary>
    public static string Row(string device, string recordId, DateTime capturedAtUtc, string plate = "青A12345", int grossKg = 45_000)
    {
        var rest = (grossKg - 7_000) / 5;
        var last = grossKg - 7_000 - (rest * 4);
        var axles = $"7000|{rest}|{rest}|{rest}|{rest}|{last}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{device},{recordId},1,{capturedAtUtc:yyyy-MM-ddTHH:mm:ss}Z,{plate},黄,0.98,6,157,{grossKg},{axles},62.5,{Sha}@img/{recordId}-1.jpg|{Sha}@img/{recordId}-2.jpg,");
    }

    public static StringContent Csv(IEnumerable<string> rows, string header = Header) =>
        new(header + "\n" + string.Join("\n", rows) + "\n", Encoding.UTF8, "text/csv");

    public static async Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string batchId, IEnumerable<string> rows) =>
        await client.PostAsync($"/api/v1/wim/batches?batchId={Uri.EscapeDataString(batchId)}", Csv(rows));

    /// <summary>Reads the database as the platform itself (unrestricted scope), as a check of what was stored.</summary>
    public static async Task<T> WithDbAsync<T>(PlatformFactory factory, Func<EnforcementDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using EnforcementDbContext db = factory.Provider == "Sqlite"
            ? new Data.Sqlite.SqliteEnforcementDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<Data.Sqlite.SqliteEnforcementDbContext>>(), SystemRequestContext.Instance)
            : new Data.Postgres.PostgresEnforcementDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<Data.Postgres.PostgresEnforcementDbContext>>(), SystemRequestContext.Instance);
        return await read(db);
    }
}
