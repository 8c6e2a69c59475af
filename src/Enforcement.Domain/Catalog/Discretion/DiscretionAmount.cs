using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// How a tier states the penalty (裁量标准). The concrete kinds are <see cref="FixedAmount"/>, <see cref="RangeAmount"/>,
/// <see cref="IncomeMultipleAmount"/>, <see cref="PerTonneAmount"/>, <see cref="WarningAmount"/>,
/// <see cref="ShareOfMaximumAmount"/> and <see cref="NoPenaltyAmount"/>; the static factories build them.
/// </summary>
public abstract record DiscretionAmount
{
    public static DiscretionAmount Fixed(decimal yuan) => new FixedAmount(Money.FromYuan(yuan));

    /// <summary>A range; the recommended amount is the midpoint unless <paramref name="recommendedYuan"/> is given.</summary>
    public static DiscretionAmount Range(decimal minYuan, decimal maxYuan, decimal? recommendedYuan = null) =>
        new RangeAmount(Money.FromYuan(minYuan), Money.FromYuan(maxYuan),
            recommendedYuan is { } r ? Money.FromYuan(r) : null);

    /// <summary>Multiples of the illegal income; the recommended multiple is the midpoint unless given.</summary>
    public static DiscretionAmount MultipleOfIncome(decimal min, decimal max, decimal? recommended = null) =>
        new IncomeMultipleAmount(min, max, recommended);

    /// <summary>The 62号令 Art 43 per-tonne fine (see <see cref="OverloadFine"/>) with the benchmark's rounding.</summary>
    public static DiscretionAmount PerTonne(TonneRounding? rounding = null) => new PerTonneAmount(Rounding: rounding);

    public static DiscretionAmount Warning { get; } = new WarningAmount();

    /// <summary>A 不予处罚 tier: the benchmark's own no-penalty circumstances (treated as binding, like a 免罚清单).</summary>
    public static DiscretionAmount NoPenalty { get; } = new NoPenaltyAmount();

    public static DiscretionAmount ShareOfMaximum(ShareLevel level) => new ShareOfMaximumAmount(level);

    /// <summary>The amount in Chinese, e.g. "3000元至5000元", "违法所得1倍至2倍".</summary>
    public abstract string Describe();
}

/// <summary>One amount.</summary>
public sealed record FixedAmount(Money Amount) : DiscretionAmount
{
    public override string Describe() => TraceText.Yuan(Amount);
}

/// <summary>A range of amounts; <paramref name="Recommended"/> null means the midpoint.</summary>
public sealed record RangeAmount(Money Min, Money Max, Money? Recommended = null) : DiscretionAmount
{
    public override string Describe() =>
        Min == Max ? TraceText.Yuan(Min) : TraceText.Yuan(Min) + "至" + TraceText.Yuan(Max);
}

/// <summary>Multiples of the illegal income (违法所得的…倍); <paramref name="Recommended"/> null means the midpoint.</summary>
public sealed record IncomeMultipleAmount(decimal MinMultiple, decimal MaxMultiple, decimal? Recommended = null)
    : DiscretionAmount
{
    public override string Describe() => MinMultiple == MaxMultiple
        ? "违法所得" + TraceText.Number(MinMultiple) + "倍"
        : "违法所得" + TraceText.Number(MinMultiple) + "倍至" + TraceText.Number(MaxMultiple) + "倍";
}

/// <summary>
/// 62号令 Art 43 mass fine: computed by <see cref="OverloadFine"/>. Null values come from the item's
/// <see cref="FineBasis.PerTonne"/> clause (per-tonne amount and cap) and from the benchmark's
/// <see cref="DiscretionPolicy.TonneRounding"/>.
/// </summary>
public sealed record PerTonneAmount(Money? AmountPerTonne = null, Money? Cap = null, TonneRounding? Rounding = null)
    : DiscretionAmount
{
    public override string Describe() => "每超1000千克罚款"
        + (AmountPerTonne is { } p ? TraceText.Yuan(p) : "（按法定标准）")
        + (Cap is { } c ? "，最高" + TraceText.Yuan(c) : "");
}

/// <summary>A warning, no fine.</summary>
public sealed record WarningAmount : DiscretionAmount
{
    public override string Describe() => "警告";
}

/// <summary>No penalty (a 不予处罚 tier).</summary>
public sealed record NoPenaltyAmount : DiscretionAmount
{
    public override string Describe() => "不予处罚";
}

/// <summary>For statutes that only state a maximum (…以下罚款): a share of it set by <see cref="DiscretionPolicy"/>.</summary>
public sealed record ShareOfMaximumAmount(ShareLevel Level) : DiscretionAmount
{
    public override string Describe() => Level switch
    {
        ShareLevel.Lighter => "从轻：法定最高额的较低比例",
        ShareLevel.Ordinary => "一般：法定最高额的中间比例",
        ShareLevel.Heavier => "从重：法定最高额的较高比例",
        _ => Level.ToString(),
    };
}

/// <summary>Which share of the statutory maximum (RULES §8.1: ordinary 40–60 %, 从轻 ≤ 20 %).</summary>
public enum ShareLevel
{
    Lighter,
    Ordinary,
    Heavier,
}
