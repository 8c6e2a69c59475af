using System.Globalization;
using System.Text.Json;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.WimStats;

/// <summary>
/// The dashboard's answers read from the monthly and per-agency rollups equal the same answers summed from the site
/// rollups day by day (lane, day; hour of day; reason), over ranges that cross month edges, for the whole scope and
/// for each site; and the migration's backfill builds the same coarse rows as the fold.
/// </summary>
public sealed class WimMonthlyRollupTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Answers_FromMonthlyAndAgencyRollups_EqualTheDailyOnlySums_OverRangesCrossingMonthEdges(string provider)
    {
        using var factory = new PlatformFactory(provider, new Dictionary<string, string?> { ["Wim:Stats:Background"] = "false" });
        var stations = await LoadAsync(factory);
        using var supervisor = await Api.LoginAsync(factory, "supervisor");
        var scope = await WimStatsSteps.WithDbAsync(factory, db => db.Agencies.Where(a => a.Key == "gonghe-dot" || a.Key == "guide-dot").Select(a => a.Id).ToArrayAsync());
        var fine = await FineRowsAsync(factory, scope);
        Assert.True(fine.Daily.Sum(r => r.Cases) > 0 && fine.Daily.Sum(r => r.Notices) > 0 && fine.Daily.Sum(r => r.Clues) > 0);

        var today = Today;
        var monthAgo = FirstOfMonth(today).AddMonths(-1);
        var ranges = new (DateOnly From, DateOnly To)[]
        {
            (today.AddDays(-105), today),                                       // partial, whole, whole, partial (or so)
            (monthAgo.AddMonths(-2), monthAgo.AddDays(-1)),                     // exactly two whole months
            (monthAgo.AddMonths(-2).AddDays(1), monthAgo.AddMonths(1).AddDays(-2)), // partial, whole, partial at both ends
            (monthAgo.AddDays(-9), monthAgo.AddDays(9)),                        // one edge, no whole month
            (monthAgo.AddDays(3), monthAgo.AddDays(3)),                         // one day
            (today.AddDays(-365), today),                                       // a year
        };
        foreach (var (from, to) in ranges)
        {
            var q = string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
            foreach (var station in stations.Select(s => (int?)s).Prepend(null))
            {
                var where = station is { } id ? $"{q}&stationId={id}" : q;
                var daily = fine.Daily.Where(r => r.Day >= from && r.Day <= to && (station is null || r.StationId == station)).ToList();
                var label = $"{where} on {provider}";

                var summary = await GetAsync(supervisor, $"/api/v1/wim/stats/summary?{where}");
                Assert.True(new long[]
                {
                    daily.Sum(r => r.Weighed), daily.Sum(r => r.OverLimit), daily.Sum(r => r.Warnings), daily.Sum(r => r.Fines), daily.Sum(r => r.HundredTonKing),
                    daily.Sum(r => r.Invalid), daily.Sum(r => r.InvalidDevice), daily.Sum(r => r.Clues), daily.Sum(r => r.Cases), daily.Sum(r => r.Notices),
                }.SequenceEqual(new[] { "weighed", "overLimit", "warnings", "fines", "hundredTonKing", "invalid", "invalidDevice", "clues", "cases", "notices" }
                    .Select(p => summary.GetProperty(p).GetInt64())), $"summary {label}: {summary}");
                Assert.Equal(daily.Sum(r => r.FineFen) / 100m, summary.GetProperty("fineYuan").GetDecimal());

                var trend = await GetAsync(supervisor, $"/api/v1/wim/stats/daily?{where}");
                var byDay = daily.GroupBy(r => r.Day).ToDictionary(g => g.Key, g => (Weighed: g.Sum(r => r.Weighed), Over: g.Sum(r => r.OverLimit), Invalid: g.Sum(r => r.Invalid), Clues: g.Sum(r => r.Clues)));
                foreach (var point in trend.EnumerateArray())
                {
                    var day = DateOnly.Parse(point.GetProperty("day").GetString()!, CultureInfo.InvariantCulture);
                    var expected = byDay.GetValueOrDefault(day);
                    Assert.True(expected == (point.GetProperty("weighed").GetInt64(), point.GetProperty("overLimit").GetInt64(), point.GetProperty("invalid").GetInt64(), point.GetProperty("clues").GetInt64()),
                        $"daily {day} {label}: {point}");
                }

                var heat = await GetAsync(supervisor, $"/api/v1/wim/stats/heatmap?{where}");
                var hours = fine.Hourly.Where(r => r.Day >= from && r.Day <= to && (station is null || r.StationId == station))
                    .GroupBy(r => (r.DayOfWeek, r.Hour)).ToDictionary(g => g.Key, g => (g.Sum(r => r.Weighed), g.Sum(r => r.OverLimit)));
                Assert.Equal(168, heat.GetArrayLength());
                foreach (var cell in heat.EnumerateArray())
                {
                    var key = (cell.GetProperty("dayOfWeek").GetInt32(), cell.GetProperty("hour").GetInt32());
                    Assert.True(hours.GetValueOrDefault(key) == (cell.GetProperty("weighed").GetInt64(), cell.GetProperty("overLimit").GetInt64()), $"heat {key} {label}: {cell}");
                }

                var invalid = await GetAsync(supervisor, $"/api/v1/wim/stats/invalid?{where}");
                var reasons = fine.Invalid.Where(r => r.Day >= from && r.Day <= to && (station is null || r.StationId == station))
                    .GroupBy(r => r.Reason).Select(g => (g.Key, g.Sum(r => r.Records))).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
                Assert.Equal(reasons, invalid.EnumerateArray().Select(r => (r.GetProperty("code").GetString()!, r.GetProperty("records").GetInt64()))
                    .OrderBy(x => x.Item1, StringComparer.Ordinal).ToList());

                if (station is null)
                {
                    var ranking = await GetAsync(supervisor, $"/api/v1/wim/stats/stations?{q}&top=200");
                    var expected = daily.GroupBy(r => r.StationId)
                        .Select(g => (g.Key, g.Sum(r => r.Weighed), g.Sum(r => r.OverLimit), g.Sum(r => r.HundredTonKing), g.Sum(r => r.Clues), g.Sum(r => r.FineFen) / 100m))
                        .OrderByDescending(x => x.Item3).ThenBy(x => x.Key).ToList();
                    Assert.Equal(expected, ranking.EnumerateArray().Select(r => (r.GetProperty("stationId").GetInt32(), r.GetProperty("weighed").GetInt64(),
                        r.GetProperty("overLimit").GetInt64(), r.GetProperty("hundredTonKing").GetInt64(), r.GetProperty("clues").GetInt64(), r.GetProperty("fineYuan").GetDecimal())).ToList());
                }
            }
        }

        // The site of another agency is in no answer of the 海南州 supervisor, though it is in the rollups.
        Assert.Contains(await WimStatsSteps.WithDbAsync(factory, db => db.WimAgencyDailyRollups.IgnoreQueryFilters().Select(r => r.AgencyId).Distinct().ToListAsync()),
            a => !scope.Contains(a));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Backfill_OfTheMigration_BuildsTheSameCoarseRowsAsTheFold(string provider)
    {
        using var factory = new PlatformFactory(provider, new Dictionary<string, string?> { ["Wim:Stats:Background"] = "false" });
        await LoadAsync(factory);
        var folded = await CoarseRowsAsync(factory);
        Assert.NotEmpty(folded);

        // Down to the migration before the coarse rollups (their tables dropped), then up again: the backfill regroups
        // the site rollups.
        await WimStatsSteps.WithDbAsync(factory, async db =>
        {
            var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
            await migrator.MigrateAsync("WimStatisticsRollups");
            Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_WimMonthlyAndAgencyRollups", StringComparison.Ordinal));
            await migrator.MigrateAsync();
            return true;
        });

        Assert.Equal(folded, await CoarseRowsAsync(factory));
    }

    /// <summary>
    /// Three sites over the last 110 days (two of 海南州's counties, one of 西宁), folded in small chunks, with 立案 and
    /// 告知 counted for some clues as the clue review does. Answers the in-scope sites.
    /// </summary>
    private static async Task<int[]> LoadAsync(PlatformFactory factory)
    {
        var devices = new[]
        {
            await WimStatsSteps.DeviceAsync(factory, "gonghe-dot"),
            await WimStatsSteps.DeviceAsync(factory, "guide-dot", certified: false),
            await WimStatsSteps.DeviceAsync(factory, "xn-dot"),
        };
        var random = new Random(20261123);
        var now = DateTime.UtcNow;
        foreach (var device in devices)
        {
            var rows = Enumerable.Range(1, 360).Select(i => new StatsRow(
                $"M-{i}",
                now.AddMinutes(-random.Next(5, 110 * 24 * 60)).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
                random.Next(1, 4),
                WimStatsSteps.Plate(random.Next(0, 5_000)),
                random.Next(10) switch { < 6 => random.Next(20_000, 49_000), < 8 => random.Next(49_000, 51_000), < 9 => random.Next(51_000, 80_000), _ => random.Next(100_000, 110_000) })).ToList();
            for (var b = 0; b < rows.Count; b += 90)
            {
                await WimStatsSteps.PostAsync(factory, device, $"M-{b}", rows.Skip(b).Take(90));
            }
        }

        await WimStatsSteps.WithDbAsync(factory, db => new WimRollupFolder(new WimRollupOptions { ChunkRows = 97 }).CatchUpAsync(db.Database.GetDbConnection(), CancellationToken.None));
        var clues = await WimStatsSteps.WithDbAsync(factory, db => db.OverloadViolations.IgnoreQueryFilters().OrderBy(v => v.Id).Select(v => v.Id).ToListAsync());
        Assert.True(clues.Count > 6, $"{clues.Count} clues");
        foreach (var (id, i) in clues.Select((id, i) => (id, i)).Where(x => x.i % 3 == 0))
        {
            await WimStatsSteps.WithDbAsync(factory, async db =>
            {
                await WimStatisticsCounters.CountNoticeAsync(db, id, CancellationToken.None);
                if (i % 2 == 0)
                {
                    await WimStatisticsCounters.CountCaseAsync(db, id, CancellationToken.None);
                }

                return true;
            });
        }

        return [devices[0].StationId, devices[1].StationId];
    }

    private sealed record FineDaily(int StationId, DateOnly Day, long Weighed, long OverLimit, long Warnings, long Fines, long FineFen, long HundredTonKing,
        long Invalid, long InvalidDevice, long Clues, long Cases, long Notices);

    private sealed record FineHour(int StationId, DateOnly Day, int DayOfWeek, int Hour, long Weighed, long OverLimit);

    private sealed record FineReason(int StationId, DateOnly Day, string Reason, long Records);

    private sealed record FineRows(List<FineDaily> Daily, List<FineHour> Hourly, List<FineReason> Invalid);

    /// <summary>The site rollups (lane × day, day × hour, lane × day × reason) of the given agencies: what the answers were summed from before.</summary>
    private static async Task<FineRows> FineRowsAsync(PlatformFactory factory, int[] agencies) => await WimStatsSteps.WithDbAsync(factory, async db => new FineRows(
        (await db.WimDailyRollups.IgnoreQueryFilters().Where(r => agencies.Contains(r.AgencyId)).ToListAsync())
            .Select(r => new FineDaily(r.StationId, r.Day, r.Weighed, r.OverLimit, r.Warnings, r.Fines, r.FineFen, r.HundredTonKing, r.Invalid, r.InvalidDevice, r.Clues, r.Cases, r.Notices)).ToList(),
        (await db.WimHourlyRollups.IgnoreQueryFilters().Where(r => agencies.Contains(r.AgencyId)).ToListAsync())
            .Select(r => new FineHour(r.StationId, r.Day, r.DayOfWeek, r.Hour, r.Weighed, r.OverLimit)).ToList(),
        (await db.WimInvalidRollups.IgnoreQueryFilters().Where(r => agencies.Contains(r.AgencyId)).ToListAsync())
            .Select(r => new FineReason(r.StationId, r.Day, r.Reason, r.Records)).ToList()));

    /// <summary>Every row of the coarse rollups, as text, in a stable order.</summary>
    private static async Task<List<string>> CoarseRowsAsync(PlatformFactory factory) => await WimStatsSteps.WithDbAsync(factory, async db =>
    {
        var rows = new List<string>();
        rows.AddRange((await db.WimMonthlyRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("month", r)));
        rows.AddRange((await db.WimHeatRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("heat", r)));
        rows.AddRange((await db.WimMonthlyInvalidRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("month-invalid", r)));
        rows.AddRange((await db.WimAgencyDailyRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("agency-day", r)));
        rows.AddRange((await db.WimAgencyHourlyRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("agency-hour", r)));
        rows.AddRange((await db.WimAgencyHeatRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("agency-heat", r)));
        rows.AddRange((await db.WimAgencyInvalidRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("agency-invalid", r)));
        rows.AddRange((await db.WimAgencyMonthlyInvalidRollups.IgnoreQueryFilters().ToListAsync()).Select(r => Text("agency-month-invalid", r)));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    });

    private static string Text(string kind, object row) => kind + " " + JsonSerializer.Serialize(row);

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
