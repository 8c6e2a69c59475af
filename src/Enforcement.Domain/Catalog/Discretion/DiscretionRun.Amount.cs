using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Steps 4–6: amount, 从轻/减轻, local reductions and caps, statutory clamp.</summary>
internal sealed partial class DiscretionRun
{
    // ---- Step 4: amount -------------------------------------------------------------------------------------------

    private Working ComputeAmount(FineClause? clause, MoneyRange? statutory, DiscretionOutcome mitigation)
    {
        var incomeClause = clause?.Basis == FineBasis.IncomeMultiple;
        var spec = (incomeClause ? tier?.IncomeAmount : tier?.Amount)
                   ?? (clause?.Basis == FineBasis.PerTonne ? new PerTonneAmount() : null);
        var baseKinds = clause?.Condition == FineCondition.IncomeAbove && item.Penalty.Kinds.HasFlag(PenaltyKinds.ConfiscateIncome)
            ? PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome
            : PenaltyKinds.Fine;

        var fits = spec switch
        {
            null => false,
            IncomeMultipleAmount => incomeClause,
            NoPenaltyAmount => false,
            ShareOfMaximumAmount => clause is { Basis: FineBasis.UpTo, MaxFen: > 0 },
            _ => true,
        };
        if (!fits)
        {
            return StatutoryFallback(statutory, baseKinds, spec);
        }

        switch (spec)
        {
            case FixedAmount f:
                Step(TraceStage.Amount, "本阶次为固定数额：" + TraceText.Yuan(f.Amount), benchmark.Citation,
                    numbers: [TraceNumber.Yuan("罚款", f.Amount)]);
                return new Working(new MoneyRange(f.Amount, f.Amount), f.Amount, baseKinds);

            case RangeAmount r:
            {
                var range = new MoneyRange(r.Min, r.Max);
                var recommended = r.Recommended ?? FineMath.Midpoint(range);
                Step(TraceStage.Amount,
                    $"本阶次幅度{range}，建议{(r.Recommended is null ? "取中间值" : "值")}{TraceText.Yuan(recommended)}",
                    benchmark.Citation, numbers: [TraceNumber.Yuan("幅度下限", range.Min), TraceNumber.Yuan("幅度上限", range.Max),
                        TraceNumber.Yuan("建议罚款", recommended)]);
                return new Working(range, recommended, baseKinds);
            }

            case IncomeMultipleAmount m:
            {
                var income = Money.FromFen(facts.IllegalIncomeFen ?? 0);
                var multiple = m.Recommended ?? ((m.MinMultiple + m.MaxMultiple) / 2);
                var range = new MoneyRange(FineMath.Times(income, m.MinMultiple), FineMath.Times(income, m.MaxMultiple));
                var recommended = FineMath.Times(income, multiple);
                Step(TraceStage.Amount,
                    $"违法所得{TraceText.Yuan(income)}×{TraceText.Number(m.MinMultiple)}至{TraceText.Number(m.MaxMultiple)}倍＝{range}，"
                    + $"建议{TraceText.Number(multiple)}倍＝{TraceText.Yuan(recommended)}",
                    benchmark.Citation, numbers: [TraceNumber.Yuan("违法所得", income), new TraceNumber("建议倍数", multiple, "倍"),
                        TraceNumber.Yuan("建议罚款", recommended)]);
                return new Working(range, recommended, baseKinds);
            }

            case WarningAmount:
                Step(TraceStage.Amount, "本阶次给予警告，不罚款", benchmark.Citation);
                return new Working(MoneyRange.Zero, Money.Zero, PenaltyKinds.Warning);

            case ShareOfMaximumAmount s:
            {
                var lighter = mitigation is DiscretionOutcome.Lighter or DiscretionOutcome.Reduced;
                var level = lighter ? ShareLevel.Lighter : s.Level;
                var band = Policy.Share(level);
                var max = Money.FromFen(clause!.MaxFen);
                var range = new MoneyRange(FineMath.Percent(max, band.MinPercent), FineMath.Percent(max, band.MaxPercent));
                var recommended = FineMath.Midpoint(range);
                Step(TraceStage.Amount,
                    $"法定仅规定最高额{TraceText.Yuan(max)}：{(lighter ? "从轻" : LevelName(level))}按最高额的"
                    + $"{TraceText.Percent(band.MinPercent)}至{TraceText.Percent(band.MaxPercent)}＝{range}，建议取中间值{TraceText.Yuan(recommended)}",
                    benchmark.Citation, numbers: [TraceNumber.Yuan("法定最高额", max), new TraceNumber("比例下限", band.MinPercent, "%"),
                        new TraceNumber("比例上限", band.MaxPercent, "%"), TraceNumber.Yuan("建议罚款", recommended)]);
                return new Working(range, recommended, baseKinds, LighterBuiltIn: lighter);
            }

            case PerTonneAmount p:
                return PerTonne(p, clause);

            default:
                throw new InvalidOperationException($"Unknown amount kind {spec!.GetType().Name}.");
        }
    }

