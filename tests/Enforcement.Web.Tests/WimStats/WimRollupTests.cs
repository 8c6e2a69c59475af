using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;
using Enforcement.Web.Features.WimStats;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.WimStats;

/// <summary>The rollups against a recount of the raw records: random deliveries, re-deliveries, a crash between chunks.</summary>
public sealed class WimRollupTests
{
    private sealed class Crash : Exception
    {
        public Crash() : base("simulated crash before the chunk's commit") { }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rollups_EqualARawRecount_AfterRandomDeliveriesWithDuplicates_AndACrashBetweenChunks(string provider)
    {
        using var factory = new PlatformFactory(provider, new Dictionary<string, string?> { ["Wim:Stats:Background"] = "false" });
        var valid = await WimStatsSteps.DeviceAsync(factory);
        var uncertified = await WimStatsSteps.DeviceAsync(factory, certified: false);
        var random = new Random(20261122);
        var now = DateTime.UtcNow;
        var batches = new List<(StatsDevice Device, string Id, List<StatsRow> Rows)>();
        foreach (var device in new[] { valid, uncertified })
        {
            var rows = Enumerable.Range(1, 240).Select(i => new StatsRow(
                $"R-{i}",
                now.AddMinutes(-random.Next(10, 20 * 24 * 60)).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
                random.Next(1, 4),
                WimStatsSteps.Plate(random.Next(0, 30)),
                random.Next(10) switch { < 6 => random.Next(20_000, 49_000), < 8 => random.Next(49_000, 51_000), < 9 => random.Next(51_000, 80_000), _ => random.Next(100_000, 110_000) })).ToList();
            for (var b = 0; b < rows.Count; b += 30)
            {
                batches.Add((device, $"B-{b}", rows.Skip(b).Take(30).ToList()));
            }

            // The same records again under new delivery ids: stored once.
            batches.Add((device, "again-1", rows.Take(45).ToList()));
            batches.Add((device, "again-2", rows.Skip(100).Take(20).ToList()));
        }

        // Every delivery once, a third of them re-delivered, all in shuffled order.
        var deliveries = batches.Concat(batches.Where((_, i) => i % 3 == 0)).OrderBy(_ => random.Next()).ToList();
        foreach (var (device, id, rows) in deliveries)
        {
            await WimStatsSteps.PostAsync(factory, device, id, rows);
        }

        var stations = new[] { valid.StationId, uncertified.StationId };
        var calls = 0;
        var crashing = new WimRollupFolder(new WimRollupOptions { ChunkRows = 50 })
        {
            BeforeCommit = (_, _, _) => ++calls == 4 ? throw new Crash() : Task.CompletedTask,
        };
        await Assert.ThrowsAsync<Crash>(() => WimStatsSteps.WithDbAsync(factory, db => crashing.CatchUpAsync(db.Database.GetDbConnection(), CancellationToken.None)));

        // Three chunks counted, the fourth not at all.
        var watermark = await WimStatsSteps.WithDbAsync(factory, db => db.WimRollupWatermarks.SingleAsync(w => w.Name == WimRollupFolder.RecordsWatermark));
        Assert.Equal(150, watermark.Position);
        var partial = await RecountAsync(factory, stations, watermark.Position);
        Assert.Equal(partial, await RollupsAsync(factory, stations));
        await AssertCoarseAsync(factory, stations, partial);

        await factory.Services.GetRequiredService<WimRollupWorker>().CatchUpAsync(CancellationToken.None);
        var expected = await RecountAsync(factory, stations, long.MaxValue);
        Assert.Equal(480, expected.Sum(r => r.Weighed));
        Assert.Contains(expected, r => r.Fines > 0);
        Assert.Contains(expected, r => r.InvalidDevice > 0);
        Assert.Contains(expected, r => r.HundredTonKing > 0);
        Assert.Equal(expected, await RollupsAsync(factory, stations));
        await AssertCoarseAsync(factory, stations, expected);

        var clues = await WimStatsSteps.WithDbAsync(factory, db => db.OverloadViolations.IgnoreQueryFilters().CountAsync(v => v.GoverningDeviceId == valid.Id));
        Assert.True(clues > 0);
        Assert.Equal(clues, await WimStatsSteps.WithDbAsync(factory, db => db.WimDailyRollups.IgnoreQueryFilters().Where(r => stations.Contains(r.StationId)).SumAsync(r => r.Clues)));

        var invalid = await WimStatsSteps.WithDbAsync(factory, db => db.WimInvalidRollups.IgnoreQueryFilters().Where(r => r.StationId == uncertified.StationId && r.Reason == "device.certificate").SumAsync(r => r.Records));
        Assert.Equal(240, invalid);

        // Folding again changes nothing.
        await factory.Services.GetRequiredService<WimRollupWorker>().CatchUpAsync(CancellationToken.None);
        Assert.Equal(expected, await RollupsAsync(factory, stations));
    }

