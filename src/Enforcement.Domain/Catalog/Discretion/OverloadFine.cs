using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>How part-tonnes count in the per-tonne fine. Not fixed by the text (RULES §2.4, unverified): configuration.</summary>
public enum TonneRounding
{
    /// <summary>Only whole tonnes count: 1 500 kg over → 1 t.</summary>
    Floor,
    /// <summary>Every started tonne counts: 1 500 kg over → 2 t.</summary>
    Ceiling,
}

/// <summary>Measured outline of vehicle and cargo (车货总体外廓尺寸) in millimetres.</summary>
public readonly record struct VehicleDimensions(int HeightMm, int WidthMm, int LengthMm);

/// <summary>The dimension tiers of 62号令 Art 43 ¶1 (一).</summary>
public enum DimensionTier
{
    /// <summary>Not over any outline limit of Art 3 (height 4 m, width 2.55 m, length 18.1 m).</summary>
    None,
    /// <summary>Within 4.2 m high, 3 m wide and 20 m long: 可以处200元以下罚款.</summary>
    Lower,
    /// <summary>Within 4.5 m high, 3.75 m wide and 28 m long: 200–1 000 yuan.</summary>
    Middle,
    /// <summary>Above 4.5 m high, 3.75 m wide or 28 m long: 1 000–3 000 yuan.</summary>
    Upper,
}

/// <summary>The mass verdict of 62号令 Art 43 ¶1 (二).</summary>
public enum MassVerdict
{
    /// <summary>Not over the mass limit (≤ 0 kg over).</summary>
    NotOverLimit,
    /// <summary>Over by at most 1 000 kg: 警告.</summary>
    Warning,
    /// <summary>Over by more than 1 000 kg: 500 yuan per tonne, capped.</summary>
    Fine,
}

/// <summary>
/// The numbers of 62号令 Art 43 that a province's benchmark could in principle vary; defaults are the text of the
/// article. The dimension thresholds are law text and are not settings.
/// </summary>
public sealed record OverloadFineRule
{
    public static OverloadFineRule Article43 { get; } = new();

    /// <summary>"未超过1000千克的，予以警告".</summary>
    public long WarningUpToKg { get; init; } = 1_000;

    /// <summary>"每超1000千克罚款500元".</summary>
    public Money PerTonne { get; init; } = Money.FromYuan(500);

    /// <summary>"最高不得超过30000元" for the mass fine.</summary>
    public Money MassCap { get; init; } = Money.FromYuan(30_000);

    /// <summary>"累计罚款数额最高不得超过30000元" for several violations (Art 43 ¶2).</summary>
    public Money CumulativeCap { get; init; } = Money.FromYuan(30_000);
}

/// <summary>The 62号令 Art 43 fine for one vehicle.</summary>
/// <param name="Mass">Mass verdict.</param>
/// <param name="TonnesCounted">Tonnes fined after rounding (0 unless <see cref="MassVerdict.Fine"/>).</param>
/// <param name="MassFine">Mass fine after its own cap.</param>
/// <param name="Dimension">Dimension tier.</param>
/// <param name="DimensionRange">Dimension fine range (zero if none).</param>
/// <param name="Total">Mass fine plus dimension range, each end capped cumulatively.</param>
/// <param name="RecommendedTotal">Mass fine plus the midpoint of the dimension range, capped cumulatively.</param>
/// <param name="Capped">True if either cap reduced an amount.</param>
/// <param name="Kinds">Warning and/or fine.</param>
public sealed record OverloadFineResult(
    MassVerdict Mass,
    long TonnesCounted,
    Money MassFine,
    DimensionTier Dimension,
    MoneyRange DimensionRange,
    MoneyRange Total,
    Money RecommendedTotal,
    bool Capped,
    PenaltyKinds Kinds)
{
    /// <summary>True if the vehicle is over a mass or outline limit at all.</summary>
    public bool IsViolation => Mass != MassVerdict.NotOverLimit || Dimension != DimensionTier.None;
}

/// <summary>
/// 《超限运输车辆行驶公路管理规定》（交通运输部令2016年第62号）第四十三条: the one place the over-limit fine is computed
/// (RULES §2.4). Upper law: 《公路安全保护条例》第六十四条 (≤ 30 000 yuan).
/// </summary>
public static class OverloadFine
{
    public const string Article = "《超限运输车辆行驶公路管理规定》第四十三条";
    public const string UpperLawArticle = "《公路安全保护条例》第六十四条";

    // Art 3 (一)–(三): outline limits that make a vehicle over-limit at all.
    private const int Art3HeightMm = 4_000;
    private const int Art3WidthMm = 2_550;
    private const int Art3LengthMm = 18_100;

