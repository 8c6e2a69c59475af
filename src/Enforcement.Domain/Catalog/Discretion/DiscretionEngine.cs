namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// The discretion benchmark engine (RULES §8.4): tier by predicates, 《行政处罚法》第三十条至第三十三条 overrides,
/// amount, local reductions and caps, statutory clamp, with a trace of every step.
/// </summary>
public static class DiscretionEngine
{
    /// <summary>The recommendation for a case under an item and the benchmark entry selected for it.</summary>
    /// <exception cref="ArgumentException">If the benchmark is for another item.</exception>
    public static DiscretionResult Recommend(EnforcementItem item, DiscretionBenchmark benchmark, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(facts);
        if (!string.Equals(item.Code, benchmark.ItemCode, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Benchmark {benchmark.Id} is for item {benchmark.ItemCode}, not {item.Code}.", nameof(benchmark));
        }

        return new DiscretionRun(item, benchmark, facts).Run();
    }
}