    /// <summary>
    /// PostgreSQL only: there deliveries commit concurrently, out of sequence order (SQLite has one writer, so an open
    /// write transaction and the fold's own writes cannot run side by side). A record whose delivery is still open when
    /// the fold reads the sequence must hold the fold back, and be counted once it commits; were the fold to pass it,
    /// it would never be counted (the watermark only moves forward).
    /// </summary>
    [Fact]
    public async Task Fold_WaitsForADeliveryStillOpen_AndCountsItsRecordOnceCommitted()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        using var factory = new PlatformFactory("Postgres", new Dictionary<string, string?> { ["Wim:Stats:Background"] = "false" });
        var device = await WimStatsSteps.DeviceAsync(factory);
        var at = DateTime.UtcNow.AddHours(-2).AddTicks(-(DateTime.UtcNow.Ticks % TimeSpan.TicksPerSecond));
        await WimStatsSteps.PostAsync(factory, device, "B-1", Enumerable.Range(1, 5).Select(i => new StatsRow($"R-{i}", at.AddMinutes(i), 1, WimStatsSteps.Plate(i), 30_000)));
        var folder = new WimRollupFolder(new WimRollupOptions());
        await WimStatsSteps.WithDbAsync(factory, db => folder.CatchUpAsync(db.Database.GetDbConnection(), CancellationToken.None));

