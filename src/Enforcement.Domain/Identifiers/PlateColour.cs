namespace Enforcement.Domain.Identifiers;

/// <summary>
/// Plate colour (号牌颜色) per GA 36-2018《中华人民共和国机动车号牌》. A vehicle is identified by number and colour together:
/// the same number may exist in blue and in yellow (e.g. a trailer and a tractor), see <see cref="VehiclePlate"/>.
/// Parse with <see cref="PlateColours.TryParse"/>.
/// </summary>
public enum PlateColour
{
    /// <summary>蓝 — small vehicles.</summary>
    Blue,
    /// <summary>黄 — large vehicles, trailers, coaching cars.</summary>
    Yellow,
    /// <summary>绿 (渐变绿) — small new-energy vehicles.</summary>
    Green,
    /// <summary>黄绿 (黄绿双拼) — large new-energy vehicles.</summary>
    YellowGreen,
    /// <summary>白 — police, armed police and military vehicles.</summary>
    White,
    /// <summary>黑 — embassy/consulate, Hong Kong and Macao entry vehicles.</summary>
    Black,
}
