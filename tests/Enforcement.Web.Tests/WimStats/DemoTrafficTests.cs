using Enforcement.Web.Features.WimSimulation;
using Enforcement.Web.Features.WimStats;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.WimStats;

public sealed class DemoTrafficTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DemoTraffic_GoesThroughTheIngestPipeline_IntoTheRollups_AndOnlyOnce(string provider)
    {
        using var factory = new PlatformFactory(provider, new Dictionary<string, string?> { ["Wim:Stats:Background"] = "false" });
        var first = await WimStatsSteps.DeviceAsync(factory, route: "G6");
        var second = await WimStatsSteps.DeviceAsync(factory, route: "G6");
        var traffic = factory.Services.GetRequiredService<DemoTraffic>();

        var stored = await traffic.SeedAsync(3_000, CancellationToken.None);

        Assert.InRange(stored, 2_800, 3_400);
        var (records, quarantined, violations, weighed) = await WimStatsSteps.WithDbAsync(factory, async db => (
            await db.WimRecords.IgnoreQueryFilters().CountAsync(),
            await db.WimQuarantine.IgnoreQueryFilters().CountAsync(),
            await db.OverloadViolations.IgnoreQueryFilters().CountAsync(),
            await db.WimDailyRollups.IgnoreQueryFilters().SumAsync(r => r.Weighed)));
        Assert.Equal(stored, records);
        Assert.InRange(quarantined, 1, 60);
        Assert.True(violations > 10, $"{violations} violations");
        Assert.Equal(records, weighed);
        Assert.Equal(0, await traffic.SeedAsync(3_000, CancellationToken.None));
        _ = (first, second, factory.Services.GetRequiredService<WimRollupWorker>());
    }
}
