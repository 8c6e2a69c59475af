using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Enforcement.Web.Tests.Infrastructure;
using static Enforcement.Web.Tests.Stations.StationSteps;

namespace Enforcement.Web.Tests.Stations;

[Collection(PlatformTestGroup.Name)]
public sealed class DeviceApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DevicesDatesAndRanges_OutOfOrder_AreRefusedOnTheirFields_AndNothingIsWritten(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var stationId = (await CreateStationAsync(head)).GetProperty("id").GetInt32();

        var response = await head.PostAsJsonAsync($"/api/v1/stations/{stationId}/devices", new
        {
            code = NewCode("W"), kind = "动态称重设备", model = "DWS", manufacturer = "厂家", minSpeedKmh = 80m, maxSpeedKmh = 20m,
            noticeFrom = Iso(Today.AddDays(-10)), noticeTo = Iso(Today.AddDays(-20)), enforcementStartsOn = Iso(Today.AddDays(-30)),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("准确度等级", errors.GetProperty("accuracyClass")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("最高称重速度", errors.GetProperty("maxSpeedKmh")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("公告截止日期不能早于公告起始日期", errors.GetProperty("noticeTo")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await (await head.GetAsync($"/api/v1/devices?stationId={stationId}")).JsonAsync()).GetArrayLength());

        // Enforcement may only start after the notice period has ended (APL Art 41).
        var inNotice = await head.PostAsJsonAsync($"/api/v1/stations/{stationId}/devices",
            Scale(NewCode("W"), Today.AddDays(-10), Today.AddDays(20), Today.AddDays(20)));
        Assert.Equal(HttpStatusCode.BadRequest, inNotice.StatusCode);
        Assert.Equal("enforcementStartsOn", await inNotice.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewScale_IsNotEvidence_UntilCertifiedAndReviewed_ThenIs(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var stationId = (await CreateStationAsync(head)).GetProperty("id").GetInt32();
        var device = await CreateDeviceAsync(head, stationId, Scale(NewCode("W")));
        var id = device.GetProperty("id").GetInt32();

        var before = device.GetProperty("validity");
        Assert.False(before.GetProperty("valid").GetBoolean());
        Assert.Equal(["device.certificate", "device.legal-review", "device.technical-review"],
            before.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));

        Assert.Equal(HttpStatusCode.Created, (await UploadCertificateAsync(head, id, NewCode("C"), Today.AddDays(-100), Today.AddDays(265))).StatusCode);
        await AddReviewAsync(head, id, "法制审核", Today.AddDays(-100));
        var after = (await AddReviewAsync(head, id, "技术审核", Today.AddDays(-100))).GetProperty("validity");

        Assert.True(after.GetProperty("valid").GetBoolean(), after.ToString());
        // Before the published start the same device was not in enforcement; in the notice period it was in notice.
        var earlier = await (await head.GetAsync($"/api/v1/devices/{id}?on={Iso(Today.AddDays(-61))}")).JsonAsync();
        Assert.Equal(["device.notice-period"], earlier.GetProperty("validity").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Certificate_WithDatesOutOfOrder_OrWithoutAScan_IsRefused_AndAGoodOneIsStoredWithItsHash(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var (_, deviceId, _) = await ValidScaleAsync(head);
        var number = NewCode("C");

        var backwards = await UploadCertificateAsync(head, deviceId, number, Today, Today.AddDays(-1));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("validTo", await backwards.ProblemFieldAsync());

        using (var noFile = CertificateForm(number, Today, Today.AddDays(365), null))
        {
            var refused = await head.PostAsync($"/api/v1/devices/{deviceId}/certificates", noFile);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("file", await refused.ProblemFieldAsync());
        }
        var executable = await UploadCertificateAsync(head, deviceId, number, Today, Today.AddDays(365), "MZ\x90\0 not a scan"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, executable.StatusCode);
        Assert.Equal("file", await executable.ProblemFieldAsync());
        var unchanged = await (await head.GetAsync($"/api/v1/devices/{deviceId}")).JsonAsync();
        Assert.Equal(1, unchanged.GetProperty("certificates").GetArrayLength());

        var scan = Pdf(number);
        var created = await UploadCertificateAsync(head, deviceId, number, Today.AddDays(200), Today.AddDays(565), scan);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var stored = (await created.JsonAsync()).GetProperty("certificates").EnumerateArray().Single(c => c.GetProperty("number").GetString() == number);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(scan)), stored.GetProperty("fileSha256").GetString());
        var download = await head.GetAsync($"/api/v1/device-certificates/{stored.GetProperty("id").GetInt32()}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(scan, await download.Content.ReadAsByteArrayAsync());

        var again = await UploadCertificateAsync(head, deviceId, number, Today.AddDays(200), Today.AddDays(565));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("number", await again.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FailedReview_NeedsItsConclusion_AndStopsTheDeviceFromThatDay(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var (_, deviceId, _) = await ValidScaleAsync(head);

        var bare = await head.PostAsJsonAsync($"/api/v1/devices/{deviceId}/reviews", new { kind = "技术审核", on = Iso(Today.AddDays(-5)), reviewer = "信息处", passed = false });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("conclusion", await bare.ProblemFieldAsync());
        var future = await head.PostAsJsonAsync($"/api/v1/devices/{deviceId}/reviews", new { kind = "法制审核", on = Iso(Today.AddDays(3)), reviewer = "法规股", passed = true });
        Assert.Equal("on", await future.ProblemFieldAsync());

        var failed = await AddReviewAsync(head, deviceId, "技术审核", Today.AddDays(-5), passed: false, conclusion: "传感器零点漂移");

        Assert.Equal(["device.technical-review"], failed.GetProperty("validity").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var dayBefore = await (await head.GetAsync($"/api/v1/devices/{deviceId}?on={Iso(Today.AddDays(-6))}")).JsonAsync();
        Assert.True(dayBefore.GetProperty("validity").GetProperty("valid").GetBoolean());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OutOfServiceDevice_StaysOutOfService(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var (_, deviceId, code) = await ValidScaleAsync(head);
        var device = await (await head.GetAsync($"/api/v1/devices/{deviceId}")).JsonAsync();
        object Edit(string status, DateOnly? off, int version) => new
        {
            model = "DWS-3000", manufacturer = "华衡称重科技有限公司", accuracyClass = "5级", minSpeedKmh = 10m, maxSpeedKmh = 100m,
            noticeFrom = device.GetProperty("noticeFrom").GetString(), noticeTo = device.GetProperty("noticeTo").GetString(),
            enforcementStartsOn = device.GetProperty("enforcementStartsOn").GetString(), status, outOfServiceFrom = off is { } d ? Iso(d) : null, version,
        };

        var noDate = await head.PutAsJsonAsync($"/api/v1/devices/{deviceId}", Edit("停用", null, 0));
        Assert.Equal("outOfServiceFrom", await noDate.ProblemFieldAsync());
        var retired = await head.PutAsJsonAsync($"/api/v1/devices/{deviceId}", Edit("停用", Today, 0));
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        var view = await retired.JsonAsync();
        Assert.Equal(code, view.GetProperty("code").GetString());
        Assert.Equal(["device.out-of-service"], view.GetProperty("validity").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));

        var revived = await head.PutAsJsonAsync($"/api/v1/devices/{deviceId}", Edit("在用", null, view.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, revived.StatusCode);
        Assert.Equal("status", await revived.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CertificateRunningOut_IsWarnedToItsAgencyOnly(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var stationId = (await CreateStationAsync(head)).GetProperty("id").GetInt32();
        var code = NewCode("W");
        var deviceId = (await CreateDeviceAsync(head, stationId, Scale(code))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await UploadCertificateAsync(head, deviceId, NewCode("C"), Today.AddDays(-355), Today.AddDays(10))).StatusCode);

        var warned = (await (await head.GetAsync("/api/v1/devices/certificates/expiring")).JsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("deviceCode").GetString() == code);
        Assert.Equal(10, warned.GetProperty("daysToExpiry").GetInt32());
        Assert.DoesNotContain((await (await head.GetAsync("/api/v1/devices/certificates/expiring?days=5")).JsonAsync()).EnumerateArray(),
            c => c.GetProperty("deviceCode").GetString() == code);
        var guide = await Api.LoginAsync(factory, "officer.guide");
        Assert.DoesNotContain((await (await guide.GetAsync("/api/v1/devices/certificates/expiring")).JsonAsync()).EnumerateArray(),
            c => c.GetProperty("deviceCode").GetString() == code);

        // Renewed: the warning goes away.
        Assert.Equal(HttpStatusCode.Created, (await UploadCertificateAsync(head, deviceId, NewCode("C"), Today.AddDays(5), Today.AddDays(370))).StatusCode);
        Assert.DoesNotContain((await (await head.GetAsync("/api/v1/devices/certificates/expiring")).JsonAsync()).EnumerateArray(),
            c => c.GetProperty("deviceCode").GetString() == code);
    }
}
