using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Overload;

/// <summary>One band of a local reduction: over-limit mass in <see cref="OverLimitKg"/> → pay <see cref="PercentPayable"/> %.</summary>
public sealed record OverloadReductionBand(Band OverLimitKg, int PercentPayable);

/// <summary>
/// A local non-site reduction of the Art 43 amount by over-limit band (RULES §2.4: "5–10 t: 80 % …"), as data. The
/// first band containing the fined over-limit mass applies; <see cref="ExcludedGrossKg"/> (e.g. 百吨王) never gets it.
/// A province keeps such rules in its discretion benchmark; <see cref="FromBenchmark"/> takes them from there so that
/// the rule lives in one place.
/// </summary>
public sealed record OverloadReduction
{
    public required string Name { get; init; }
    public required string Source { get; init; }
    public required IReadOnlyList<OverloadReductionBand> Bands { get; init; }

    /// <summary>Gross masses that never get the reduction, or null.</summary>
    public Band? ExcludedGrossKg { get; init; }

    public bool Unverified { get; init; }

    /// <summary>The percentage payable for a record, or null if the rule does not apply to it.</summary>
    public int? PercentPayableFor(long overLimitKg, long grossKg)
    {
        if (ExcludedGrossKg is { } excluded && excluded.Contains(grossKg))
        {
            return null;
        }

        var bands = Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].OverLimitKg.Contains(overLimitKg))
            {
                return bands[i].PercentPayable;
            }
        }

        return null;
    }

    /// <summary>
    /// The same rule taken from a discretion benchmark's <see cref="ReductionRule"/>, when it speaks only of what a
    /// weighing establishes: conditions "non-site", steps by over-limit mass, exclusion by gross mass. Anything else
    /// needs facts a weighing does not have, and is refused.
    /// </summary>
    public static Result<OverloadReduction> FromBenchmark(ReductionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var condition in rule.Conditions)
        {
            if (condition is not FactIs { Fact: CaseFact.DetectedNonSite, Expected: true })
            {
                return Unsupported(rule, condition);
            }
        }

        Band? excluded = null;
        if (rule.Exclusion is { } exclusion)
        {
            if (exclusion is not QuantityIn { Quantity: CaseQuantity.GrossMassKg } gross)
            {
                return Unsupported(rule, exclusion);
            }

            excluded = gross.Band;
        }

        var bands = new List<OverloadReductionBand>(rule.Steps.Count);
        foreach (var step in rule.Steps)
        {
            if (step.When is not QuantityIn { Quantity: CaseQuantity.OverLimitKg } over)
            {
                return Unsupported(rule, step.When);
            }

            bands.Add(new OverloadReductionBand(over.Band, step.PercentPayable));
        }

        return new OverloadReduction
        {
            Name = rule.Name, Source = rule.Source, Bands = bands, ExcludedGrossKg = excluded, Unverified = rule.Unverified,
        };
    }

    private static Refusal Unsupported(ReductionRule rule, CasePredicate predicate) =>
        new("overload.reduction-unsupported", "reductions",
            $"减免规则“{rule.Name}”的条件“{predicate.Describe()}”无法由称重记录判断，不能用于非现场自动认定。");
}