    private Working StatutoryFallback(MoneyRange? statutory, PenaltyKinds kinds, DiscretionAmount? spec)
    {
        if (statutory is not { } range || range.Max == Money.Zero)
        {
            Step(TraceStage.Amount, "法定罚则无罚款幅度：不罚款", item.PenaltyProvision);
            return new Working(MoneyRange.Zero, Money.Zero, PenaltyKinds.None);
        }

        var recommended = FineMath.Midpoint(range);
        Step(TraceStage.Amount,
            (spec is null ? "基准未规定本情形的裁量标准" : "本阶次裁量标准（" + spec.Describe() + "）与适用的法定罚则不一致")
            + $"：按法定幅度{range}，建议取中间值{TraceText.Yuan(recommended)}",
            item.PenaltyProvision, numbers: [TraceNumber.Yuan("建议罚款", recommended)]);
        return new Working(range, recommended, kinds);
    }

    private Working PerTonne(PerTonneAmount amount, FineClause? clause)
    {
        var (rule, rounding) = OverloadRule(amount, clause?.Basis == FineBasis.PerTonne ? clause : null);
        var overLimit = facts.OverLimitKg ?? 0;
        var result = OverloadFine.Compute(overLimit, rounding, facts.Dimensions, rule);
        var mass = result.Mass switch
        {
            MassVerdict.NotOverLimit => "总质量未超限",
            MassVerdict.Warning => $"超限{Num(overLimit)}千克，未超过{Num(rule.WarningUpToKg)}千克：予以警告",
            MassVerdict.Fine => $"超限{Num(overLimit)}千克，按{(rounding == TonneRounding.Floor ? "整吨（不足1吨不计）" : "每超1吨（不足1吨按1吨）")}"
                + $"计{Num(result.TonnesCounted)}吨×{TraceText.Yuan(rule.PerTonne)}＝{TraceText.Yuan(result.MassFine)}"
                + (result.MassFine == rule.MassCap ? $"（最高{TraceText.Yuan(rule.MassCap)}）" : ""),
            _ => result.Mass.ToString(),
        };
        var dimension = result.Dimension == DimensionTier.None
            ? ""
            : $"；外廓尺寸超限（{DimensionName(result.Dimension)}），罚款{result.DimensionRange}";
        var total = result.Total.Max > Money.Zero
            ? $"；合计{result.Total}，建议{TraceText.Yuan(result.RecommendedTotal)}" + (result.Capped ? $"（累计最高{TraceText.Yuan(rule.CumulativeCap)}）" : "")
            : "";
        Step(TraceStage.Amount, mass + dimension + total, OverloadFine.Article,
            numbers: [TraceNumber.Of("超限质量", overLimit, "千克"), TraceNumber.Of("计罚吨数", result.TonnesCounted, "吨"),
                TraceNumber.Yuan("质量罚款", result.MassFine), TraceNumber.Yuan("建议罚款", result.RecommendedTotal)]);
        return new Working(result.Total, result.RecommendedTotal, result.Kinds, FixedByLaw: true);
    }

