using Enforcement.Domain.Catalog.Discretion;

namespace Enforcement.Domain.Overload;

/// <summary>
/// A province's settings for non-site determination, versioned by effective date. Every value RULES marks unverified
/// is here with its default, never a constant in the engine. The version is stored with each determination.
/// </summary>
public sealed record DeterminationSettings
{
    /// <summary>National defaults as RULES gives them.</summary>
    public static DeterminationSettings Default { get; } = new();

    /// <summary>E.g. "630000-治超认定-1"; stored with every determination.</summary>
    public string Version { get; init; } = "默认-1";

    /// <summary>Province division code the settings belong to (GB/T 2260), or null for the national defaults.</summary>
    public string? ProvinceCode { get; init; }

    public DateOnly EffectiveFrom { get; init; } = new(2016, 9, 21);

    public TolerancePolicy Tolerance { get; init; } = TolerancePolicy.Default;

    /// <summary>Whether the fine counts effective or measured over-limit kg (unverified per province).</summary>
    public OverLimitFineBasis FineBasis { get; init; } = OverLimitFineBasis.Effective;

    /// <summary>Part-tonnes in the Art 43 fine (unverified); the same default as the discretion engine.</summary>
    public TonneRounding Rounding { get; init; } = DiscretionPolicy.Default.TonneRounding;

    /// <summary>The Art 43 numbers (warning up to 1 000 kg, 500 yuan per tonne, 30 000 caps).</summary>
    public OverloadFineRule FineRule { get; init; } = OverloadFineRule.Article43;

    /// <summary>Local reductions, applied in order (RULES §2.4); none by default.</summary>
    public IReadOnlyList<OverloadReduction> Reductions { get; init; } = [];

    /// <summary>百吨王 threshold, gross kg, inclusive (RULES §2.6: colloquial, unverified as a legal definition).</summary>
    public int HundredTonKingKg { get; init; } = 100_000;

    /// <summary>Lowest valid weighing speed where the device declares none. Assumption: 5 km/h (stop-and-go is unreliable).</summary>
    public decimal MinSpeedKmh { get; init; } = 5m;

    /// <summary>Highest valid weighing speed where the device declares none. Assumption: 100 km/h.</summary>
    public decimal MaxSpeedKmh { get; init; } = 100m;

    /// <summary>Lowest plate-recognition confidence for a record to be used. Assumption: 0.90.</summary>
    public decimal MinPlateConfidence { get; init; } = 0.90m;

    /// <summary>Flags that make a weighing invalid (RULES §2.5: acceleration, lane straddling → invalid).</summary>
    public WimAnomaly InvalidatingAnomalies { get; init; } = WimAnomaly.LaneStraddling | WimAnomaly.Acceleration | WimAnomaly.Abnormal;

    /// <summary>Images a record needs: a front plate photo and a full-side photo (RULES §2.5 evidence package).</summary>
    public int MinImages { get; init; } = 2;

    /// <summary>Maps device configuration codes to configurations; a deployment loads its own.</summary>
    public ConfigurationCodeTable ConfigurationCodes { get; init; } = ConfigurationCodeTable.Sample;
}
