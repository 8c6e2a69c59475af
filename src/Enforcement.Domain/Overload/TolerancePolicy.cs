namespace Enforcement.Domain.Overload;

/// <summary>How the weighing tolerance is found (RULES §2.5; per province, unverified).</summary>
public enum ToleranceMode
{
    /// <summary>No deduction: the measured mass is compared with the limit as it is.</summary>
    None,
    /// <summary>A configured percentage of the measured mass (default 5 %, as the MOT's 105 % rule).</summary>
    FixedPercent,
    /// <summary>The in-service maximum permissible error (MPE) of the device's JJG 907 accuracy class.</summary>
    DeviceAccuracyClass,
}

/// <summary>Which over-limit mass the Art 43 fine counts (RULES §2.5: "effective or measured kg per provincial rule", unverified).</summary>
public enum OverLimitFineBasis
{
    /// <summary>The over-limit mass after the tolerance (the reading favourable to the party; default).</summary>
    Effective,
    /// <summary>The measured over-limit mass; the tolerance only decides whether the record counts at all.</summary>
    Measured,
}

/// <summary>
/// The tolerance before a weighing counts as over-limit:
/// <c>EffectiveOverKg = Measured − Limit − max(MinimumKg, ⌈Measured × percent⌉)</c> (RULES §2.5). Every value is a
/// provincial setting; the defaults follow RULES.
/// </summary>
public sealed record TolerancePolicy
{
    public static TolerancePolicy Default { get; } = new();

    public ToleranceMode Mode { get; init; } = ToleranceMode.FixedPercent;

    /// <summary>For <see cref="ToleranceMode.FixedPercent"/>: basis points of the measured mass (500 = 5 %).</summary>
    public int PercentBasisPoints { get; init; } = 500;

    /// <summary>A fixed tolerance in kg; the larger of it and the percentage applies.</summary>
    public int MinimumKg { get; init; }

    /// <summary>
    /// For <see cref="ToleranceMode.DeviceAccuracyClass"/>: in-service MPE as a percentage of the class number. JJG 907
    /// gives ±5 % in service for class 5 [S]; "MPE = ±class %" for the other classes is unverified, hence 100 by default.
    /// </summary>
    public int MpeFactorPercent { get; init; } = 100;

    /// <summary>The tolerance percentage in basis points for a device of <paramref name="accuracyClass"/>.</summary>
    public int BasisPointsFor(AccuracyClass accuracyClass, int? deviceOverrideBasisPoints) => Mode switch
    {
        ToleranceMode.None => 0,
        ToleranceMode.FixedPercent => deviceOverrideBasisPoints ?? PercentBasisPoints,
        ToleranceMode.DeviceAccuracyClass => deviceOverrideBasisPoints ?? checked(accuracyClass.BasisPoints() * MpeFactorPercent / 100),
        _ => throw new InvalidOperationException($"Unknown tolerance mode {Mode}."),
    };

    /// <summary>The tolerance in kg for a measured mass: rounded up, so a part-kilogram is never held against the party.</summary>
    public int KilogramsFor(int measuredKg, int basisPoints)
    {
        if (Mode == ToleranceMode.None)
        {
            return 0;
        }

        var product = checked((long)measuredKg * basisPoints);
        var percentKg = (product / 10_000) + (product % 10_000 == 0 ? 0 : 1);
        return (int)Math.Max(MinimumKg, percentKg);
    }
}
