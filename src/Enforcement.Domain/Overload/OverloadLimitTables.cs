namespace Enforcement.Domain.Overload;

/// <summary>
/// The limit tables the platform knows, oldest first. Copied from RULES §2.2–§2.3 (shared data file
/// overload-limits.csv): 62号令 Art 3 as confirmed from several secondary pages [S], and the 2016 认定标准 annex notes
/// [S]. 62号令 took effect on 2016-09-21; its 2021 amendment did not change Art 3.
/// </summary>
public static class OverloadLimitTables
{
    private const string Art3Item4 = "《超限运输车辆行驶公路管理规定》第三条第一款第四项";
    private const string Art3Item5 = "《超限运输车辆行驶公路管理规定》第三条第一款第五项";
    private const string Art3Item6 = "《超限运输车辆行驶公路管理规定》第三条第一款第六项";
    private const string Art3Item7 = "《超限运输车辆行驶公路管理规定》第三条第一款第七项";

    /// <summary>Layout name of the 35 t four-axle centre-axle train (which layout is unverified; RULES §2.3).</summary>
    public const string CentreAxle35tLayout = "中置轴35吨";

    /// <summary>Layout name of the 42 t five-axle articulated train (probably 2-axle tractor + tridem; unverified).</summary>
    public const string Articulated42tLayout = "铰接42吨";

    public static OverloadLimitTable Order62Of2016 { get; } = new()
    {
        Version = "62号令-认定标准-2016",
        EffectiveFrom = new DateOnly(2016, 9, 21),
        Source = "《超限运输车辆行驶公路管理规定》（交通运输部令2016年第62号）第三条；《公路货运车辆超限超载认定标准》（交公路发〔2016〕124号附件）",
        Rows =
        [
            new(2, VehicleBodyType.RigidTruck, 18_000, Art3Item4),
            new(3, VehicleBodyType.RigidTruck, 25_000, Art3Item5),
            new(3, VehicleBodyType.CentreAxleTrailerTrain, 27_000, OverloadProvisions.Standard),
            new(3, VehicleBodyType.Articulated, 27_000, Art3Item5),
            new(4, VehicleBodyType.RigidTruck, 31_000, Art3Item6),
            new(4, VehicleBodyType.CentreAxleTrailerTrain, 36_000, OverloadProvisions.Standard),
            new(4, VehicleBodyType.CentreAxleTrailerTrain, 35_000, OverloadProvisions.Standard, CentreAxle35tLayout, Unverified: true),
            new(4, VehicleBodyType.Articulated, 36_000, Art3Item6),
            new(4, VehicleBodyType.FullTrailerTrain, 36_000, OverloadProvisions.Standard),
            new(5, VehicleBodyType.CentreAxleTrailerTrain, 43_000, Art3Item7),
            new(5, VehicleBodyType.Articulated, 43_000, Art3Item7),
            new(5, VehicleBodyType.Articulated, 42_000, OverloadProvisions.Standard, Articulated42tLayout, Unverified: true),
            new(5, VehicleBodyType.FullTrailerTrain, 43_000, Art3Item7),
            new(6, VehicleBodyType.CentreAxleTrailerTrain, 49_000, OverloadProvisions.Article3Item8),
            new(6, VehicleBodyType.Articulated, 49_000, OverloadProvisions.Article3Item8),
            new(6, VehicleBodyType.FullTrailerTrain, 49_000, OverloadProvisions.Article3Item8),
        ],
    };

    /// <summary>Every table, oldest first.</summary>
    public static IReadOnlyList<OverloadLimitTable> All { get; } = [Order62Of2016];
}
