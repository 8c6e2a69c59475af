using Enforcement.Domain.Overload.Stations;

namespace Enforcement.Domain.Tests.Overload.Stations;

public sealed class StationRulesTests
{
    private static StationDraft Good => new("qh-fx-gh-01", "倒淌河东非现场执法点", "非现场执法点", "g109", "k1970+200", "上行", 2, 101.021m, 36.438m, "倒淌河镇东");

    private static Station Empty() => new() { Code = "", Name = "", RouteCode = "", Stake = "" };

    [Fact]
    public void GoodDraft_IsWrittenCanonically()
    {
        var station = Empty();

        Assert.Empty(StationRules.Apply(Good, station));
        Assert.Equal("QH-FX-GH-01", station.Code);
        Assert.Equal("G109", station.RouteCode);
        Assert.Equal("K1970+200", station.Stake);
        Assert.Equal(StationKind.NonSitePoint, station.Kind);
        Assert.Equal(RoadDirection.Up, station.Direction);
    }

    [Theory]
    [InlineData("K1890+300", "K1890+300")]
    [InlineData("k1890+3", "K1890+003")]
    [InlineData("K0", "K0+000")]
    [InlineData(" K 12 ＋ 600 ", "K12+600")]
    [InlineData("1890+300", null)]
    [InlineData("K1890+1000", null)]
    [InlineData("K12345+000", null)]
    public void Stake_IsKilometresPlusMetres(string input, string? expected)
    {
        Assert.Equal(expected, StationRules.NormaliseStake(input));
    }

    [Theory]
    [InlineData("G6", true)]
    [InlineData("G0611", true)]
    [InlineData("S101", true)]
    [InlineData("X203", true)]
    [InlineData("109", false)]
    [InlineData("G12345", false)]
    [InlineData("京藏高速", false)]
    public void RouteCode_IsAClassLetterAndANumber(string route, bool accepted)
    {
        var refusals = StationRules.Apply(Good with { RouteCode = route }, Empty());

        Assert.Equal(accepted, refusals.All(r => r.Field != "routeCode"));
    }

    [Fact]
    public void SwappedCoordinates_AreRefusedOnBothFields_AndNothingIsWritten()
    {
        var station = Empty();

        var refusals = StationRules.Apply(Good with { Longitude = 36.438m, Latitude = 101.021m }, station);

        Assert.Equal(["longitude", "latitude"], refusals.Select(r => r.Field));
        Assert.All(refusals, r => Assert.Contains("填反", r.Message, StringComparison.Ordinal));
        Assert.Equal("", station.Code);
    }

    [Fact]
    public void EveryBadField_IsRefusedAtOnce_NamingIt()
    {
        var refusals = StationRules.Apply(new StationDraft("站点一", " ", "收费站", null, "K", "东行", 0, null, 200m, new string('长', 201)), Empty());

        Assert.Equal(["code", "name", "kind", "routeCode", "stake", "direction", "lanes", "longitude", "latitude", "place"], refusals.Select(r => r.Field));
        Assert.All(refusals, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Message));
    }

    [Fact]
    public void Coordinates_AreKeptToSixDecimals()
    {
        var station = Empty();
        StationRules.Apply(Good with { Longitude = 101.02100049m }, station);

        Assert.Equal(101.021000m, station.Longitude);
    }
}
