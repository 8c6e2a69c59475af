using CsCheck;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>一事不再罚: one trip, one violation; all hits kept; the governing record chosen by an explicit rule.</summary>
public sealed class SameTripTests
{
    private static readonly DateTime T0 = new(2026, 5, 20, 0, 0, 0, DateTimeKind.Utc);
    private static readonly VehiclePlate Truck = VehiclePlate.Parse("青A12345", "黄");
    private static readonly SameTripRule Rule = new() { Window = TimeSpan.FromHours(6) };

    private static TripHit Hit(string id, double hours, int overKg, VehiclePlate? plate = null, string route = "G109", int gross = 60_000, string device = "D1") =>
        new(device, id, plate ?? Truck, route, T0.AddHours(hours), overKg, gross);

    [Fact]
    public void HitsOfOneVehicleOnOneRouteWithinTheWindow_AreOneViolation_GovernedByTheHeaviest()
    {
        var groups = Rule.Group([Hit("a", 0, 5_000), Hit("b", 2, 9_000, device: "D2"), Hit("c", 6, 7_000, device: "D3")]);

        var group = Assert.Single(groups);
        Assert.Equal(["a", "b", "c"], group.Hits.Select(h => h.RecordId));
        Assert.Equal("b", group.Governing.RecordId);
    }

    [Fact]
    public void HitAfterTheWindow_OpensANewTrip()
    {
        var groups = Rule.Group([Hit("a", 0, 5_000), Hit("b", 6.01, 9_000)]);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void WindowRunsFromTheTripsFirstHit_NotFromTheLastOne()
    {
        var groups = Rule.Group([Hit("a", 0, 5_000), Hit("b", 5, 5_000), Hit("c", 10, 5_000)]);

        Assert.Equal([["a", "b"], ["c"]], groups.Select(g => g.Hits.Select(h => h.RecordId).ToArray()));
    }

    [Fact]
    public void OtherRouteOrOtherColour_IsAnotherViolation()
    {
        var blue = VehiclePlate.Parse("青A12345", "蓝");

        var groups = Rule.Group([Hit("a", 0, 5_000), Hit("b", 1, 5_000, route: "G6"), Hit("c", 1, 5_000, plate: blue)]);

        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void GoverningTie_GoesToTheHeavierGross_ThenTheEarlierCapture()
    {
        Assert.Equal("b", Assert.Single(Rule.Group([Hit("a", 0, 5_000, gross: 60_000), Hit("b", 1, 5_000, gross: 61_000)])).Governing.RecordId);
        Assert.Equal("a", Assert.Single(Rule.Group([Hit("a", 0, 5_000), Hit("b", 1, 5_000)])).Governing.RecordId);
    }

    private static readonly VehiclePlate[] Plates =
        [Truck, VehiclePlate.Parse("青A12345", "蓝"), VehiclePlate.Parse("青B67890", "黄"), VehiclePlate.Parse("青AD12345", "绿")];

    private static readonly Gen<TripHit> AnyHit =
        Gen.Select(Gen.Int[0, Plates.Length - 1], Gen.Int[0, 1], Gen.Int[0, 72 * 60], Gen.Int[1, 20_000], Gen.Int[0, 3], Gen.Int[0, 999],
            (plate, route, minute, over, device, id) => new TripHit("D" + device, "R" + id, Plates[plate], route == 0 ? "G109" : "G6",
                T0.AddMinutes(minute), over, 50_000 + over));

    private static string Shape(IReadOnlyList<TripGroup> groups) => string.Join(";", groups.Select(g =>
        $"{g.Plate}/{g.RouteCode}/{g.Governing.DeviceCode}:{g.Governing.RecordId}/" + string.Join(",", g.Hits.Select(h => h.DeviceCode + ":" + h.RecordId + "@" + h.CapturedAtUtc.Ticks))));

    [Fact]
    public void Grouping_DoesNotDependOnInputOrder()
    {
        Gen.Select(AnyHit.Array[0, 40], Gen.Int).Sample((hits, seed) =>
        {
            var shuffled = hits.ToArray();
            new Random(seed).Shuffle(shuffled);

            Assert.Equal(Shape(Rule.Group(hits)), Shape(Rule.Group(shuffled)));
        });
    }

    [Fact]
    public void Grouping_KeepsEveryHitOnce_InTripsOfOneVehicleRouteAndWindow_GovernedByTheLargestOverLimit()
    {
        AnyHit.Array[0, 40].Sample(hits =>
        {
            var groups = Rule.Group(hits);

            Assert.Equal(hits.Length, groups.Sum(g => g.Hits.Count));
            foreach (var g in groups)
            {
                Assert.All(g.Hits, h => Assert.Equal((g.Plate, g.RouteCode), (h.Plate, h.RouteCode)));
                Assert.True(g.Hits[^1].CapturedAtUtc - g.Hits[0].CapturedAtUtc <= Rule.Window);
                Assert.Equal(g.Hits.Max(h => h.EffectiveOverKg), g.Governing.EffectiveOverKg);
                Assert.Contains(g.Governing, g.Hits);
            }

            // Consecutive trips of one vehicle on one route start more than a window apart.
            foreach (var run in groups.GroupBy(g => (g.Plate, g.RouteCode)))
            {
                var trips = run.ToList();
                for (var i = 1; i < trips.Count; i++)
                {
                    Assert.True(trips[i].Hits[0].CapturedAtUtc - trips[i - 1].Hits[0].CapturedAtUtc > Rule.Window);
                }
            }
        });
    }
}
