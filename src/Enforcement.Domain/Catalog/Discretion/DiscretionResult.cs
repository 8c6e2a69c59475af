using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>What the engine recommends.</summary>
public enum DiscretionOutcome
{
    /// <summary>Penalty within the tier.</summary>
    Penalty,
    /// <summary>
    /// 不予处罚 (mandatory): 《行政处罚法》第三十条 (under 14), 第三十一条 (unable to recognise or control own acts),
    /// 第三十三条第一款 first sentence (minor, corrected in time, no harm), 第三十三条第二款 (no fault), or a
    /// 免罚清单 entry whose conditions all hold.
    /// </summary>
    NoPenaltyMandatory,
    /// <summary>
    /// 可以不予处罚: 第三十三条第一款 second sentence (first offence, minor harm, corrected in time). The amount and range
    /// are kept as the alternative if the agency decides to punish.
    /// </summary>
    NoPenaltyDiscretionary,
    /// <summary>从轻: within the statutory range, toward its lower end.</summary>
    Lighter,
    /// <summary>减轻: may go below the statutory minimum; needs recorded grounds and collective discussion.</summary>
    Reduced,
    /// <summary>The facts show no violation (e.g. not over the mass or outline limit): no case.</summary>
    NotAViolation,
}

/// <summary>Stage of the engine a trace step belongs to (RULES §8.4).</summary>
public enum TraceStage
{
    Benchmark,
    Tier,
    Violation,
    Override,
    Exemption,
    Clause,
    Amount,
    Reduction,
    Cap,
    Clamp,
    Outcome,
}

/// <summary>A number shown with a trace step, e.g. ("超限质量", 12000, "千克").</summary>
public sealed record TraceNumber(string Name, decimal Value, string Unit)
{
    public static TraceNumber Yuan(string name, Money amount) => new(name, amount.Yuan, "元");

    public static TraceNumber Of(string name, long value, string unit) => new(name, value, unit);
}

/// <summary>One step of the reasoning (说理): what was checked or computed, on which provision, with which numbers.</summary>
/// <param name="Sequence">1-based position.</param>
/// <param name="Stage">Engine stage.</param>
/// <param name="Text">The step in Chinese.</param>
/// <param name="Provision">The provision or document relied on, if any.</param>
/// <param name="Held">For a condition: whether it held; null for computations.</param>
/// <param name="Numbers">Numbers used or produced.</param>
public sealed record TraceStep(
    int Sequence,
    TraceStage Stage,
    string Text,
    string? Provision,
    bool? Held,
    IReadOnlyList<TraceNumber> Numbers);

/// <summary>
/// The recommendation for one case: outcome, amount and range, kinds, the tier and clause used, the flags the
/// procedure must honour, and the full trace. Store it with the decision (the benchmark id and version included).
/// </summary>
public sealed record DiscretionResult
{
    public required string ItemCode { get; init; }
    public required string BenchmarkId { get; init; }
    public required int BenchmarkVersion { get; init; }
    public required string DocumentNumber { get; init; }

    public required DiscretionOutcome Outcome { get; init; }

    /// <summary>
    /// For <see cref="DiscretionOutcome.NoPenaltyDiscretionary"/>: the outcome if a penalty is imposed after all
    /// (<see cref="DiscretionOutcome.Penalty"/>, <see cref="DiscretionOutcome.Lighter"/> or
    /// <see cref="DiscretionOutcome.Reduced"/>), whose amount and range this result carries. Otherwise null.
    /// </summary>
    public DiscretionOutcome? AlternativeOutcome { get; init; }

    /// <summary>The tier whose predicates matched, or null if none did.</summary>
    public DiscretionTier? Tier { get; init; }

    /// <summary>The statute's fine clause applied, or null (no penalty, or the statute has no fine).</summary>
    public FineClause? Clause { get; init; }

    public required Money RecommendedFine { get; init; }

    /// <summary>Recommended range (both ends included).</summary>
    public required MoneyRange Range { get; init; }

    /// <summary>The applicable clause's statutory range, or null without a clause.</summary>
    public MoneyRange? StatutoryRange { get; init; }

    /// <summary>Penalty kinds recommended (e.g. only <see cref="PenaltyKinds.Warning"/> for ≤ 1 000 kg over).</summary>
    public required PenaltyKinds Kinds { get; init; }

    /// <summary>The statute's order (责令改正 / 责令停止经营), which stands even without a penalty.</summary>
    public string? Orders { get; init; }

    /// <summary>减轻: the decision must go to 集体讨论.</summary>
    public bool RequiresCollectiveDiscussion { get; init; }

    /// <summary>减轻: the grounds must be recorded in the case file (and <see cref="DeviationCheck"/> requires a reason).</summary>
    public bool RequiresRecordedGrounds { get; init; }

    /// <summary>No penalty (or possibly none): the party must be educated and this recorded (《行政处罚法》第三十三条第三款).</summary>
    public bool RequiresEducation { get; init; }

    public required IReadOnlyList<TraceStep> Trace { get; init; }

    /// <summary>Provisions and documents relied on, in the order first used, without duplicates.</summary>
    public required IReadOnlyList<string> Citations { get; init; }

    /// <summary>True if a decided amount may lie below the statutory minimum (减轻, as outcome or alternative).</summary>
    public bool MayGoBelowStatutoryMinimum =>
        Outcome == DiscretionOutcome.Reduced || AlternativeOutcome == DiscretionOutcome.Reduced;
}