        // A delivery that has drawn its record's sequence value and not committed yet (newer than every finished transaction).
        await using var open = new Npgsql.NpgsqlConnection(factory.Database.ConnectionString);
        await open.OpenAsync();
        await using var delivery = await open.BeginTransactionAsync();
        var columns = WimRecordCopy.Columns;
        await using (var insert = new Npgsql.NpgsqlCommand(
            $"INSERT INTO \"WimRecords\" ({columns}) SELECT {columns.Replace("\"RecordId\"", "'R-late'", StringComparison.Ordinal)} " +
            $"FROM \"WimRecords\" WHERE \"DeviceId\" = {device.Id} LIMIT 1", open, delivery))
        {
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        var fold = WimStatsSteps.WithDbAsync(factory, db => folder.CatchUpAsync(db.Database.GetDbConnection(), CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(fold.IsCompleted, "the fold went ahead while a delivery below its bound was still open");
        await delivery.CommitAsync();
        await fold;

        var weighed = await WimStatsSteps.WithDbAsync(factory, db => db.WimDailyRollups.IgnoreQueryFilters().Where(r => r.StationId == device.StationId).SumAsync(r => r.Weighed));
        Assert.Equal(6, weighed);
    }

    private sealed record Counts(int StationId, int Lane, DateOnly Day, int Weighed, int OverLimit, int Warnings, int Fines, long FineFen, int HundredTonKing, int Invalid, int InvalidDevice);

    private static async Task<List<Counts>> RecountAsync(PlatformFactory factory, int[] stations, long upToSeq)
    {
        var rows = await WimStatsSteps.WithDbAsync(factory, db => db.WimRecords.IgnoreQueryFilters().AsNoTracking()
            .Where(r => stations.Contains(r.StationId) && r.Seq <= upToSeq)
            .Select(r => new { r.StationId, r.Lane, r.CapturedAtUtc, r.Outcome, r.FineFen, r.HundredTonKing, r.InvalidReasons }).ToListAsync());
        return [.. rows.GroupBy(r => (r.StationId, r.Lane, Day: DateOnly.FromDateTime(r.CapturedAtUtc.AddHours(8))))
            .Select(g => new Counts(g.Key.StationId, g.Key.Lane, g.Key.Day, g.Count(),
                g.Count(r => r.Outcome is OverloadOutcome.Warning or OverloadOutcome.Fine), g.Count(r => r.Outcome == OverloadOutcome.Warning),
                g.Count(r => r.Outcome == OverloadOutcome.Fine), g.Where(r => r.Outcome == OverloadOutcome.Fine).Sum(r => r.FineFen),
                g.Count(r => r.HundredTonKing), g.Count(r => r.Outcome == OverloadOutcome.Invalid),
                g.Count(r => r.Outcome == OverloadOutcome.Invalid && (r.InvalidReasons & WimRollupFolder.DeviceMask) != 0)))
            .OrderBy(c => c.StationId).ThenBy(c => c.Lane).ThenBy(c => c.Day)];
    }

    /// <summary>The recount regrouped by site and month, and by day over both sites (one agency): what the monthly and agency rollups must hold.</summary>
    private static (List<string> Monthly, List<string> AgencyDaily) Coarse(List<Counts> counts)
    {
        static string Sums(IEnumerable<Counts> g) => string.Join(",", g.Sum(c => c.Weighed), g.Sum(c => c.OverLimit), g.Sum(c => c.Warnings), g.Sum(c => c.Fines),
            g.Sum(c => c.FineFen), g.Sum(c => c.HundredTonKing), g.Sum(c => c.Invalid), g.Sum(c => c.InvalidDevice));
        return (
            [.. counts.GroupBy(c => (c.StationId, Month: new DateOnly(c.Day.Year, c.Day.Month, 1))).OrderBy(g => g.Key).Select(g => $"{g.Key.StationId} {g.Key.Month:yyyy-MM-dd} {Sums(g)}")],
            [.. counts.GroupBy(c => c.Day).OrderBy(g => g.Key).Select(g => $"{g.Key:yyyy-MM-dd} {Sums(g)}")]);
    }

    private static async Task AssertCoarseAsync(PlatformFactory factory, int[] stations, List<Counts> recount)
    {
        var (monthly, agencyDaily) = Coarse(recount);
        var rollups = await CoarseRollupsAsync(factory, stations);
        Assert.Equal(monthly, rollups.Monthly);
        Assert.Equal(agencyDaily, rollups.AgencyDaily);
    }

    private static async Task<(List<string> Monthly, List<string> AgencyDaily)> CoarseRollupsAsync(PlatformFactory factory, int[] stations)
    {
        var monthly = await WimStatsSteps.WithDbAsync(factory, db => db.WimMonthlyRollups.IgnoreQueryFilters().Where(r => stations.Contains(r.StationId) && r.Weighed > 0).ToListAsync());
        var agency = await WimStatsSteps.WithDbAsync(factory, async db =>
        {
            var agencies = await db.Stations.IgnoreQueryFilters().Where(s => stations.Contains(s.Id)).Select(s => s.AgencyId).Distinct().ToListAsync();
            return await db.WimAgencyDailyRollups.IgnoreQueryFilters().Where(r => agencies.Contains(r.AgencyId) && r.Weighed > 0).ToListAsync();
        });
        return (
            [.. monthly.OrderBy(r => (r.StationId, r.Month)).Select(r => $"{r.StationId} {r.Month:yyyy-MM-dd} {string.Join(",", r.Weighed, r.OverLimit, r.Warnings, r.Fines, r.FineFen, r.HundredTonKing, r.Invalid, r.InvalidDevice)}")],
            [.. agency.OrderBy(r => r.Day).Select(r => $"{r.Day:yyyy-MM-dd} {string.Join(",", r.Weighed, r.OverLimit, r.Warnings, r.Fines, r.FineFen, r.HundredTonKing, r.Invalid, r.InvalidDevice)}")]);
    }

    private static async Task<List<Counts>> RollupsAsync(PlatformFactory factory, int[] stations)
    {
        var rows = await WimStatsSteps.WithDbAsync(factory, db => db.WimDailyRollups.IgnoreQueryFilters().Where(r => stations.Contains(r.StationId) && r.Weighed > 0).ToListAsync());
        return [.. rows.Select(r => new Counts(r.StationId, r.Lane, r.Day, r.Weighed, r.OverLimit, r.Warnings, r.Fines, r.FineFen, r.HundredTonKing, r.Invalid, r.InvalidDevice))
            .OrderBy(c => c.StationId).ThenBy(c => c.Lane).ThenBy(c => c.Day)];
    }
}
