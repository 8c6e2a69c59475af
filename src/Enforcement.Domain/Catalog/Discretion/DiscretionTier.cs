namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// One tier (裁量阶次) of a benchmark entry: its circumstances (适用情形, all must hold) and its amount (裁量标准).
/// The engine takes the first tier, by ascending <see cref="Order"/>, whose predicates all hold; benchmarks list the
/// most severe tier first, and a tier without predicates matches every case (put it last).
/// </summary>
public sealed record DiscretionTier
{
    /// <summary>不予处罚 / 轻微 / 一般 / 较重 / 严重, or 从轻 / 一般 / 从重.</summary>
    public required string Name { get; init; }

    /// <summary>Evaluation order, ascending.</summary>
    public required int Order { get; init; }

    /// <summary>Conditions that must all hold; empty: always.</summary>
    public IReadOnlyList<CasePredicate> Predicates { get; init; } = [];

    /// <summary>The amount where the statute's fixed-amount clause applies (no income, or income at most the threshold).</summary>
    public required DiscretionAmount Amount { get; init; }

    /// <summary>
    /// The amount where the statute's illegal-income clause applies (违法所得超过…: multiples). Null: the whole
    /// statutory multiple range.
    /// </summary>
    public DiscretionAmount? IncomeAmount { get; init; }

    /// <summary>The tier is 情节严重: the statute's <see cref="FineCondition.Serious"/> clause applies, where it has one.</summary>
    public bool Serious { get; init; }

    /// <summary>The benchmark's own wording of the circumstances, where it is not just the predicates.</summary>
    public string? Description { get; init; }
}
