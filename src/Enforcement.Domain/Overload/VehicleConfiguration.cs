namespace Enforcement.Domain.Overload;

/// <summary>The vehicle kinds of 62号令 Art 3 and the 认定标准 table.</summary>
public enum VehicleBodyType
{
    /// <summary>载货汽车 (rigid truck).</summary>
    RigidTruck,
    /// <summary>中置轴挂车列车 (centre-axle trailer train).</summary>
    CentreAxleTrailerTrain,
    /// <summary>铰接列车 (tractor and semi-trailer).</summary>
    Articulated,
    /// <summary>全挂汽车列车 (drawbar trailer train).</summary>
    FullTrailerTrain,
}

/// <summary>
/// What the limit depends on (62号令 Art 3 ¶2 and the 认定标准 notes): axle count, vehicle kind, tyres and suspension.
/// A station device reports a configuration code; <see cref="ConfigurationCodeTable"/> maps it to one of these.
/// </summary>
public sealed record VehicleConfiguration
{
    /// <summary>Axles counted as Art 3 ¶2 (1) says: a tandem counts as 2, a tridem as 3.</summary>
    public required int AxleCount { get; init; }

    public required VehicleBodyType Body { get; init; }

    /// <summary>
    /// Axles other than drive axles (tandem and tridem axles, semi- and full-trailer axles) with single tyres per side
    /// and no wide-base tyres (section ≥ 425 mm on trailers): each lowers the limit by 3 t (认定标准 notes 2–3).
    /// </summary>
    public int SingleTyreAxles { get; init; }

    /// <summary>The drive axle has dual tyres per side (or wide-base singles ≥ 445 mm, note 3).</summary>
    public bool DualTyreDriveAxle { get; init; }

    /// <summary>Air suspension on the drive axle (note 4).</summary>
    public bool AirSuspension { get; init; }

    /// <summary>Axle spacing of the semi-trailer's axle group in mm, for the 37 t rule of note 4; null if unknown.</summary>
    public int? SemiTrailerAxleSpacingMm { get; init; }

    /// <summary>The tractor's drive axle is a single axle (Art 3 (八): 46 t for 6 or more axles).</summary>
    public bool SingleDriveAxle { get; init; }

    /// <summary>
    /// A layout with a limit of its own in the table (the 35 t centre-axle train, the 42 t articulated train; which
    /// layouts these are is unverified, RULES §2.3), or null for the general row.
    /// </summary>
    public string? Layout { get; init; }

    /// <summary>Chinese description for the trace and the review screen, e.g. "六轴铰接列车（1+2+3）".</summary>
    public string? Description { get; init; }
}
