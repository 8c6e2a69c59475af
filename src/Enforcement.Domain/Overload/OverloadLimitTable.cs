namespace Enforcement.Domain.Overload;

/// <summary>One row of the total-mass limit table.</summary>
/// <param name="AxleCount">Axles; the last count of the table (6) means "6 or more" (Art 3 (八)).</param>
/// <param name="Body">Vehicle kind.</param>
/// <param name="LimitKg">Maximum total mass of vehicle and cargo in kg.</param>
/// <param name="Source">Item of 62号令 Art 3 or the 认定标准 the row comes from.</param>
/// <param name="Layout">Null for the general row; a layout name for a row that applies only to that layout.</param>
/// <param name="Unverified">True if the row's value or scope could not be checked against a primary text.</param>
public sealed record OverloadLimitRow(
    int AxleCount, VehicleBodyType Body, int LimitKg, string Source, string? Layout = null, bool Unverified = false);

/// <summary>
/// The total-mass limits in force from <see cref="EffectiveFrom"/> (62号令 Art 3 and the 认定标准), with the
/// adjustments of the 认定标准 notes. A weighing is judged by the table in force on its capture date (China time).
/// </summary>
public sealed record OverloadLimitTable
{
    /// <summary>Stored with every determination, e.g. "62号令-认定标准-2016".</summary>
    public required string Version { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The documents the table is copied from.</summary>
    public required string Source { get; init; }

    public required IReadOnlyList<OverloadLimitRow> Rows { get; init; }

    /// <summary>"六轴及六轴以上": counts at or above this use the rows of this count.</summary>
    public int MaxListedAxles { get; init; } = 6;

    /// <summary>Art 3 ¶2 (2) and note 2: −3 000 kg for each non-drive axle with single tyres.</summary>
    public int SingleTyreDeductionKg { get; init; } = 3_000;

    /// <summary>Note 4: +1 000 kg for 3- and 4-axle rigid trucks with dual-tyre drive axle and air suspension.</summary>
    public int AirSuspensionBonusKg { get; init; } = 1_000;

    /// <summary>Note 4: 4-axle articulated train with dual-tyre drive, air suspension and d ≥ 1 800 mm.</summary>
    public int ArticulatedFourAxleAirSuspensionKg { get; init; } = 37_000;

    /// <summary>Note 4: the semi-trailer axle spacing the 37 t rule requires.</summary>
    public int ArticulatedMinAxleSpacingMm { get; init; } = 1_800;

    /// <summary>Art 3 (八): trains of 6 or more axles whose tractor has a single drive axle.</summary>
    public int SingleDriveAxleLimitKg { get; init; } = 46_000;

    /// <summary>The general row (or, with a layout, the layout's row) for a vehicle; null if the table has none.</summary>
    public OverloadLimitRow? Find(int axleCount, VehicleBodyType body, string? layout)
    {
        var axles = Math.Min(axleCount, MaxListedAxles);
        var rows = Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.AxleCount == axles && row.Body == body && string.Equals(row.Layout, layout, StringComparison.Ordinal))
            {
                return row;
            }
        }

        return null;
    }
}
