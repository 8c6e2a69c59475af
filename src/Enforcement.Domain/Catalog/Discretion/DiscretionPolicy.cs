namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>A share of the statutory maximum, in whole percent, both ends included.</summary>
public readonly record struct ShareBand(int MinPercent, int MaxPercent);

/// <summary>
/// A province's tiering settings (国办发〔2022〕27号 leaves them to the provinces; RULES §8.1). The defaults are the
/// values seen in published provincial rules; those marked unverified are assumptions to be set by each province.
/// </summary>
public sealed record DiscretionPolicy
{
    public static DiscretionPolicy Default { get; } = new();

    /// <summary>
    /// How part-tonnes count in the 62号令 Art 43 fine. Unverified (RULES §2.4): the default FLOOR is the literal
    /// reading of "每超1000千克" (a started tonne has not exceeded 1 000 kg) and the one favourable to the party.
    /// </summary>
    public TonneRounding TonneRounding { get; init; } = TonneRounding.Floor;

    /// <summary>从轻 for statutes with only a maximum: at most 20 % of it [S: provincial rules, RULES §8.1].</summary>
    public ShareBand LighterShare { get; init; } = new(0, 20);

    /// <summary>Ordinary case for statutes with only a maximum: 40–60 % of it [S: provincial rules, RULES §8.1].</summary>
    public ShareBand OrdinaryShare { get; init; } = new(40, 60);

    /// <summary>从重 for statutes with only a maximum: not below the ordinary share (60–100 %; the upper share is an assumption).</summary>
    public ShareBand HeavierShare { get; init; } = new(60, 100);

    /// <summary>
    /// 减轻: the recommended amount as a percentage of the statutory minimum (the range is 0 to that minimum).
    /// Assumption (no source): 50 %.
    /// </summary>
    public int ReducedPercentOfMinimum { get; init; } = 50;

    /// <summary>Recommended amounts are rounded down to a multiple of this many fen (100: whole yuan). Assumption.</summary>
    public long RecommendedRoundingFen { get; init; } = 100;

    public ShareBand Share(ShareLevel level) => level switch
    {
        ShareLevel.Lighter => LighterShare,
        ShareLevel.Ordinary => OrdinaryShare,
        ShareLevel.Heavier => HeavierShare,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown share level."),
    };
}
