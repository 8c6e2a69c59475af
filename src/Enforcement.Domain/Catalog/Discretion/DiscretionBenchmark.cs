namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// A discretion benchmark entry (裁量基准) for one enforcement item, one province and one version, as published under
/// 《行政处罚法》第三十四条. Data, so that each province can load its own.
/// </summary>
public sealed record DiscretionBenchmark
{
    /// <summary>Stable identifier of the entry, e.g. "63-DL-YZ-001".</summary>
    public required string Id { get; init; }

    /// <summary>The <see cref="EnforcementItem.Code"/> the entry is for.</summary>
    public required string ItemCode { get; init; }

    /// <summary>GB/T 2260 province code, two digits ("63" 青海).</summary>
    public required string ProvinceCode { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>Title of the benchmark document, e.g. 《青海省交通运输行政处罚裁量基准》.</summary>
    public required string DocumentTitle { get; init; }

    /// <summary>文号 of the benchmark document.</summary>
    public required string DocumentNumber { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last day in force (inclusive); null while in force.</summary>
    public DateOnly? EffectiveTo { get; init; }

    public required IReadOnlyList<DiscretionTier> Tiers { get; init; }

    /// <summary>免罚清单 entry for the item, or null.</summary>
    public MinorExemption? MinorExemption { get; init; }

    public IReadOnlyList<ReductionRule> Reductions { get; init; } = [];

    public IReadOnlyList<CapRule> Caps { get; init; } = [];

    public DiscretionPolicy Policy { get; init; } = DiscretionPolicy.Default;

    /// <summary>True for entries that are samples or could not be checked against the published document.</summary>
    public bool Unverified { get; init; }

    public string? Note { get; init; }

    /// <summary>How the entry is cited: title and 文号.</summary>
    public string Citation => DocumentTitle + "（" + DocumentNumber + "）";

    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>Step 1 of RULES §8.4: the entry for an item, a province and a date.</summary>
public static class BenchmarkSelection
{
    /// <summary>
    /// The highest version in force on <paramref name="date"/> for the item and province, or null. Which date to
    /// pass (the date of the act or of the decision) is the caller's rule.
    /// </summary>
    public static DiscretionBenchmark? Find(
        IEnumerable<DiscretionBenchmark> benchmarks, string itemCode, string provinceCode, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return benchmarks
            .Where(b => string.Equals(b.ItemCode, itemCode, StringComparison.Ordinal)
                        && string.Equals(b.ProvinceCode, provinceCode, StringComparison.Ordinal)
                        && b.InForceOn(date))
            .OrderByDescending(b => b.Version)
            .FirstOrDefault();
    }
}
