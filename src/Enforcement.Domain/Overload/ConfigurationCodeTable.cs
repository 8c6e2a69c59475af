using System.Collections.Frozen;

namespace Enforcement.Domain.Overload;

/// <summary>
/// Maps the configuration (axle-type / vehicle-type) code a station device reports to the configuration the limit
/// depends on. Codes differ between device makers and provinces, so the table is configuration; a code not in it
/// makes the record undeterminable rather than guessed.
/// </summary>
public sealed class ConfigurationCodeTable
{
    private readonly FrozenDictionary<string, VehicleConfiguration> byCode;

    public ConfigurationCodeTable(string name, IEnumerable<KeyValuePair<string, VehicleConfiguration>> codes, bool unverified = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Unverified = unverified;
        byCode = codes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Stored in the settings version, e.g. "轴型代码样例".</summary>
    public string Name { get; }

    /// <summary>True if the mapping is an assumption rather than a device maker's or province's published list.</summary>
    public bool Unverified { get; }

    public IReadOnlyDictionary<string, VehicleConfiguration> Codes => byCode;

    /// <summary>The configuration of a code, or null if the code is empty or unknown.</summary>
    public VehicleConfiguration? Find(string? code) =>
        code is { Length: > 0 } && byCode.TryGetValue(code, out var configuration) ? configuration : null;

    /// <summary>
    /// A sample in the digit notation many weigh-in-motion systems print (1 = single axle with single tyres,
    /// 2 = single axle with dual tyres, 5 = tandem, 7 = tridem; the toll class "157" is a 6-axle tractor train).
    /// Unverified: each deployment loads its device maker's list. The 35 t and 42 t layouts are not mapped, so the
    /// general (higher) limit applies until a province names them.
    /// </summary>
    public static ConfigurationCodeTable Sample { get; } = new("轴型代码样例",
    [
        new("12", new VehicleConfiguration { AxleCount = 2, Body = VehicleBodyType.RigidTruck, DualTyreDriveAxle = true, Description = "二轴载货汽车" }),
        new("15", new VehicleConfiguration { AxleCount = 3, Body = VehicleBodyType.RigidTruck, DualTyreDriveAxle = true, Description = "三轴载货汽车" }),
        new("115", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.RigidTruck, DualTyreDriveAxle = true, Description = "四轴载货汽车（双转向轴）" }),
        new("125", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.Articulated, DualTyreDriveAxle = true, SingleDriveAxle = true, Description = "四轴铰接列车" }),
        new("127", new VehicleConfiguration { AxleCount = 5, Body = VehicleBodyType.Articulated, DualTyreDriveAxle = true, SingleDriveAxle = true, Description = "五轴铰接列车（两轴牵引车＋三轴半挂车）" }),
        new("155", new VehicleConfiguration { AxleCount = 5, Body = VehicleBodyType.Articulated, DualTyreDriveAxle = true, Description = "五轴铰接列车（三轴牵引车＋两轴半挂车）" }),
        new("157", new VehicleConfiguration { AxleCount = 6, Body = VehicleBodyType.Articulated, DualTyreDriveAxle = true, Description = "六轴铰接列车（三轴牵引车＋三轴半挂车）" }),
        new("1127", new VehicleConfiguration { AxleCount = 6, Body = VehicleBodyType.Articulated, DualTyreDriveAxle = true, SingleDriveAxle = true, Description = "六轴铰接列车（单驱动轴牵引车＋三轴半挂车）" }),
    ], unverified: true);
}