    // ---- Step 3 applied: 从轻 / 减轻 ------------------------------------------------------------------------------

    private Working ApplyMitigation(Working amount, MoneyRange? statutory, DiscretionOutcome mitigation)
    {
        if (mitigation == DiscretionOutcome.Penalty || amount.Range.Max == Money.Zero)
        {
            return amount;
        }

        var provision = mitigationProvision;
        if (mitigation == DiscretionOutcome.Reduced && statutory is { } s && s.Min > Money.Zero)
        {
            var recommended = FineMath.Percent(s.Min, Policy.ReducedPercentOfMinimum);
            Step(TraceStage.Override,
                $"减轻处罚：在法定最低额{TraceText.Yuan(s.Min)}以下裁量，建议按最低额的{TraceText.Percent(Policy.ReducedPercentOfMinimum)}"
                + $"＝{TraceText.Yuan(recommended)}；须记录减轻理由并经集体讨论决定",
                provision, numbers: [TraceNumber.Yuan("法定最低额", s.Min), TraceNumber.Yuan("建议罚款", recommended)]);
            return amount with { Range = new MoneyRange(Money.Zero, s.Min), Recommended = recommended };
        }

        var prefix = mitigation == DiscretionOutcome.Reduced
            ? "减轻处罚：法定无最低罚款额，按从轻幅度裁量（仍须记录理由并经集体讨论）；"
            : "从轻处罚：";
        if (amount.LighterBuiltIn)
        {
            Step(TraceStage.Override, prefix + "已按从轻比例计算", provision);
            return amount;
        }

        if (amount.FixedByLaw)
        {
            Step(TraceStage.Override, prefix + "罚款数额由法定标准计算，无从轻调整余地；如需低于该数额，应依法减轻", provision);
            return amount;
        }

        if (amount.Range.Min < amount.Recommended)
        {
            var range = new MoneyRange(amount.Range.Min, amount.Recommended);
            Step(TraceStage.Override, prefix + $"在本阶次下半段{range}裁量，建议取下限{TraceText.Yuan(range.Min)}", provision,
                numbers: [TraceNumber.Yuan("建议罚款", range.Min)]);
            return amount with { Range = range, Recommended = range.Min };
        }

        var floor = statutory?.Min ?? Money.Zero;
        if (floor < amount.Recommended)
        {
            var range = new MoneyRange(floor, amount.Recommended);
            var recommended = FineMath.Midpoint(range);
            Step(TraceStage.Override,
                prefix + $"本阶次为固定数额，在法定最低额与该数额之间{range}裁量，建议取中间值{TraceText.Yuan(recommended)}",
                provision, numbers: [TraceNumber.Yuan("建议罚款", recommended)]);
            return amount with { Range = range, Recommended = recommended };
        }

        Step(TraceStage.Override, prefix + "已为法定最低额，无从轻调整余地", provision);
        return amount;
    }

    // ---- Step 5: reductions and caps ----------------------------------------------------------------------------

    private Working ApplyReductions(Working amount)
    {
        if (amount.Range.Max == Money.Zero)
        {
            return amount;
        }

        foreach (var rule in benchmark.Reductions)
        {
            var marker = rule.Unverified ? "（未经核实）" : "";
            if (rule.Exclusion is { } exclusion && exclusion.Holds(facts))
            {
                Step(TraceStage.Reduction, $"“{rule.Name}”{marker}不适用：{exclusion.Describe()}", rule.Source, held: false);
                continue;
            }

            if (rule.Conditions.FirstOrDefault(c => !c.Holds(facts)) is { } failed)
            {
                Step(TraceStage.Reduction, $"“{rule.Name}”{marker}不适用：{failed.Describe()}——不成立", rule.Source, held: false);
                continue;
            }

            if (rule.Steps.FirstOrDefault(s => s.When.Holds(facts)) is not { } step)
            {
                Step(TraceStage.Reduction, $"“{rule.Name}”{marker}：不在减免区间，不减免", rule.Source, held: false);
                continue;
            }

            var before = amount.Recommended;
            amount = amount with
            {
                Range = new MoneyRange(FineMath.Percent(amount.Range.Min, step.PercentPayable),
                    FineMath.Percent(amount.Range.Max, step.PercentPayable)),
                Recommended = FineMath.Percent(amount.Recommended, step.PercentPayable),
            };
            Step(TraceStage.Reduction,
                $"“{rule.Name}”{marker}：{step.When.Describe()}，按{TraceText.Percent(step.PercentPayable)}计："
                + $"{TraceText.Yuan(before)}×{TraceText.Percent(step.PercentPayable)}＝{TraceText.Yuan(amount.Recommended)}",
                rule.Source, held: true,
                numbers: [TraceNumber.Yuan("减免前", before), new TraceNumber("比例", step.PercentPayable, "%"),
                    TraceNumber.Yuan("减免后", amount.Recommended)]);
        }

        return amount;
    }

