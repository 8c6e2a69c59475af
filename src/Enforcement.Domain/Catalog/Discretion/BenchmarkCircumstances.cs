namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// The named circumstances (<see cref="CircumstanceHolds"/>) one benchmark entry tests, so that a form can offer
/// exactly those: they are the benchmark's own words, not facts every item knows.
/// </summary>
public static class BenchmarkCircumstances
{
    /// <summary>
    /// Every circumstance the entry's tiers, 免罚清单, reductions and caps test, once each (by code), in the order they
    /// first appear.
    /// </summary>
    public static IReadOnlyList<CircumstanceHolds> Of(DiscretionBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var predicates = benchmark.Tiers.OrderBy(t => t.Order).SelectMany(t => t.Predicates)
            .Concat(benchmark.MinorExemption?.Conditions ?? [])
            .Concat(benchmark.Reductions.SelectMany(r => r.Conditions.Concat(r.Steps.Select(s => s.When)).Concat(r.Exclusion is { } e ? [e] : [])))
            .Concat(benchmark.Caps.Select(c => c.When).OfType<CasePredicate>());
        var found = new List<CircumstanceHolds>();
        foreach (var predicate in predicates) Collect(predicate, found);
        return found;
    }

    private static void Collect(CasePredicate predicate, List<CircumstanceHolds> found)
    {
        switch (predicate)
        {
            case CircumstanceHolds named:
                if (!found.Exists(f => f.Code == named.Code)) found.Add(named);
                break;
            case AllOf all:
                foreach (var c in all.Conditions) Collect(c, found);
                break;
            case AnyOf any:
                foreach (var c in any.Conditions) Collect(c, found);
                break;
            case Negated not:
                Collect(not.Condition, found);
                break;
            case FactIs or QuantityIn or HarmIn:
                // Facts every case has: the form asks for them anyway.
                break;
            default:
                // A new kind of predicate may contain circumstances: it must be walked here, not skipped unseen.
                throw new ArgumentException($"Unknown predicate kind {predicate.GetType().Name}.", nameof(predicate));
        }
    }
}
