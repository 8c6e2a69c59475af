using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Features.WimStats;
using Enforcement.Web.Tests.Clues;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.WimStats;

/// <summary>告知 and 立案 of a clue reach the statistics at every grain the dashboard reads.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed class WimClueCountTests(SharedPlatforms platforms)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClueNotifiedThenOpenedAsACase_CountsOneNoticeAndOneCase_ForItsSite_AndItsAgency(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var at = ClueSteps.HoursAgo(3);
        var day = DateOnly.FromDateTime(at.AddHours(8));
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", at, ClueSteps.Plate()));
        await factory.Services.GetRequiredService<WimRollupWorker>().CatchUpAsync(CancellationToken.None);
        var stationId = await WimStatsSteps.WithDbAsync(factory, db => db.Devices.IgnoreQueryFilters().Where(d => d.Id == device.Id).Select(d => d.StationId).SingleAsync());
        var agencyId = await WimStatsSteps.WithDbAsync(factory, db => db.Stations.IgnoreQueryFilters().Where(s => s.Id == stationId).Select(s => s.AgencyId).SingleAsync());
        var agencyBefore = await AgencyCountsAsync(factory, agencyId, day);

        var officer = await Api.LoginAsync(factory, "officer");
        await ClueSteps.PostAsync(officer, id, "valid", new { version = await ClueSteps.VersionAsync(officer, id) });
        var issued = await (await ClueSteps.PostAsync(officer, id, "notice", new { version = await ClueSteps.VersionAsync(officer, id) })).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await factory.NewClient().PostAsJsonAsync($"/api/v1/public/statements/{issued.GetProperty("token").GetString()}", new { kind = "accept" })).StatusCode);
        var toCase = await ClueSteps.PostAsync(officer, id, "case", new { version = await ClueSteps.VersionAsync(officer, id) });
        Assert.Equal(HttpStatusCode.Created, toCase.StatusCode);

        var site = await WimStatsSteps.WithDbAsync(factory, async db => (
            Daily: await db.WimDailyRollups.IgnoreQueryFilters().Where(r => r.StationId == stationId).SumAsync(r => r.Cases + (r.Notices * 10)),
            Monthly: await db.WimMonthlyRollups.IgnoreQueryFilters().Where(r => r.StationId == stationId).SumAsync(r => r.Cases + (r.Notices * 10))));
        Assert.Equal((11, 11), site);
        Assert.Equal((agencyBefore.Cases + 1, agencyBefore.Notices + 1), await AgencyCountsAsync(factory, agencyId, day));

        var q = $"from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";
        var summary = await (await officer.GetAsync($"/api/v1/wim/stats/summary?{q}&stationId={stationId}")).JsonAsync();
        Assert.Equal((1L, 1L, 1L), (summary.GetProperty("clues").GetInt64(), summary.GetProperty("notices").GetInt64(), summary.GetProperty("cases").GetInt64()));
    }

    private static Task<(int Cases, int Notices)> AgencyCountsAsync(PlatformFactory factory, int agencyId, DateOnly day) =>
        WimStatsSteps.WithDbAsync(factory, async db => await db.WimAgencyDailyRollups.IgnoreQueryFilters().Where(r => r.AgencyId == agencyId && r.Day == day)
            .Select(r => new { r.Cases, r.Notices }).FirstOrDefaultAsync() is { } row ? (row.Cases, row.Notices) : (0, 0));
}
