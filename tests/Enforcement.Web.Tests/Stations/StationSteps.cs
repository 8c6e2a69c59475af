using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Stations;

/// <summary>Registering a site and its devices through the API the way an agency head does, with fresh codes.</summary>
public static class StationSteps
{
    private static int _serial;

    public static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}-{Interlocked.Increment(ref _serial)}";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object Station(string code, string name = "测试非现场执法点", int? agencyId = null) => new
    {
        agencyId, code, name, kind = "非现场执法点", routeCode = "G109", stake = "K1970+200", direction = "上行", lanes = 2,
        longitude = 101.021m, latitude = 36.438m, place = "共和县倒淌河镇东",
    };

    public static async Task<JsonElement> CreateStationAsync(HttpClient head, string? code = null)
    {
        var agencyId = await AgencyIdAsync(head);
        var response = await head.PostAsJsonAsync("/api/v1/stations", Station(code ?? NewCode("T"), agencyId: agencyId));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A scale in enforcement since 60 days ago (noticed 90 to 61 days ago), reviewed 100 days ago.</summary>
    public static object Scale(string code, DateOnly? noticeFrom = null, DateOnly? noticeTo = null, DateOnly? start = null, string status = "在用") => new
    {
        code, kind = "动态称重设备", model = "DWS-3000", manufacturer = "华衡称重科技有限公司", accuracyClass = "5级", minSpeedKmh = 10m, maxSpeedKmh = 100m,
        noticeFrom = Iso(noticeFrom ?? Today.AddDays(-90)), noticeTo = Iso(noticeTo ?? Today.AddDays(-61)), enforcementStartsOn = Iso(start ?? Today.AddDays(-60)),
        status,
    };

    public static async Task<JsonElement> CreateDeviceAsync(HttpClient head, int stationId, object device)
    {
        var response = await head.PostAsJsonAsync($"/api/v1/stations/{stationId}/devices", device);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A scale valid today: registered, certificate uploaded, both reviews passed.</summary>
    public static async Task<(int StationId, int DeviceId, string DeviceCode)> ValidScaleAsync(HttpClient head)
    {
        var station = await CreateStationAsync(head);
        var code = NewCode("W");
        var device = await CreateDeviceAsync(head, station.GetProperty("id").GetInt32(), Scale(code));
        var id = device.GetProperty("id").GetInt32();
        var uploaded = await UploadCertificateAsync(head, id, NewCode("C"), Today.AddDays(-100), Today.AddDays(265));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        await AddReviewAsync(head, id, "法制审核", Today.AddDays(-100));
        await AddReviewAsync(head, id, "技术审核", Today.AddDays(-100));
        return (station.GetProperty("id").GetInt32(), id, code);
    }

    public static async Task<JsonElement> AddReviewAsync(HttpClient head, int deviceId, string kind, DateOnly on, bool passed = true, string? conclusion = null)
    {
        var response = await head.PostAsJsonAsync($"/api/v1/devices/{deviceId}/reviews", new { kind, on = Iso(on), reviewer = "法规股", passed, conclusion });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static MultipartFormDataContent CertificateForm(string number, DateOnly? from, DateOnly? to, byte[]? file, string issuer = "青海省计量检定测试所")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(number), "number" },
            { new StringContent(issuer), "issuer" },
            { new StringContent(from is { } f ? Iso(f) : ""), "validFrom" },
            { new StringContent(to is { } t ? Iso(t) : ""), "validTo" },
        };
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "file", "检定证书.pdf");
        }
        return form;
    }

    public static async Task<HttpResponseMessage> UploadCertificateAsync(HttpClient head, int deviceId, string number, DateOnly from, DateOnly to, byte[]? file = null)
    {
        using var form = CertificateForm(number, from, to, file ?? Pdf(number));
        return await head.PostAsync($"/api/v1/devices/{deviceId}/certificates", form);
    }

    /// <summary>A small PDF whose content differs per certificate.</summary>
    public static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% verification certificate {text}\n%%EOF\n");

    public static async Task<int> AgencyIdAsync(HttpClient client)
    {
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();
        return me.GetProperty("agencyId").GetInt32();
    }
}
