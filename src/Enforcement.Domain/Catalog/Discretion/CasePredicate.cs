namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// A condition on the facts of a case (适用情形), as data so that a province can load its own benchmark.
/// <see cref="Label"/> replaces the generated description with the benchmark's own wording.
/// </summary>
public abstract record CasePredicate
{
    /// <summary>The benchmark's wording of the condition, e.g. "及时清除污染或者修复路面". Null: generated.</summary>
    public string? Label { get; init; }

    public abstract bool Holds(CaseFacts facts);

    /// <summary>The condition in Chinese, for the trace and for publication.</summary>
    public string Describe() => Label ?? DescribeCore();

    protected abstract string DescribeCore();
}

/// <summary>A yes/no fact has the expected value.</summary>
public sealed record FactIs(CaseFact Fact, bool Expected = true) : CasePredicate
{
    public override bool Holds(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Value(Fact) == Expected;
    }

    protected override string DescribeCore() => (Expected ? "" : "非") + CaseFactNames.Name(Fact);
}

/// <summary>A numeric fact lies in a band; a fact that was not established never does (income: none counts as 0).</summary>
public sealed record QuantityIn(CaseQuantity Quantity, Band Band) : CasePredicate
{
    public override bool Holds(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Value(Quantity) is { } value && Band.Contains(value);
    }

    protected override string DescribeCore() =>
        CaseFactNames.Name(Quantity) + Band.Describe(v => CaseFactNames.Format(Quantity, v));
}

/// <summary>The harmful consequences are between two levels, both included.</summary>
public sealed record HarmIn(HarmLevel AtLeast, HarmLevel AtMost) : CasePredicate
{
    public override bool Holds(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.HarmCaused >= AtLeast && facts.HarmCaused <= AtMost;
    }

    protected override string DescribeCore() => AtLeast == AtMost
        ? CaseFactNames.Name(AtLeast)
        : AtLeast == HarmLevel.None
            ? "危害后果不超过“" + CaseFactNames.Name(AtMost) + "”"
            : "危害后果至少为“" + CaseFactNames.Name(AtLeast) + "”";
}

/// <summary>A named circumstance of the benchmark was established (see <see cref="CaseFacts.Circumstances"/>).</summary>
/// <param name="Code">Machine code, e.g. "load-resecured".</param>
/// <param name="Description">Chinese wording, e.g. "按要求重新固定装载物".</param>
public sealed record CircumstanceHolds(string Code, string Description) : CasePredicate
{
    public override bool Holds(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Has(Code);
    }

    protected override string DescribeCore() => Description;
}

/// <summary>Every one of the conditions holds (an empty list always holds).</summary>
public sealed record AllOf(IReadOnlyList<CasePredicate> Conditions) : CasePredicate
{
    public override bool Holds(CaseFacts facts) => Conditions.All(c => c.Holds(facts));

    protected override string DescribeCore() => string.Join("且", Conditions.Select(c => c.Describe()));
}

/// <summary>At least one of the conditions holds (an empty list never holds).</summary>
public sealed record AnyOf(IReadOnlyList<CasePredicate> Conditions) : CasePredicate
{
    public override bool Holds(CaseFacts facts) => Conditions.Any(c => c.Holds(facts));

    protected override string DescribeCore() => string.Join("或者", Conditions.Select(c => c.Describe()));
}

/// <summary>The condition does not hold.</summary>
public sealed record Negated(CasePredicate Condition) : CasePredicate
{
    public override bool Holds(CaseFacts facts) => !Condition.Holds(facts);

    protected override string DescribeCore() => "不属于“" + Condition.Describe() + "”";
}

/// <summary>Short constructors for the common predicates.</summary>
public static class Predicates
{
    public static CasePredicate FirstOffence { get; } = new FactIs(CaseFact.FirstOffence);
    public static CasePredicate NotFirstOffence { get; } = new FactIs(CaseFact.FirstOffence, Expected: false);
    public static CasePredicate CorrectedInTime { get; } = new FactIs(CaseFact.CorrectedInTime);
    public static CasePredicate DetectedNonSite { get; } = new FactIs(CaseFact.DetectedNonSite);

    /// <summary>At least <paramref name="count"/> earlier violations of the same kind within 12 months.</summary>
    public static CasePredicate RepeatsAtLeast(int count) =>
        new QuantityIn(CaseQuantity.RepeatsIn12Months, Band.AtLeast(count));

    public static CasePredicate VehiclesAtLeast(int count) =>
        new QuantityIn(CaseQuantity.VehiclesInvolved, Band.AtLeast(count));

    /// <summary>Illegal income in a band of fen.</summary>
    public static CasePredicate IllegalIncome(Band fen) => new QuantityIn(CaseQuantity.IllegalIncomeFen, fen);

    public static CasePredicate OverLimitKg(Band kg) => new QuantityIn(CaseQuantity.OverLimitKg, kg);

    public static CasePredicate GrossMassKg(Band kg) => new QuantityIn(CaseQuantity.GrossMassKg, kg);

    public static CasePredicate DurationDays(Band days) => new QuantityIn(CaseQuantity.DurationDays, days);

    public static CasePredicate HarmAtLeast(HarmLevel level) => new HarmIn(level, HarmLevel.Serious);

    public static CasePredicate HarmAtMost(HarmLevel level) => new HarmIn(HarmLevel.None, level);

    public static CasePredicate Circumstance(string code, string description) => new CircumstanceHolds(code, description);

    public static CasePredicate All(params CasePredicate[] conditions) => new AllOf(conditions);

    public static CasePredicate Any(params CasePredicate[] conditions) => new AnyOf(conditions);

    public static CasePredicate Not(CasePredicate condition) => new Negated(condition);
}
