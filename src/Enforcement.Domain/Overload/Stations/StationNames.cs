namespace Enforcement.Domain.Overload.Stations;

/// <summary>Chinese names of the registry's kinds and states, and parsing from either the Chinese name or the English enum name.</summary>
public static class StationNames
{
    public static string Name(this StationKind kind) => kind switch
    {
        StationKind.FixedStation => "超限检测站",
        StationKind.NonSitePoint => "非现场执法点",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Name(this RoadDirection direction) => direction switch
    {
        RoadDirection.Up => "上行",
        RoadDirection.Down => "下行",
        RoadDirection.Both => "双向",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static string Name(this DeviceKind kind) => kind switch
    {
        DeviceKind.WimScale => "动态称重设备",
        DeviceKind.PlateCamera => "车牌识别摄像机",
        DeviceKind.OverviewCamera => "全景摄像机",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Name(this DeviceStatus status) => status switch
    {
        DeviceStatus.Commissioning => "调试",
        DeviceStatus.InService => "在用",
        DeviceStatus.OutOfService => "停用",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Name(this ReviewKind kind) => kind switch
    {
        ReviewKind.Legal => "法制审核",
        ReviewKind.Technical => "技术审核",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(NameOf(candidate), s, StringComparison.Ordinal) || string.Equals(candidate.ToString(), s, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>"5级", "5", "Class5" → class 5.</summary>
    public static bool TryParseAccuracyClass(string? text, out AccuracyClass value)
    {
        value = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        var number = s.EndsWith('级') ? s[..^1] : s;
        foreach (var candidate in Enum.GetValues<AccuracyClass>())
        {
            var name = candidate.ToChineseName();
            if (string.Equals(name, s, StringComparison.Ordinal) || string.Equals(name[..^1], number, StringComparison.Ordinal)
                || string.Equals(candidate.ToString(), s, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    private static string NameOf<T>(T value) where T : struct, Enum => value switch
    {
        StationKind k => k.Name(),
        RoadDirection d => d.Name(),
        DeviceKind k => k.Name(),
        DeviceStatus s => s.Name(),
        ReviewKind k => k.Name(),
        _ => value.ToString(),
    };
}
