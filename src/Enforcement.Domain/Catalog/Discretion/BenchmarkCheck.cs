using System.Globalization;
using System.Text.RegularExpressions;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// Checks a benchmark entry before it is loaded: consistent data, and every tier amount inside the statutory range
/// of the clause it would be applied under (a benchmark cannot widen the law; e.g. pre-2023 entries whose amounts
/// left the range after the 2023 revision of 《道路运输条例》).
/// </summary>
public static partial class BenchmarkCheck
{
    public static IReadOnlyList<Refusal> Check(DiscretionBenchmark benchmark, EnforcementItem item)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(item);
        var problems = new List<Refusal>();

        if (!string.Equals(benchmark.ItemCode, item.Code, StringComparison.Ordinal))
        {
            problems.Add(new Refusal("benchmark.item-mismatch", "itemCode", $"裁量基准对应事项{benchmark.ItemCode}，不是{item.Code}。"));
        }

        if (!ProvinceCode().IsMatch(benchmark.ProvinceCode))
        {
            problems.Add(new Refusal("benchmark.province", "provinceCode", "省级区划代码应为两位数字，如“63”。"));
        }

        if (benchmark.EffectiveTo is { } to && to < benchmark.EffectiveFrom)
        {
            problems.Add(new Refusal("benchmark.effective-dates", "effectiveTo", "失效日期早于生效日期。"));
        }

        if (benchmark.Tiers.Count == 0)
        {
            problems.Add(new Refusal("benchmark.no-tiers", "tiers", "裁量基准至少应有一个裁量阶次。"));
        }

        foreach (var order in benchmark.Tiers.GroupBy(t => t.Order).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new Refusal("benchmark.duplicate-order", "tiers",
                $"裁量阶次顺序{order.ToString(CultureInfo.InvariantCulture)}重复。"));
        }

        for (var i = 0; i < benchmark.Tiers.Count; i++)
        {
            CheckTier(benchmark.Tiers[i], i, item, problems);
        }

        CheckPolicy(benchmark.Policy, problems);
        foreach (var step in benchmark.Reductions.SelectMany(r => r.Steps).Where(s => s.PercentPayable is < 0 or > 100))
        {
            problems.Add(new Refusal("benchmark.reduction-percent", "reductions",
                $"减免比例{TraceText.Percent(step.PercentPayable)}应在0%至100%之间。"));
        }

        return problems;
    }

    private static void CheckTier(DiscretionTier tier, int index, EnforcementItem item, List<Refusal> problems)
    {
        var field = "tiers[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        var fines = item.Penalty.Fines;
        var fixedClause = (tier.Serious ? fines.FirstOrDefault(c => c.Condition == FineCondition.Serious) : null)
                          ?? fines.FirstOrDefault(c => c.Condition == FineCondition.IncomeAtMostOrNone)
                          ?? fines.FirstOrDefault(c => c.Condition == FineCondition.Always);
        var incomeClause = fines.FirstOrDefault(c => c.Basis == FineBasis.IncomeMultiple);

        CheckAmount(tier, tier.Amount, fixedClause, field + ".amount", item, problems);
        if (tier.IncomeAmount is { } income)
        {
            CheckAmount(tier, income, incomeClause, field + ".incomeAmount", item, problems);
        }
    }

    private static void CheckAmount(
        DiscretionTier tier, DiscretionAmount amount, FineClause? clause, string field, EnforcementItem item, List<Refusal> problems)
    {
        var statutory = clause is null ? null : FixedRange(clause);
        var outside = new Refusal("benchmark.tier-outside-statute", field,
            $"裁量阶次“{tier.Name}”的裁量标准{amount.Describe()}超出法定罚则（{item.PenaltyProvision}）。");
        switch (amount)
        {
            case RangeAmount r when r.Min > r.Max:
                problems.Add(new Refusal("benchmark.range-order", field, $"裁量阶次“{tier.Name}”的幅度下限高于上限。"));
                break;
            case RangeAmount r when r.Recommended is { } rec && (rec < r.Min || rec > r.Max):
                problems.Add(new Refusal("benchmark.recommended-outside-tier", field, $"裁量阶次“{tier.Name}”的建议值不在本阶次幅度内。"));
                break;
            case RangeAmount r when statutory is not { } s || !s.Contains(r.Min) || !s.Contains(r.Max):
                problems.Add(outside);
                break;
            case FixedAmount f when statutory is not { } s || !s.Contains(f.Amount):
                problems.Add(outside);
                break;
            case IncomeMultipleAmount m when m.MinMultiple < 0 || m.MinMultiple > m.MaxMultiple:
                problems.Add(new Refusal("benchmark.range-order", field, $"裁量阶次“{tier.Name}”的倍数下限高于上限或为负数。"));
                break;
            case IncomeMultipleAmount m when clause is null
                                             || m.MinMultiple < clause.MinMultiple || m.MaxMultiple > clause.MaxMultiple:
                problems.Add(outside);
                break;
            case ShareOfMaximumAmount when clause is not { Basis: FineBasis.UpTo, MaxFen: > 0 }:
                problems.Add(new Refusal("benchmark.share-without-maximum", field,
                    $"裁量阶次“{tier.Name}”按法定最高额比例裁量，但法定罚则不是仅规定最高额的罚款。"));
                break;
            default:
                break;
        }
    }

    /// <summary>The statutory range of a clause that states amounts (not multiples or per-tonne), or null.</summary>
    private static MoneyRange? FixedRange(FineClause clause) => clause.Basis switch
    {
        FineBasis.Fixed => new MoneyRange(Money.FromFen(clause.MinFen), Money.FromFen(Math.Max(clause.MinFen, clause.MaxFen))),
        FineBasis.Range => new MoneyRange(Money.FromFen(clause.MinFen), Money.FromFen(clause.MaxFen)),
        FineBasis.UpTo => new MoneyRange(Money.Zero, Money.FromFen(clause.MaxFen)),
        _ => null,
    };

    private static void CheckPolicy(DiscretionPolicy policy, List<Refusal> problems)
    {
        foreach (var level in Enum.GetValues<ShareLevel>())
        {
            var band = policy.Share(level);
            if (band.MinPercent < 0 || band.MaxPercent > 100 || band.MinPercent > band.MaxPercent)
            {
                problems.Add(new Refusal("benchmark.share-band", "policy", "最高额比例应在0%至100%之间，且下限不高于上限。"));
            }
        }

        if (policy.ReducedPercentOfMinimum is < 0 or > 100)
        {
            problems.Add(new Refusal("benchmark.reduced-percent", "policy", "减轻处罚建议比例应在0%至100%之间。"));
        }

        if (policy.RecommendedRoundingFen < 1)
        {
            problems.Add(new Refusal("benchmark.rounding", "policy", "建议金额取整单位至少为1分。"));
        }
    }

    [GeneratedRegex("^[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceCode();
}