    private Working ApplyCaps(Working amount)
    {
        if (amount.Range.Max == Money.Zero)
        {
            return amount;
        }

        foreach (var cap in benchmark.Caps)
        {
            if (cap.When is { } when && !when.Holds(facts))
            {
                Step(TraceStage.Cap, $"“{cap.Name}”不适用：{when.Describe()}——不成立", cap.Source, held: false);
                continue;
            }

            var others = Money.FromFen(facts.OtherFinesInGroupFen);
            var limit = cap.Cumulative ? (others >= cap.Cap ? Money.Zero : cap.Cap - others) : cap.Cap;
            var text = cap.Cumulative
                ? $"“{cap.Name}”：累计最高{TraceText.Yuan(cap.Cap)}，同组其他罚款{TraceText.Yuan(others)}，本项最高{TraceText.Yuan(limit)}"
                : $"“{cap.Name}”：最高{TraceText.Yuan(cap.Cap)}";
            if (amount.Range.Max <= limit)
            {
                Step(TraceStage.Cap, text + "，未超过", cap.Source, held: true);
                continue;
            }

            amount = amount with
            {
                Range = new MoneyRange(Money.Min(amount.Range.Min, limit), limit),
                Recommended = Money.Min(amount.Recommended, limit),
            };
            Step(TraceStage.Cap, text + $"，调整为{amount.Range}，建议{TraceText.Yuan(amount.Recommended)}", cap.Source, held: true,
                numbers: [TraceNumber.Yuan("上限", limit), TraceNumber.Yuan("建议罚款", amount.Recommended)]);
        }

        return amount;
    }

    // ---- Step 6: statutory range ----------------------------------------------------------------------------------

    private Working Clamp(Working amount, MoneyRange? statutory, DiscretionOutcome mitigation)
    {
        if (statutory is not { } s || amount.Range.Max == Money.Zero)
        {
            return amount;
        }

        var lower = mitigation == DiscretionOutcome.Reduced ? Money.Zero : s.Min;
        var range = FineMath.Clamp(amount.Range, lower, s.Max);
        var recommended = FineMath.Clamp(amount.Recommended, range.Min, range.Max);
        if (range == amount.Range && recommended == amount.Recommended)
        {
            Step(TraceStage.Clamp,
                lower < s.Min
                    ? $"减轻处罚：{range}未超过法定最高额{TraceText.Yuan(s.Max)}，可低于法定最低额{TraceText.Yuan(s.Min)}"
                    : $"在法定幅度{s}以内",
                item.PenaltyProvision, held: true);
            return amount;
        }

        Step(TraceStage.Clamp,
            $"超出法定幅度{s}：由{amount.Range}（建议{TraceText.Yuan(amount.Recommended)}）调整为{range}（建议{TraceText.Yuan(recommended)}）",
            item.PenaltyProvision,
            numbers: [TraceNumber.Yuan("法定下限", s.Min), TraceNumber.Yuan("法定上限", s.Max), TraceNumber.Yuan("建议罚款", recommended)]);
        return amount with { Range = range, Recommended = recommended };
    }
}
