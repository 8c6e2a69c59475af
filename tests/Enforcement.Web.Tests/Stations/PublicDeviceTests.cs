using System.Net;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Enforcement.Web.Tests.Stations.StationSteps;

namespace Enforcement.Web.Tests.Stations;

/// <summary>APL Art 41: device locations and enforcement start dates are public, from the start of the notice.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed class PublicDeviceTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PublicListing_ShowsDevicesOnceTheirNoticeHasBegun_WithoutSignIn(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var stationId = (await CreateStationAsync(head)).GetProperty("id").GetInt32();
        var enforced = NewCode("P");
        var noticed = NewCode("P");
        var unpublished = NewCode("P");
        await CreateDeviceAsync(head, stationId, Scale(enforced));
        await CreateDeviceAsync(head, stationId, Scale(noticed, Today, Today.AddDays(29), Today.AddDays(30)));
        await CreateDeviceAsync(head, stationId, Scale(unpublished, Today.AddDays(1), Today.AddDays(30), Today.AddDays(31)));
        await CreateDeviceAsync(head, stationId, new { code = NewCode("P"), kind = "车牌识别摄像机", model = "ZP-900", manufacturer = "安道" });

        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await anonymous.GetAsync("/api/v1/public/devices?route=g109");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public, "the public listing is cacheable");
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        var listed = (await response.JsonAsync()).EnumerateArray().ToDictionary(d => d.GetProperty("deviceCode").GetString()!);
        Assert.Contains(enforced, listed.Keys);
        Assert.Contains(noticed, listed.Keys);
        Assert.DoesNotContain(unpublished, listed.Keys);
        Assert.Equal(Iso(Today.AddDays(30)), listed[noticed].GetProperty("enforcementStartsOn").GetString());
        var row = listed[enforced];
        Assert.Equal("G109", row.GetProperty("routeCode").GetString());
        Assert.Equal("K1970+200", row.GetProperty("stake").GetString());
        Assert.Equal("上行", row.GetProperty("direction").GetString());
        Assert.Equal(101.021m, row.GetProperty("longitude").GetDecimal());
        Assert.Equal("共和县交通运输局", row.GetProperty("agency").GetString());
        Assert.All(listed.Values, d => Assert.Equal("G109", d.GetProperty("routeCode").GetString()));

        var page = await anonymous.GetAsync("/public/devices");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.CacheControl?.Public, "the public page is cacheable");
        Assert.False(page.Headers.CacheControl?.NoStore, "no-store would contradict the caching header");
        Assert.False(page.Headers.Contains("Set-Cookie"), "a cached answer must not hand one reader's cookie to the next");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(noticed, html, StringComparison.Ordinal);
        Assert.DoesNotContain(unpublished, html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoListing_LeavesOutTheSiteStillBeingBuilt(string provider)
    {
        using var anonymous = platforms.For(provider).CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var listed = (await (await anonymous.GetAsync("/api/v1/public/devices")).JsonAsync()).EnumerateArray().ToList();

        Assert.Contains(listed, d => d.GetProperty("stationCode").GetString() == "QH-FX-GH-05");
        Assert.DoesNotContain(listed, d => d.GetProperty("stationCode").GetString() == "QH-FX-GH-06");
        Assert.True(listed.Select(d => d.GetProperty("stationCode").GetString()).Distinct().Count() >= 36);
    }
}
