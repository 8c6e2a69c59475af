using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Steps 2 and 6 inputs: the tier, whether there is a violation at all (over-limit), the statute's clause and its range.</summary>
internal sealed partial class DiscretionRun
{
    // ---- Step 2: tier -------------------------------------------------------------------------------------------

    private DiscretionTier? SelectTier()
    {
        foreach (var candidate in benchmark.Tiers.OrderBy(t => t.Order))
        {
            var failed = candidate.Predicates.FirstOrDefault(p => !p.Holds(facts));
            if (failed is not null)
            {
                Step(TraceStage.Tier, $"阶次“{candidate.Name}”不适用：{failed.Describe()}——不成立",
                    benchmark.Citation, held: false);
                continue;
            }

            foreach (var predicate in candidate.Predicates)
            {
                Step(TraceStage.Tier, $"阶次“{candidate.Name}”适用情形：{predicate.Describe()}——成立",
                    benchmark.Citation, held: true);
            }

            Step(TraceStage.Tier,
                $"选定裁量阶次“{candidate.Name}”"
                + (candidate.Description is { } d ? "（" + d + "）" : "")
                + "：" + candidate.Amount.Describe()
                + (candidate.IncomeAmount is { } income ? "；违法所得超过法定数额的：" + income.Describe() : ""),
                benchmark.Citation, numbers: [TraceNumber.Of("阶次顺序", candidate.Order, "")]);
            return candidate;
        }

        Step(TraceStage.Tier, "没有适用的裁量阶次：按法定幅度裁量", item.PenaltyProvision, held: false);
        return null;
    }

    // ---- Over-limit: is there a violation at all? -----------------------------------------------------------------

    private OverloadFineResult? OverloadCheck()
    {
        var perTonneClause = item.Penalty.Fines.FirstOrDefault(c => c.Basis == FineBasis.PerTonne);
        var perTonne = tier?.Amount as PerTonneAmount;
        if (perTonneClause is null && perTonne is null)
        {
            return null;
        }

        var (rule, rounding) = OverloadRule(perTonne, perTonneClause);
        return OverloadFine.Compute(facts.OverLimitKg ?? 0, rounding, facts.Dimensions, rule);
    }

    private (OverloadFineRule Rule, TonneRounding Rounding) OverloadRule(PerTonneAmount? amount, FineClause? clause)
    {
        var rule = OverloadFineRule.Article43;
        var perTonne = amount?.AmountPerTonne ?? (clause is { PerTonneFen: > 0 } c ? Money.FromFen(c.PerTonneFen) : rule.PerTonne);
        var cap = amount?.Cap ?? (clause is { CapFen: > 0 } k ? Money.FromFen(k.CapFen) : rule.MassCap);
        return (rule with { PerTonne = perTonne, MassCap = cap }, amount?.Rounding ?? Policy.TonneRounding);
    }

    // ---- Clause of the statute --------------------------------------------------------------------------------------

    private FineClause? SelectClause()
    {
        var fines = item.Penalty.Fines;
        var income = facts.IllegalIncomeFen ?? 0;

        var above = fines.FirstOrDefault(c => c.Condition == FineCondition.IncomeAbove && income > (c.IncomeThresholdFen ?? 0));
        if (above is not null)
        {
            Step(TraceStage.Clause,
                $"违法所得{TraceText.Yuan(income)}，超过{TraceText.Yuan(above.IncomeThresholdFen ?? 0)}：适用违法所得倍数罚则",
                item.PenaltyProvision, held: true, numbers: [TraceNumber.Yuan("违法所得", Money.FromFen(income))]);
            return above;
        }

        if (tier?.Serious == true && fines.FirstOrDefault(c => c.Condition == FineCondition.Serious) is { } serious)
        {
            Step(TraceStage.Clause, "情节严重：适用情节严重罚则", item.PenaltyProvision, held: true);
            return serious;
        }

        if (fines.FirstOrDefault(c => c.Condition == FineCondition.IncomeAtMostOrNone) is { } atMost)
        {
            Step(TraceStage.Clause,
                income == 0 ? "没有违法所得：适用没有违法所得的罚则"
                    : $"违法所得{TraceText.Yuan(income)}，未超过{TraceText.Yuan(atMost.IncomeThresholdFen ?? 0)}：适用违法所得不足法定数额的罚则",
                item.PenaltyProvision, held: true);
            return atMost;
        }

        var always = fines.FirstOrDefault(c => c.Condition == FineCondition.Always);
        Step(TraceStage.Clause, always is null ? "法定罚则无罚款" : "适用法定罚则", item.PenaltyProvision, held: always is not null);
        return always;
    }

    private MoneyRange StatutoryRange(FineClause clause)
    {
        var income = Money.FromFen(facts.IllegalIncomeFen ?? 0);
        return clause.Basis switch
        {
            FineBasis.None => MoneyRange.Zero,
            FineBasis.Fixed => new MoneyRange(Money.FromFen(clause.MinFen), Money.FromFen(Math.Max(clause.MinFen, clause.MaxFen))),
            FineBasis.Range => new MoneyRange(Money.FromFen(clause.MinFen), Money.FromFen(clause.MaxFen)),
            FineBasis.UpTo => new MoneyRange(Money.Zero, Money.FromFen(clause.MaxFen)),
            FineBasis.IncomeMultiple => new MoneyRange(
                FineMath.Times(income, clause.MinMultiple), FineMath.Times(income, clause.MaxMultiple)),
            FineBasis.PerTonne => new MoneyRange(Money.Zero,
                clause.CapFen > 0 ? Money.FromFen(clause.CapFen) : OverloadFineRule.Article43.CumulativeCap),
            _ => throw new InvalidOperationException($"Unknown fine basis {clause.Basis}."),
        };
    }
}
