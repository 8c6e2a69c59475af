using System.Globalization;
using System.Net;
using Enforcement.Web.Features.WimStats;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.WimStats;

[Collection(PlatformTestGroup.Name)]
public sealed class WimStatsApiTests(SharedPlatforms platforms)
{
    /// <summary>Noon (Asia/Shanghai) of a day some days back, as UTC.</summary>
    private static DateTime LocalNoonUtc(int daysAgo) => DateTime.UtcNow.AddHours(8).Date.AddDays(-daysAgo).AddHours(12 - 8);

    private static string Day(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stats_CountOneSitesRecords_InTheSummaryTrendRankingHeatMapAndInvalidReasons(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimStatsSteps.DeviceAsync(factory);
        var at = LocalNoonUtc(3);
        await WimStatsSteps.PostAsync(factory, device, "s1",
        [
            new StatsRow("A-1", at, 1, "青A10001", 45_000),
            new StatsRow("A-2", at.AddMinutes(5), 1, "青A10002", 49_800),   // over by 800 kg after no tolerance: a warning or within tolerance
            new StatsRow("A-3", at.AddMinutes(10), 2, "青A10003", 60_000),  // fine
            new StatsRow("A-4", at.AddMinutes(15), 2, "青A10004", 102_000), // fine and 百吨王
        ]);
        await factory.Services.GetRequiredService<WimRollupWorker>().CatchUpAsync(CancellationToken.None);

        using var client = await Api.LoginAsync(factory, "officer");
        var q = $"from={Day(at)}&to={Day(at)}&stationId={device.StationId}";
        var summary = await (await client.GetAsync($"/api/v1/wim/stats/summary?{q}")).JsonAsync();
        Assert.Equal(4, summary.GetProperty("weighed").GetInt64());
        Assert.Equal(1, summary.GetProperty("hundredTonKing").GetInt64());
        Assert.Equal(2, summary.GetProperty("fines").GetInt64());
        Assert.True(summary.GetProperty("fineYuan").GetDecimal() > 0);
        var over = summary.GetProperty("overLimit").GetInt64();
        Assert.InRange(over, 2, 3);
        Assert.Equal(decimal.Round(over * 100m / 4, 2), summary.GetProperty("overLimitRate").GetDecimal());
        Assert.Equal(2, summary.GetProperty("clues").GetInt64());

        var daily = await (await client.GetAsync($"/api/v1/wim/stats/daily?{q}")).JsonAsync();
        Assert.Equal(4, Assert.Single(daily.EnumerateArray()).GetProperty("weighed").GetInt64());

        var heat = await (await client.GetAsync($"/api/v1/wim/stats/heatmap?{q}")).JsonAsync();
        var dow = DateOnly.FromDateTime(at.AddHours(8)).DayOfWeek is var w && w == DayOfWeek.Sunday ? 7 : (int)w;
        var cell = Assert.Single(heat.EnumerateArray(), c => c.GetProperty("weighed").GetInt64() > 0);
        Assert.Equal((dow, 12, 4L), (cell.GetProperty("dayOfWeek").GetInt32(), cell.GetProperty("hour").GetInt32(), cell.GetProperty("weighed").GetInt64()));

        var lanes = await (await client.GetAsync($"/api/v1/wim/stats/lanes?{q}")).JsonAsync();
        Assert.Equal([2L, 2L], lanes.EnumerateArray().Select(l => l.GetProperty("weighed").GetInt64()));

        var ranking = await (await client.GetAsync($"/api/v1/wim/stats/stations?from={Day(at)}&to={Day(at)}&top=200")).JsonAsync();
        Assert.Contains(ranking.EnumerateArray(), r => r.GetProperty("stationId").GetInt32() == device.StationId && r.GetProperty("weighed").GetInt64() == 4);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stats_OfAnotherAgencysSite_AreNotCounted_ForACountyUser_ButAreForTheSupervisor(string provider)
    {
        var factory = platforms.For(provider);
        var gonghe = await WimStatsSteps.DeviceAsync(factory, "gonghe-dot", certified: false);
        var at = LocalNoonUtc(5);
        await WimStatsSteps.PostAsync(factory, gonghe, "scope", [new StatsRow("S-1", at, 1, "青A20001", 40_000), new StatsRow("S-2", at.AddHours(1), 1, "青A20002", 41_000)]);
        await factory.Services.GetRequiredService<WimRollupWorker>().CatchUpAsync(CancellationToken.None);
        var day = Day(at);

        using var guide = await Api.LoginAsync(factory, "officer.guide");
        Assert.Equal(HttpStatusCode.NotFound, (await guide.GetAsync($"/api/v1/wim/stats/summary?from={day}&to={day}&stationId={gonghe.StationId}")).StatusCode);
        var ranking = await (await guide.GetAsync($"/api/v1/wim/stats/stations?from={day}&to={day}&top=200")).JsonAsync();
        Assert.DoesNotContain(ranking.EnumerateArray(), r => r.GetProperty("stationId").GetInt32() == gonghe.StationId);
        var invalid = await (await guide.GetAsync($"/api/v1/wim/stats/invalid?from={day}&to={day}")).JsonAsync();
        Assert.DoesNotContain(invalid.EnumerateArray(), r => r.GetProperty("code").GetString() == "device.certificate" && r.GetProperty("records").GetInt64() >= 2);

        using var supervisor = await Api.LoginAsync(factory, "supervisor");
        var seen = await (await supervisor.GetAsync($"/api/v1/wim/stats/summary?from={day}&to={day}&stationId={gonghe.StationId}")).JsonAsync();
        Assert.Equal(2, seen.GetProperty("weighed").GetInt64());
        Assert.Equal(2, seen.GetProperty("invalidDevice").GetInt64());
        var reasons = await (await supervisor.GetAsync($"/api/v1/wim/stats/invalid?from={day}&to={day}&stationId={gonghe.StationId}")).JsonAsync();
        var certificate = Assert.Single(reasons.EnumerateArray(), r => r.GetProperty("code").GetString() == "device.certificate");
        Assert.Equal(2, certificate.GetProperty("records").GetInt64());
        Assert.True(certificate.GetProperty("deviceReason").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stats_WithARangeEndingBeforeItStarts_OrLongerThanAYear_AreRefused_NamingTheField(string provider)
    {
        var factory = platforms.For(provider);
        using var client = await Api.LoginAsync(factory, "officer");

        var reversed = await client.GetAsync("/api/v1/wim/stats/daily?from=2026-03-10&to=2026-03-01");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal("from", await reversed.ProblemFieldAsync());

        var tooLong = await client.GetAsync("/api/v1/wim/stats/daily?from=2024-01-01&to=2026-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("to", await tooLong.ProblemFieldAsync());

        var page = await client.GetAsync("/wim/stats?from=2026-03-10&to=2026-03-01");
        Assert.Contains("开始日期不能晚于结束日期", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_ShowsKpiTiles_AndLoadsTheVendoredECharts(string provider)
    {
        var factory = platforms.For(provider);
        using var client = await Api.LoginAsync(factory, "officer");
        var html = await (await client.GetAsync("/wim/stats")).Content.ReadAsStringAsync();
        Assert.Contains("data-kpi=\"weighed\"", html);
        Assert.Contains("lib/echarts/dist/echarts.min", html);
        // Government intranets have no internet: every script and stylesheet comes from the platform itself. (Matching
        // "cdn" anywhere also hit random antiforgery tokens.)
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        var script = await client.GetAsync("/lib/echarts/dist/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
