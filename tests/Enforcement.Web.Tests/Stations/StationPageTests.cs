using System.Net;
using System.Text.RegularExpressions;
using Enforcement.Web.Tests.Infrastructure;
using static Enforcement.Web.Tests.Stations.StationSteps;

namespace Enforcement.Web.Tests.Stations;

/// <summary>The registry's pages: lists in scope, per-field refusals on the forms, the device page's gating and upload form.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class StationPageTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoStations_ShowTheGating_ExpiredCertificate_NoticePeriod_FailedReview(string provider)
    {
        var supervisor = await Api.LoginAsync(platforms.For(provider), "supervisor");
        var stations = (await (await supervisor.GetAsync("/api/v1/stations")).JsonAsync()).EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!);

        string[] Reasons(string station, string device) => [.. stations[station].GetProperty("devices").EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == device).GetProperty("today").GetProperty("reasons").EnumerateArray()
            .Select(r => r.GetProperty("code").GetString()!)];

        Assert.Equal(["device.certificate"], Reasons("QH-FX-GH-02", "QH-FX-GH-02-WIM1"));
        Assert.Equal(["device.notice-period"], Reasons("QH-FX-GH-05", "QH-FX-GH-05-WIM1"));
        Assert.Equal(["device.technical-review"], Reasons("QH-FX-XH-02", "QH-FX-XH-02-WIM1"));
        Assert.Empty(Reasons("QH-FX-GH-01", "QH-FX-GH-01-WIM1"));
        // Cameras measure nothing: no verification certificate is asked of them.
        Assert.Empty(Reasons("QH-FX-GH-01", "QH-FX-GH-01-LPR1"));

        var html = await supervisor.GetStringAsync($"/stations/{stations["QH-FX-GH-02"].GetProperty("id").GetInt32()}");
        Assert.Contains("称重设备在称重之日无有效检定证书", html, StringComparison.Ordinal);
        var expiring = (await (await supervisor.GetAsync("/api/v1/devices/certificates/expiring")).JsonAsync()).EnumerateArray().ToList();
        Assert.Contains(expiring, c => c.GetProperty("deviceCode").GetString() == "QH-FX-GH-02-WIM1" && c.GetProperty("expired").GetBoolean());
        Assert.Contains(expiring, c => c.GetProperty("deviceCode").GetString() == "QH-FX-GH-03-WIM1" && !c.GetProperty("expired").GetBoolean());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoSeed_HasADozenFixedStations_AndTwoDozenNonSitePoints(string provider)
    {
        using var anonymous = platforms.For(provider).CreateClient();
        var listed = (await (await anonymous.GetAsync("/api/v1/public/devices")).JsonAsync()).EnumerateArray()
            .GroupBy(d => d.GetProperty("stationCode").GetString()).Select(g => g.First().GetProperty("stationKind").GetString()).ToList();

        Assert.Equal(12, listed.Count(k => k == "超限检测站"));
        Assert.True(listed.Count(k => k == "非现场执法点") >= 24);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StationForm_RefusesEachBadField_UnderItsInput_AndWritesNothing(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var form = await head.GetStringAsync("/stations/new");
        var name = "表单测试" + Guid.NewGuid().ToString("N")[..6];

        var posted = await head.PostAsync("/stations/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "station", ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
            ["Input.Code"] = NewCode("F"), ["Input.Name"] = name, ["Input.Kind"] = "NonSitePoint", ["Input.RouteCode"] = "G109",
            ["Input.Stake"] = "1890", ["Input.Direction"] = "Up", ["Input.Lanes"] = "2", ["Input.Longitude"] = "36.5", ["Input.Latitude"] = "101.2",
        }));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"stake\"", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"longitude\"", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"latitude\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-field=\"name\"", html, StringComparison.Ordinal);
        Assert.Contains("桩号格式应为", html, StringComparison.Ordinal);
        Assert.Equal(0, (await (await head.GetAsync($"/api/v1/stations?q={Uri.EscapeDataString(name)}")).JsonAsync()).GetArrayLength());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DevicePage_ShowsValidityAndCertificates_AndItsUploadFormComesBack(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var (stationId, deviceId, code) = await ValidScaleAsync(head);

        var html = await head.GetStringAsync($"/devices/{deviceId}");
        Assert.Contains(code, html, StringComparison.Ordinal);
        Assert.Contains("data-valid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"certificate-upload\"", html, StringComparison.Ordinal);
        Assert.Contains(code, await head.GetStringAsync($"/stations/{stationId}"), StringComparison.Ordinal);

        var number = NewCode("C");
        using var form = CertificateForm(number, Today.AddDays(10), Today, Pdf(number));
        form.Add(new StringContent(Token().Match(html).Groups[1].Value), "__RequestVerificationToken");
        var refused = await head.PostAsync($"/devices/{deviceId}/certificates", form);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains(Uri.EscapeDataString("有效期至必须晚于有效期自"), refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var good = CertificateForm(number, Today.AddDays(10), Today.AddDays(375), Pdf(number));
        good.Add(new StringContent(Token().Match(html).Groups[1].Value), "__RequestVerificationToken");
        var created = await head.PostAsync($"/devices/{deviceId}/certificates", good);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(number, await head.GetStringAsync($"/devices/{deviceId}"), StringComparison.Ordinal);

        // Another county's officer gets the not-found page, not the device.
        var guide = await Api.LoginAsync(factory, "officer.guide");
        var hidden = await guide.GetAsync($"/devices/{deviceId}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(code, await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DevicePage_IssuesTheSecretOnce(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var (_, deviceId, code) = await ValidScaleAsync(head);
        var html = await head.GetStringAsync($"/devices/{deviceId}");

        var issued = await head.PostAsync($"/devices/{deviceId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "credential-issue", ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value,
        }));

        var page = await issued.Content.ReadAsStringAsync();
        var shown = Secret().Match(page);
        Assert.True(shown.Success, "the issued secret is shown on the answer to the issue");
        Assert.StartsWith($"Authorization: Device {code}:", shown.Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"device-secret\"", await head.GetStringAsync($"/devices/{deviceId}"), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("id=\"device-secret\"[^>]*>([^<]+)<")]
    private static partial Regex Secret();
}
