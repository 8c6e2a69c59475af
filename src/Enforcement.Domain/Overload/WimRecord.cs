using Enforcement.Domain.Catalog.Discretion;

namespace Enforcement.Domain.Overload;

/// <summary>Driving and weighing conditions a station device flags on a record.</summary>
[Flags]
public enum WimAnomaly
{
    None = 0,
    /// <summary>跨道: the vehicle straddled two lanes over the sensors.</summary>
    LaneStraddling = 1,
    /// <summary>加减速: the vehicle accelerated or braked over the sensors.</summary>
    Acceleration = 2,
    /// <summary>异常: any other abnormal driving or weighing the device reports.</summary>
    Abnormal = 4,
}

/// <summary>An image or video of the weighing, by reference, with the SHA-256 the gateway computed (64 hex digits).</summary>
/// <param name="Reference">Where the gateway stored it (URL or path), as the gateway named it.</param>
/// <param name="Sha256">Lower- or upper-case hex.</param>
public sealed record WimImage(string Reference, string Sha256);

/// <summary>
/// One weigh-in-motion record as a station gateway delivers it (JSON or CSV), before any check. Fields the sender may
/// omit are nullable so that "missing" can be told from "zero"; <see cref="WimRecordCheck"/> says what is wrong with a
/// row, <see cref="OverloadDeterminer"/> judges a good one. Masses in kg, lengths in mm, times in UTC.
/// </summary>
public sealed class WimRecord
{
    /// <summary>The device's code as registered (站点设备编号).</summary>
    public string? DeviceCode { get; init; }

    /// <summary>The device's own unique id of this record; re-delivery of the same id is the same record.</summary>
    public string? RecordId { get; init; }

    /// <summary>Lane number, 1 = the lane nearest the median (as the site registers it).</summary>
    public int? Lane { get; init; }

    /// <summary>Capture instant in UTC.</summary>
    public DateTime? CapturedAtUtc { get; init; }

    /// <summary>Recognised plate number as sent; empty or a marker like "未识别" when not recognised.</summary>
    public string? Plate { get; init; }

    /// <summary>Recognised plate colour as sent (蓝, 黄, 绿, 黄绿, …).</summary>
    public string? PlateColour { get; init; }

    /// <summary>Plate recognition confidence, 0 to 1.</summary>
    public decimal? PlateConfidence { get; init; }

    public int? AxleCount { get; init; }

    /// <summary>Axle-group configuration / vehicle type code (see <see cref="ConfigurationCodeTable"/>).</summary>
    public string? ConfigurationCode { get; init; }

    /// <summary>Measured total mass of vehicle and cargo.</summary>
    public int? GrossKg { get; init; }

    public AxleLoads AxleKg { get; init; }

    public decimal? SpeedKmh { get; init; }

    public int? LengthMm { get; init; }
    public int? WidthMm { get; init; }
    public int? HeightMm { get; init; }

    public IReadOnlyList<WimImage> Images { get; init; } = [];

    public WimAnomaly Anomalies { get; init; }

    /// <summary>The measured outline if all three dimensions were measured, else null.</summary>
    public VehicleDimensions? Dimensions =>
        HeightMm is { } h && WidthMm is { } w && LengthMm is { } l ? new VehicleDimensions(h, w, l) : null;
}
