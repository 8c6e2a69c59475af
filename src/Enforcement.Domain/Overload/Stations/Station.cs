namespace Enforcement.Domain.Overload.Stations;

/// <summary>What a site is: a staffed over-limit checkpoint or an unattended non-site enforcement point.</summary>
public enum StationKind
{
    /// <summary>超限检测站: a fixed station where vehicles are stopped and weighed.</summary>
    FixedStation = 1,
    /// <summary>非现场执法点: weigh-in-motion at traffic speed, no one on site (APL Art 41).</summary>
    NonSitePoint = 2,
}

/// <summary>Which carriageway a site weighs, as the road's stake numbering runs.</summary>
public enum RoadDirection
{
    /// <summary>上行: towards increasing stake numbers.</summary>
    Up = 1,
    /// <summary>下行: towards decreasing stake numbers.</summary>
    Down = 2,
    /// <summary>双向: both carriageways.</summary>
    Both = 3,
}

/// <summary>
/// A weighing site on a road (站点): where it is (route, stake, direction, WGS-84 coordinates), how many lanes it
/// weighs and which agency owns it (the data scope of the site and of everything recorded there).
/// </summary>
public sealed class Station
{
    public int Id { get; set; }

    /// <summary>The owning agency: its officers see the site, its devices and their records.</summary>
    public int AgencyId { get; set; }

    /// <summary>Registry code, unique across the platform (e.g. QH-FX-GH-01).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public StationKind Kind { get; set; }

    /// <summary>路线编号 such as G109 or S101; same-trip de-duplication compares it.</summary>
    public required string RouteCode { get; set; }

    /// <summary>桩号 in the canonical form K1890+300.</summary>
    public required string Stake { get; set; }

    public RoadDirection Direction { get; set; }

    /// <summary>Number of lanes weighed.</summary>
    public int Lanes { get; set; }

    /// <summary>WGS-84 longitude in degrees east (six decimals ≈ 0.1 m).</summary>
    public decimal Longitude { get; set; }

    /// <summary>WGS-84 latitude in degrees north.</summary>
    public decimal Latitude { get; set; }

    /// <summary>Where it is in words (乡镇、村、路口), for the public listing.</summary>
    public string? Place { get; set; }

    public int Version { get; set; }

    public List<Device> Devices { get; set; } = [];

    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 100;
    public const int PlaceMaxLength = 200;
}
