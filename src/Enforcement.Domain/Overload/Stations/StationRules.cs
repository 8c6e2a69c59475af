using System.Globalization;
using System.Text.RegularExpressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Overload.Stations;

/// <summary>A site as typed into the form or sent to the API, before any check.</summary>
public sealed record StationDraft(
    string? Code, string? Name, string? Kind, string? RouteCode, string? Stake, string? Direction, int? Lanes,
    decimal? Longitude, decimal? Latitude, string? Place);

/// <summary>
/// The checks of a site: every field at once, each refusal naming its field; the site is changed only when none
/// remain. Coordinates are WGS-84 decimal degrees and must fall inside China's extent, which also catches the
/// common swap of longitude and latitude.
/// </summary>
public static partial class StationRules
{
    /// <summary>Mainland China's extent in WGS-84, with a margin: anything outside is a typing error.</summary>
    public const decimal MinLongitude = 73m, MaxLongitude = 136m, MinLatitude = 3m, MaxLatitude = 54m;

    public const int MaxLanes = 16;

    /// <summary>Checks <paramref name="draft"/> and, when it passes, writes it into <paramref name="station"/> (code included).</summary>
    public static IReadOnlyList<Refusal> Apply(StationDraft draft, Station station)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(station);
        var refusals = new FieldRefusals();

        var code = Code(draft.Code, "code", "站点编号", Station.CodeMaxLength, refusals);
        var name = refusals.Text(draft.Name, "name", "站点名称", Station.NameMaxLength, required: true);
        var kind = refusals.Choice<StationKind>(draft.Kind, "kind", "站点类型", "超限检测站或非现场执法点");
        var route = RouteCode(draft.RouteCode, refusals);
        var stake = Stake(draft.Stake, refusals);
        var direction = refusals.Choice<RoadDirection>(draft.Direction, "direction", "方向", "上行、下行或双向");
        if (draft.Lanes is null) refusals.Add("required", "lanes", "车道数不能为空");
        else if (draft.Lanes is < 1 or > MaxLanes) refusals.Add("lanes.range", "lanes", $"车道数须在 1 至 {MaxLanes} 之间");
        var longitude = Coordinate(draft.Longitude, "longitude", "经度", MinLongitude, MaxLongitude, refusals);
        var latitude = Coordinate(draft.Latitude, "latitude", "纬度", MinLatitude, MaxLatitude, refusals);
        var place = refusals.Text(draft.Place, "place", "位置描述", Station.PlaceMaxLength, required: false);

        if (refusals.Any) return refusals.All;
        station.Code = code!;
        station.Name = name!;
        station.Kind = kind!.Value;
        station.RouteCode = route!;
        station.Stake = stake!;
        station.Direction = direction!.Value;
        station.Lanes = draft.Lanes!.Value;
        station.Longitude = longitude!.Value;
        station.Latitude = latitude!.Value;
        station.Place = place;
        return [];
    }

    /// <summary>Registry codes: upper-case letters, digits and hyphens, starting with a letter or digit (gateways send them in headers).</summary>
    internal static string? Code(string? input, string field, string label, int max, FieldRefusals refusals)
    {
        var code = string.IsNullOrWhiteSpace(input) ? null : input.Trim().ToUpperInvariant();
        if (code is null)
        {
            refusals.Add("required", field, $"{label}不能为空");
            return null;
        }
        if (code.Length < 2 || code.Length > max || !CodePattern().IsMatch(code))
        {
            refusals.Add("code.format", field, $"{label}只能由大写字母、数字和连字符组成，2 至 {max} 位");
            return null;
        }
        return code;
    }

    /// <summary>路线编号: the administrative class letter (G 国道, S 省道, X 县道, Y 乡道, Z 专用, C 村道) and the number.</summary>
    private static string? RouteCode(string? input, FieldRefusals refusals)
    {
        var route = string.IsNullOrWhiteSpace(input) ? null : input.Trim().ToUpperInvariant();
        if (route is null)
        {
            refusals.Add("required", "routeCode", "路线编号不能为空");
            return null;
        }
        if (!RoutePattern().IsMatch(route))
        {
            refusals.Add("route.format", "routeCode", "路线编号须为 G、S、X、Y、Z 或 C 加 1 至 4 位数字，如 G109、G0611、S101");
            return null;
        }
        return route;
    }

    /// <summary>桩号 in the form K1890+300 (kilometre + metres); "k1890+3" and "K1890" are accepted and written canonically.</summary>
    public static string? NormaliseStake(string? input)
    {
        var text = input?.Trim().ToUpperInvariant().Replace('＋', '+').Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text)) return null;
        var match = StakePattern().Match(text);
        if (!match.Success) return null;
        var km = int.Parse(match.Groups["km"].Value, CultureInfo.InvariantCulture);
        var m = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"K{km}+{m:000}");
    }

    private static string? Stake(string? input, FieldRefusals refusals)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            refusals.Add("required", "stake", "桩号不能为空");
            return null;
        }
        var stake = NormaliseStake(input);
        if (stake is null) refusals.Add("stake.format", "stake", "桩号格式应为 K公里数+米数，如 K1890+300");
        return stake;
    }

    private static decimal? Coordinate(decimal? value, string field, string label, decimal min, decimal max, FieldRefusals refusals)
    {
        if (value is null)
        {
            refusals.Add("required", field, $"{label}不能为空");
            return null;
        }
        if (value < min || value > max)
        {
            refusals.Add("coordinate.range", field, string.Create(CultureInfo.InvariantCulture,
                $"{label}须在 {min} 至 {max} 之间（WGS-84 十进制度，中国境内；请检查经纬度是否填反）"));
            return null;
        }
        // Six decimals are about 0.1 m, finer than any site is placed.
        return Math.Round(value.Value, 6, MidpointRounding.AwayFromZero);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[GSXYZC][0-9]{1,4}$")]
    private static partial Regex RoutePattern();

    [GeneratedRegex(@"^K(?<km>[0-9]{1,4})(\+(?<m>[0-9]{1,3}))?$")]
    private static partial Regex StakePattern();
}
