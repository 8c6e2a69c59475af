using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>One run of <see cref="DiscretionEngine.Recommend"/>: the steps of RULES §8.4 in order, each traced.</summary>
internal sealed partial class DiscretionRun(EnforcementItem item, DiscretionBenchmark benchmark, CaseFacts facts)
{
    private const int MinorAge = 14;
    private const int AdultAge = 18;

    private readonly List<TraceStep> trace = [];
    private readonly List<string> citations = [];
    private DiscretionTier? tier;
    private string? mitigationProvision;

    private DiscretionPolicy Policy => benchmark.Policy;

    /// <summary>An amount with its range and kinds while it is being worked on.</summary>
    /// <param name="FixedByLaw">The amount follows from a statutory formula (62号令 Art 43): no room for 从轻.</param>
    /// <param name="LighterBuiltIn">从轻 was already applied in computing the amount (share of the maximum).</param>
    private sealed record Working(
        MoneyRange Range, Money Recommended, PenaltyKinds Kinds, bool FixedByLaw = false, bool LighterBuiltIn = false);

    public DiscretionResult Run()
    {
        Cite(item.PenaltyProvision);
        Step(TraceStage.Benchmark,
            $"事项{item.Code}“{item.Name}”，处罚依据{item.PenaltyProvision}；适用{benchmark.Citation}第{Num(benchmark.Version)}版"
            + (benchmark.Unverified ? "（未经核实）" : ""),
            benchmark.Citation, numbers: [TraceNumber.Of("基准版本", benchmark.Version, "")]);

        tier = SelectTier();

        if (OverloadCheck() is { IsViolation: false })
        {
            Step(TraceStage.Violation,
                $"超限质量{Num(facts.OverLimitKg ?? 0)}千克且外廓尺寸未超过限定标准：不构成违法超限运输",
                OverloadFine.Article, held: false,
                numbers: [TraceNumber.Of("超限质量", facts.OverLimitKg ?? 0, "千克")]);
            return NoPenalty(DiscretionOutcome.NotAViolation, education: false);
        }

        if (MandatoryNoPenalty())
        {
            Step(TraceStage.Outcome, "依法不予行政处罚的，应当对当事人进行教育，并记入案卷", AplArticles.Art33Para3);
            return NoPenalty(DiscretionOutcome.NoPenaltyMandatory, education: true);
        }

        var mayWaive = DiscretionaryNoPenalty();
        var mitigation = Mitigation();
        var clause = SelectClause();
        var statutory = clause is null ? (MoneyRange?)null : StatutoryRange(clause);

        var amount = ComputeAmount(clause, statutory, mitigation);
        amount = ApplyMitigation(amount, statutory, mitigation);
        amount = ApplyReductions(amount);
        amount = ApplyCaps(amount);
        amount = Clamp(amount, statutory, mitigation);
        var recommended = FineMath.Clamp(
            FineMath.RoundDown(amount.Recommended, Policy.RecommendedRoundingFen), amount.Range.Min, amount.Range.Max);
        var kinds = amount.Range.Max > Money.Zero ? amount.Kinds : amount.Kinds & ~PenaltyKinds.Fine;

        var outcome = mayWaive ? DiscretionOutcome.NoPenaltyDiscretionary : mitigation;
        var reduced = mitigation == DiscretionOutcome.Reduced;
        Step(TraceStage.Outcome, OutcomeText(outcome, mitigation, recommended, amount.Range, kinds), null,
            numbers: [TraceNumber.Yuan("建议罚款", recommended), TraceNumber.Yuan("幅度下限", amount.Range.Min),
                TraceNumber.Yuan("幅度上限", amount.Range.Max)]);

        return new DiscretionResult
        {
            ItemCode = item.Code,
            BenchmarkId = benchmark.Id,
            BenchmarkVersion = benchmark.Version,
            DocumentNumber = benchmark.DocumentNumber,
            Outcome = outcome,
            AlternativeOutcome = mayWaive ? mitigation : null,
            Tier = tier,
            Clause = clause,
            RecommendedFine = recommended,
            Range = amount.Range,
            StatutoryRange = statutory,
            Kinds = kinds,
            Orders = item.Penalty.Orders,
            RequiresCollectiveDiscussion = reduced,
            RequiresRecordedGrounds = reduced,
            RequiresEducation = mayWaive,
            Trace = trace,
            Citations = citations,
        };
    }

    // ---- Results --------------------------------------------------------------------------------------------------

    private DiscretionResult NoPenalty(DiscretionOutcome outcome, bool education) => new()
    {
        ItemCode = item.Code,
        BenchmarkId = benchmark.Id,
        BenchmarkVersion = benchmark.Version,
        DocumentNumber = benchmark.DocumentNumber,
        Outcome = outcome,
        Tier = tier,
        RecommendedFine = Money.Zero,
        Range = MoneyRange.Zero,
        Kinds = PenaltyKinds.None,
        Orders = item.Penalty.Orders,
        RequiresEducation = education,
        Trace = trace,
        Citations = citations,
    };

    private static string OutcomeText(
        DiscretionOutcome outcome, DiscretionOutcome mitigation, Money recommended, MoneyRange range, PenaltyKinds kinds)
    {
        var penalty = $"处罚种类：{PenaltyKindsNotation.Describe(kinds)}"
            + (range.Max > Money.Zero ? $"，建议罚款{TraceText.Yuan(recommended)}（幅度{range}）" : "");
        return outcome switch
        {
            DiscretionOutcome.NoPenaltyDiscretionary =>
                $"建议：可以不予行政处罚（不予处罚的，应当对当事人进行教育）；决定处罚的，{MitigationName(mitigation)}，{penalty}",
            _ => $"建议：{MitigationName(outcome)}，{penalty}",
        };
    }

    private static string MitigationName(DiscretionOutcome outcome) => outcome switch
    {
        DiscretionOutcome.Lighter => "从轻处罚",
        DiscretionOutcome.Reduced => "减轻处罚（须记录理由并经集体讨论）",
        _ => "按裁量阶次处罚",
    };

    private static string LevelName(ShareLevel level) => level switch
    {
        ShareLevel.Lighter => "从轻",
        ShareLevel.Ordinary => "一般情形",
        ShareLevel.Heavier => "从重",
        _ => level.ToString(),
    };

    private static string DimensionName(DimensionTier tier) => tier switch
    {
        DimensionTier.Lower => "未超过4.2米高、3米宽、20米长",
        DimensionTier.Middle => "未超过4.5米高、3.75米宽、28米长",
        DimensionTier.Upper => "超过4.5米高、3.75米宽或者28米长",
        _ => "未超限",
    };

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string Num(long value) => TraceText.Number(value);

    private void Cite(string? provision)
    {
        if (!string.IsNullOrWhiteSpace(provision) && !citations.Contains(provision))
        {
            citations.Add(provision);
        }
    }

    private void Step(
        TraceStage stage, string text, string? provision, bool? held = null, IReadOnlyList<TraceNumber>? numbers = null)
    {
        if (held != false)
        {
            Cite(provision);
        }

        trace.Add(new TraceStep(trace.Count + 1, stage, text, provision, held, numbers ?? []));
    }
}
