using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Data;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Features.Stations;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Clues;

/// <summary>Clues made the way production makes them: a registered device pushes a batch over HTTP with its credential.</summary>
public static class ClueSteps
{
    private const string Header = "deviceCode,recordId,lane,capturedAt,plate,plateColour,plateConfidence,axleCount,configurationCode,grossKg,axleKg,speedKmh,images,flags";

    /// <summary>A valid weigh-in-motion scale (certificate, both reviews, notice over, enforcement started) at a new site of 共和县.</summary>
    public static async Task<(int Id, string Code, string Secret)> DeviceAsync(PlatformFactory factory, string route = "G109")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var gonghe = await db.Agencies.FirstAsync(a => a.Key == "gonghe-dot");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var (secret, hash) = DeviceSecrets.New();
        var station = new Station
        {
            AgencyId = gonghe.Id, Code = "QH-C-" + suffix, Name = "线索测试点" + suffix, Kind = StationKind.NonSitePoint, RouteCode = route,
            Stake = "K1890+300", Direction = RoadDirection.Up, Lanes = 2, Longitude = 100.6m, Latitude = 36.3m,
        };
        var device = new Device
        {
            Code = "WIM-C-" + suffix, Kind = DeviceKind.WimScale, Model = "WIM-9000", Manufacturer = "测试厂", AccuracyClass = AccuracyClass.Class5,
            Status = DeviceStatus.InService, NoticeFrom = today.AddDays(-90), NoticeTo = today.AddDays(-61), EnforcementStartsOn = today.AddDays(-60),
            CredentialHash = hash, CredentialIssuedAtUtc = DateTime.UtcNow,
        };
        device.Certificates.Add(new DeviceCertificate { Number = "JD-" + suffix, Issuer = "青海省计量检定测试所", ValidFrom = today.AddDays(-100), ValidTo = today.AddDays(265), RecordedAtUtc = DateTime.UtcNow });
        device.Reviews.Add(new DeviceReviewRecord { Kind = ReviewKind.Legal, On = today.AddDays(-95), Reviewer = "法制科", Passed = true, RecordedAtUtc = DateTime.UtcNow });
        device.Reviews.Add(new DeviceReviewRecord { Kind = ReviewKind.Technical, On = today.AddDays(-95), Reviewer = "技术科", Passed = true, RecordedAtUtc = DateTime.UtcNow });
        station.Devices.Add(device);
        db.Stations.Add(station);
        await db.SaveChangesAsync();
        // Registered behind the registry's back (straight into the database): the gateway's directory must look again.
        scope.ServiceProvider.GetRequiredService<Enforcement.Data.Wim.RegistryWimDeviceDirectory>().Invalidate();
        return (device.Id, device.Code, secret);
    }

    /// <summary>A 6-axle train (limit 49 t) as one CSV line; 60 t is a fine of 5 500 yuan, 100 t one of 25 500.</summary>
    public static string Row(string device, string recordId, DateTime capturedAtUtc, string plate, int grossKg = 60_000, string? images = null)
    {
        var rest = (grossKg - 7_000) / 5;
        var last = grossKg - 7_000 - (rest * 4);
        var sha = new string('a', 64);
        images ??= $"{sha}@img/{recordId}-1.jpg|{sha}@img/{recordId}-2.jpg";
        return string.Create(CultureInfo.InvariantCulture,
            $"{device},{recordId},1,{capturedAtUtc:yyyy-MM-ddTHH:mm:ss}Z,{plate},黄,0.98,6,157,{grossKg},7000|{rest}|{rest}|{rest}|{rest}|{last},62.5,{images},");
    }

    /// <summary>Pushes rows as the device and answers the clue the first of them made.</summary>
    public static async Task<long> IngestAsync(PlatformFactory factory, (int Id, string Code, string Secret) device, params string[] rows)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Device", $"{device.Code}:{device.Secret}");
        var body = new StringContent(Header + "\n" + string.Join("\n", rows) + "\n", Encoding.UTF8, "text/csv");
        var response = await client.PostAsync($"/api/v1/wim/batches?batchId={Guid.NewGuid():N}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var recordId = rows[0].Split(',')[1];
        var hit = await db.OverloadViolationHits.IgnoreQueryFilters().Where(h => h.DeviceId == device.Id && h.RecordId == recordId).Select(h => (long?)h.ViolationId).SingleOrDefaultAsync();
        if (hit is null)
        {
            var stored = await db.WimRecords.IgnoreQueryFilters().Where(r => r.DeviceId == device.Id && r.RecordId == recordId).Select(r => new { r.Outcome, r.InvalidReasons, r.DeviceValid }).SingleOrDefaultAsync();
            Assert.Fail($"record {recordId} made no clue: {stored} — {await response.Content.ReadAsStringAsync()}");
        }
        return hit.Value;
    }

    /// <summary>A plate no other test uses (Qinghai, yellow).</summary>
    public static string Plate() => "青A" + Random.Shared.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture);

    public static DateTime HoursAgo(int hours) => DateTime.UtcNow.AddHours(-hours).AddTicks(-(DateTime.UtcNow.Ticks % TimeSpan.TicksPerSecond));

    public static async Task<JsonElement> GetAsync(HttpClient client, long id)
    {
        var response = await client.GetAsync($"/api/v1/wim/clues/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string move, object body) =>
        await client.PostAsJsonAsync($"/api/v1/wim/clues/{id}/{move}", body);

    public static async Task<int> VersionAsync(HttpClient client, long id) => (await GetAsync(client, id)).GetProperty("version").GetInt32();
}