    // Art 43 (一): tier thresholds (inclusive: "未超过").
    private const int Tier1HeightMm = 4_200;
    private const int Tier1WidthMm = 3_000;
    private const int Tier1LengthMm = 20_000;
    private const int Tier2HeightMm = 4_500;
    private const int Tier2WidthMm = 3_750;
    private const int Tier2LengthMm = 28_000;

    /// <summary>
    /// The whole Art 43 fine: the mass part for <paramref name="overLimitKg"/> (kg over the Art 3 mass limit) and, if
    /// <paramref name="dimensions"/> are given, the dimension part; the sum is capped by Art 43 ¶2.
    /// </summary>
    public static OverloadFineResult Compute(
        long overLimitKg, TonneRounding rounding, VehicleDimensions? dimensions = null, OverloadFineRule? rule = null)
    {
        rule ??= OverloadFineRule.Article43;
        var (verdict, tonnes, massFine, massCapped) = ComputeMass(overLimitKg, rounding, rule);
        var tier = dimensions is { } d ? DimensionTierOf(d) : DimensionTier.None;
        var dimensionRange = DimensionRange(tier);

        var cap = rule.CumulativeCap;
        var rawMin = massFine + dimensionRange.Min;
        var rawMax = massFine + dimensionRange.Max;
        var rawRecommended = massFine + Midpoint(dimensionRange);
        var total = new MoneyRange(Money.Min(rawMin, cap), Money.Min(rawMax, cap));
        var recommended = Money.Min(rawRecommended, cap);

        var kinds = PenaltyKinds.None;
        if (verdict == MassVerdict.Warning)
        {
            kinds |= PenaltyKinds.Warning;
        }

        if (total.Max > Money.Zero)
        {
            kinds |= PenaltyKinds.Fine;
        }

        return new OverloadFineResult(verdict, tonnes, massFine, tier, dimensionRange, total, recommended,
            massCapped || rawMax > cap, kinds);
    }

    /// <summary>The mass part alone (Art 43 ¶1 (二)).</summary>
    public static (MassVerdict Verdict, long TonnesCounted, Money Fine, bool Capped) ComputeMass(
        long overLimitKg, TonneRounding rounding, OverloadFineRule? rule = null)
    {
        rule ??= OverloadFineRule.Article43;
        if (overLimitKg <= 0)
        {
            return (MassVerdict.NotOverLimit, 0, Money.Zero, false);
        }

        if (overLimitKg <= rule.WarningUpToKg)
        {
            return (MassVerdict.Warning, 0, Money.Zero, false);
        }

        var tonnes = rounding switch
        {
            TonneRounding.Floor => overLimitKg / 1_000,
            TonneRounding.Ceiling => (overLimitKg / 1_000) + (overLimitKg % 1_000 == 0 ? 0 : 1),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown tonne rounding."),
        };
        var raw = rule.PerTonne * tonnes;
        return (MassVerdict.Fine, tonnes, Money.Min(raw, rule.MassCap), raw > rule.MassCap);
    }

    /// <summary>The dimension tier (Art 43 ¶1 (一)); <see cref="DimensionTier.None"/> if within every Art 3 outline limit.</summary>
    public static DimensionTier DimensionTierOf(VehicleDimensions dimensions)
    {
        var (h, w, l) = (dimensions.HeightMm, dimensions.WidthMm, dimensions.LengthMm);
        if (h <= Art3HeightMm && w <= Art3WidthMm && l <= Art3LengthMm)
        {
            return DimensionTier.None;
        }

        if (h <= Tier1HeightMm && w <= Tier1WidthMm && l <= Tier1LengthMm)
        {
            return DimensionTier.Lower;
        }

        return h <= Tier2HeightMm && w <= Tier2WidthMm && l <= Tier2LengthMm
            ? DimensionTier.Middle
            : DimensionTier.Upper;
    }

    /// <summary>The fine range of a dimension tier.</summary>
    public static MoneyRange DimensionRange(DimensionTier tier) => tier switch
    {
        DimensionTier.None => MoneyRange.Zero,
        DimensionTier.Lower => MoneyRange.Yuan(0, 200),
        DimensionTier.Middle => MoneyRange.Yuan(200, 1_000),
        DimensionTier.Upper => MoneyRange.Yuan(1_000, 3_000),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown dimension tier."),
    };

    /// <summary>Several fines for one vehicle added up and capped (Art 43 ¶2).</summary>
    public static Money Cumulate(IEnumerable<Money> fines, OverloadFineRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(fines);
        rule ??= OverloadFineRule.Article43;
        return Money.Min(fines.Aggregate(Money.Zero, (sum, fine) => sum + fine), rule.CumulativeCap);
    }

    private static Money Midpoint(MoneyRange range) => Money.FromFen(range.Min.Fen + ((range.Max.Fen - range.Min.Fen) / 2));
}
