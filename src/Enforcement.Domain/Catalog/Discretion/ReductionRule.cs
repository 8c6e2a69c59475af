using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>One band of a reduction rule: where <see cref="When"/> holds, the party pays <see cref="PercentPayable"/> % of the amount.</summary>
public sealed record ReductionStep(CasePredicate When, int PercentPayable);

/// <summary>
/// A local reduction of the computed amount, e.g. the non-site over-limit discount by band (5–10 t over: 80 % …).
/// Applies when every one of <see cref="Conditions"/> holds and <see cref="Exclusion"/> does not; the first step whose
/// condition holds gives the percentage; no matching step: no reduction.
/// </summary>
public sealed record ReductionRule
{
    public required string Name { get; init; }

    /// <summary>Where the rule comes from (document and article).</summary>
    public required string Source { get; init; }

    public IReadOnlyList<CasePredicate> Conditions { get; init; } = [];

    public required IReadOnlyList<ReductionStep> Steps { get; init; }

    /// <summary>Cases the rule never applies to (e.g. 百吨王), or null.</summary>
    public CasePredicate? Exclusion { get; init; }

    /// <summary>True if the rule's wording or values could not be checked against a primary text.</summary>
    public bool Unverified { get; init; }
}

/// <summary>
/// A ceiling on the amount. A cumulative cap also counts <see cref="CaseFacts.OtherFinesInGroupFen"/> (other fines in
/// the same group), so this amount is at most the cap less those.
/// </summary>
public sealed record CapRule
{
    public required string Name { get; init; }
    public required Money Cap { get; init; }

    /// <summary>Where the cap comes from.</summary>
    public required string Source { get; init; }

    /// <summary>The cap applies only where this holds; null: always.</summary>
    public CasePredicate? When { get; init; }

    public bool Cumulative { get; init; }

    public bool Unverified { get; init; }
}

/// <summary>
/// A 轻微违法行为免罚清单 entry: no penalty if, and only if, every condition holds (RULES §8.3 E5). Published lists
/// bind the agency, so a match is treated as 不予处罚 (not as a "may").
/// </summary>
public sealed record MinorExemption
{
    public required string Name { get; init; }

    /// <summary>The legal basis the list relies on, e.g. 《行政处罚法》第三十三条第一款.</summary>
    public required string Basis { get; init; }

    /// <summary>The list's document number, if it is a document of its own.</summary>
    public string? DocumentNumber { get; init; }

    public required IReadOnlyList<CasePredicate> Conditions { get; init; }
}
