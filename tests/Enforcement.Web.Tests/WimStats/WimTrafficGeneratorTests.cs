using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;

namespace Enforcement.Web.Tests.WimStats;

public sealed class WimTrafficGeneratorTests
{
    private static readonly SimulatedScale[] Scales =
    [
        new("QH-A-WIM1", "G6", 1_712_500, 4, 3m, 20m), new("QH-B-WIM1", "G6", 1_789_200, 4, 3m, 20m),
        new("QH-C-WIM1", "G109", 1_890_300, 2, 20m, 100m), new("QH-D-WIM1", "G109", 1_950_000, 2, 20m, 100m), new("QH-E-WIM1", "S101", 12_000, 2, 20m, 100m),
    ];

    private static readonly DateTime To = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime From = To.AddDays(-28);

    private static List<SimulatedRow> Generate(int seed, int count) =>
        [.. new WimTrafficGenerator(Scales, new WimTrafficSettings { Seed = seed }).Generate(From, To, count)];

    [Fact]
    public void SameSeed_GivesTheSameTraffic_AndAnotherSeedDifferentTraffic()
    {
        var a = Generate(7, 2_000).Select(r => r.CsvLine).ToList();
        var b = Generate(7, 2_000).Select(r => r.CsvLine).ToList();
        var c = Generate(8, 2_000).Select(r => r.CsvLine).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Traffic_HasARealisticAxleMix_AFewPerCentOverTheLimit_RareHundredTonTrucks_AndNewEnergyPlates()
    {
        var rows = Generate(42, 20_000);
        var good = rows.Where(r => !r.Bad).ToList();
        var byAxles = good.GroupBy(r => r.AxleCount).ToDictionary(g => g.Key, g => (double)g.Count() / good.Count);
        Assert.Equal([2, 3, 4, 5, 6], byAxles.Keys.Order());
        Assert.Equal(6, byAxles.MaxBy(p => p.Value).Key);
        Assert.InRange(byAxles[2], 0.15, 0.30);

        int Limit(int axles) => axles switch { 2 => 18_000, 3 => 25_000, 4 => 36_000, 5 => 43_000, _ => 49_000 };
        var over = good.Count(r => r.GrossKg > Limit(r.AxleCount)) / (double)good.Count;
        Assert.InRange(over, 0.02, 0.07);
        var kings = good.Count(r => r.GrossKg >= 100_000) / (double)good.Count;
        Assert.InRange(kings, 0.0002, 0.005);

        var plates = good.Select(r => r.CsvLine.Split(',')).Select(f => (Plate: f[4], Colour: f[5])).ToList();
        var newEnergy = plates.Count(p => p.Plate.Length == 8) / (double)plates.Count;
        Assert.InRange(newEnergy, 0.04, 0.14);
        Assert.All(plates.Where(p => p.Plate.Length == 8), p => Assert.Contains(p.Colour, new[] { "黄绿", "绿" }));
        Assert.All(plates.Where(p => p.Plate.Length == 7), p => Assert.Equal("黄", p.Colour));

        var bad = rows.Count(r => r.Bad) / (double)rows.Count;
        Assert.InRange(bad, 0.002, 0.01);
        Assert.All(good, r => Assert.InRange(r.CapturedAtUtc, From.AddHours(-5), To));
    }

    [Fact]
    public void Traffic_RepeatsVehiclesOnTheirRoute_AndResendsSomeRecords()
    {
        var rows = Generate(3, 10_000);
        var resent = rows.GroupBy(r => (r.DeviceCode, r.RecordId)).Count(g => g.Count() > 1);
        Assert.InRange(resent, 20, 300);

        var route = Scales.ToDictionary(s => s.DeviceCode, s => s.RouteCode);
        var trips = rows.Where(r => !r.Bad).GroupBy(r => r.CsvLine.Split(',')[4])
            .Count(g => g.Any(x => g.Any(y => y.DeviceCode != x.DeviceCode && route[y.DeviceCode] == route[x.DeviceCode]
                && Math.Abs((y.CapturedAtUtc - x.CapturedAtUtc).TotalHours) <= 4 && Math.Abs(y.GrossKg - x.GrossKg) <= x.GrossKg / 50)));
        Assert.True(trips > 300, $"{trips} vehicles seen at two sites of one route on one trip");
    }

    [Fact]
    public void GoodRows_PassTheQuarantineChecks_AndBadRowsDoNot()
    {
        var rows = Generate(11, 5_000);
        var csv = WimTrafficGenerator.CsvHeader + "\n" + string.Join("\n", rows.Select(r => r.CsvLine));
        using var text = new StringReader(csv);
        var reader = WimCsvReader.Open(text, null).Value!;
        var now = To.AddHours(1);
        var i = 0;
        while (reader.ReadRow() is { } row)
        {
            var good = row.ParseErrors is null && WimRecordCheck.Check(row.Record, now, QuarantineSettings.Default).IsGood;
            Assert.True(good == !rows[i].Bad, $"row {i + 1} ({(rows[i].Bad ? "bad" : "good")}): {rows[i].CsvLine}");
            i++;
        }

        Assert.Equal(rows.Count, i);
    }
}
