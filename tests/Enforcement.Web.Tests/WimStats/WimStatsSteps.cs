using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Features.Stations;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.WimStats;

/// <summary>A weighing device at its own new site, with its gateway credential.</summary>
public sealed record StatsDevice(int Id, int StationId, string Code, string Secret)
{
    public HttpClient Client(PlatformFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Device", $"{Code}:{Secret}");
        return client;
    }
}

/// <summary>One row to send: a 6-axle train (limit 49 t) of the given gross at the given lane and instant.</summary>
public sealed record StatsRow(string RecordId, DateTime CapturedAtUtc, int Lane, string Plate, int GrossKg, decimal SpeedKmh = 62.5m);

public static class WimStatsSteps
{
    private const string Header = "deviceCode,recordId,lane,capturedAt,plate,plateColour,plateConfidence,axleCount,configurationCode,grossKg,axleKg,speedKmh,images,flags";
    private static readonly string Sha = new('b', 64);

    /// <summary>A scale at a new site of <paramref name="agencyKey"/>; valid (certificate, reviews, notice over, started) unless <paramref name="certified"/> is false.</summary>
    public static async Task<StatsDevice> DeviceAsync(PlatformFactory factory, string agencyKey = "gonghe-dot", bool certified = true, string route = "G214")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var agency = await db.Agencies.FirstAsync(a => a.Key == agencyKey);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var (secret, hash) = DeviceSecrets.New();
        var station = new Station
        {
            AgencyId = agency.Id, Code = "QH-S-" + suffix, Name = "统计测试点" + suffix, Kind = StationKind.NonSitePoint, RouteCode = route,
            Stake = "K100+000", Direction = RoadDirection.Up, Lanes = 3, Longitude = 100.6m, Latitude = 36.3m,
        };
        var device = new Device
        {
            Code = "WIM-S-" + suffix, Kind = DeviceKind.WimScale, Model = "WIM-9000", Manufacturer = "测试厂", AccuracyClass = AccuracyClass.Class5,
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
        // The gateway's device snapshot is re-checked every few seconds; a device registered just now must be seen at once.
        factory.Services.GetRequiredService<RegistryWimDeviceDirectory>().Invalidate();
        return new StatsDevice(device.Id, station.Id, device.Code, secret);
    }

    public static string Line(string device, StatsRow r)
    {
        var rest = (r.GrossKg - 7_000) / 5;
        var last = r.GrossKg - 7_000 - (rest * 4);
        return string.Create(CultureInfo.InvariantCulture,
            $"{device},{r.RecordId},{r.Lane},{r.CapturedAtUtc:yyyy-MM-ddTHH:mm:ss}Z,{r.Plate},黄,0.98,6,157,{r.GrossKg},7000|{rest}|{rest}|{rest}|{rest}|{last},{r.SpeedKmh},{Sha}@img/{r.RecordId}-1.jpg|{Sha}@img/{r.RecordId}-2.jpg,");
    }

    public static async Task PostAsync(PlatformFactory factory, StatsDevice device, string batchId, IEnumerable<StatsRow> rows)
    {
        var body = new StringContent(Header + "\n" + string.Join("\n", rows.Select(r => Line(device.Code, r))) + "\n", Encoding.UTF8, "text/csv");
        using var client = device.Client(factory);
        var response = await client.PostAsync($"/api/v1/wim/batches?batchId={Uri.EscapeDataString(batchId)}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        Assert.Contains("\"quarantined\":0", text, StringComparison.Ordinal);
    }

    public static async Task<T> WithDbAsync<T>(PlatformFactory factory, Func<EnforcementDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>());
    }

    /// <summary>A plate of Qinghai (青) with a serial from <paramref name="n"/>.</summary>
    public static string Plate(int n) => string.Create(CultureInfo.InvariantCulture, $"青B{n % 100_000:00000}");
}
