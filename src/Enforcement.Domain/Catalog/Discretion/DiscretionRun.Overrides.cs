namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Step 3: 《行政处罚法》第三十条至第三十三条 and the 免罚清单.</summary>
internal sealed partial class DiscretionRun
{
    // ---- Step 3: 《行政处罚法》第三十条至第三十三条 -----------------------------------------------------------------

    private bool MandatoryNoPenalty()
    {
        if (facts.PartyAgeYears is { } age && age < MinorAge)
        {
            Step(TraceStage.Override, $"当事人{Num(age)}周岁，不满十四周岁：不予行政处罚，责令监护人加以管教",
                AplArticles.Art30, held: true, numbers: [TraceNumber.Of("年龄", age, "周岁")]);
            return true;
        }

        if (facts.MentalCapacity == MentalCapacity.None)
        {
            Step(TraceStage.Override, "当事人在不能辨认或者不能控制自己行为时有违法行为：不予行政处罚，责令其监护人严加看管和治疗",
                AplArticles.Art31, held: true);
            return true;
        }

        if (facts.NoFaultProven)
        {
            Step(TraceStage.Override,
                "当事人有证据足以证明没有主观过错：不予行政处罚（法律、行政法规另有规定的，从其规定，应核对处罚依据）",
                AplArticles.Art33Para2, held: true);
            return true;
        }

        var minorNoHarm = facts.ViolationMinor && facts.CorrectedInTime && facts.HarmCaused == HarmLevel.None;
        Step(TraceStage.Override,
            $"违法行为轻微（{YesNo(facts.ViolationMinor)}）、及时改正（{YesNo(facts.CorrectedInTime)}）、"
            + $"没有造成危害后果（{YesNo(facts.HarmCaused == HarmLevel.None)}）："
            + (minorNoHarm ? "不予行政处罚" : "不适用轻微不罚"),
            AplArticles.Art33Para1, held: minorNoHarm);
        if (minorNoHarm)
        {
            return true;
        }

        if (ExemptionListHolds())
        {
            return true;
        }

        if (tier is { Amount: NoPenaltyAmount } noPenaltyTier)
        {
            Step(TraceStage.Override, $"裁量阶次“{noPenaltyTier.Name}”：不予行政处罚", benchmark.Citation, held: true);
            return true;
        }

        return false;
    }

    private bool ExemptionListHolds()
    {
        if (benchmark.MinorExemption is not { } exemption)
        {
            return false;
        }

        var source = exemption.DocumentNumber ?? benchmark.Citation;
        var failed = new List<string>();
        var number = 0;
        foreach (var condition in exemption.Conditions)
        {
            number++;
            var held = condition.Holds(facts);
            if (!held)
            {
                failed.Add(Num(number) + "." + condition.Describe());
            }

            Step(TraceStage.Exemption,
                $"免罚清单“{exemption.Name}”条件{Num(number)}：{condition.Describe()}——{(held ? "成立" : "不成立")}",
                source, held: held);
        }

        var all = failed.Count == 0 && exemption.Conditions.Count > 0;
        Step(TraceStage.Exemption,
            all ? "免罚清单条件全部成立：不予行政处罚"
                : "免罚清单条件未全部成立（不成立：" + string.Join("；", failed) + "）：不适用免罚",
            exemption.Basis, held: all);
        return all;
    }

    private bool DiscretionaryNoPenalty()
    {
        var harmMinor = facts.HarmCaused <= HarmLevel.Minor;
        var holds = facts.FirstOffence && harmMinor && facts.CorrectedInTime;
        Step(TraceStage.Override,
            $"初次违法（{YesNo(facts.FirstOffence)}）、危害后果轻微（{YesNo(harmMinor)}）、及时改正（{YesNo(facts.CorrectedInTime)}）："
            + (holds ? "可以不予行政处罚；决定处罚的，按以下建议" : "不适用首违可不罚"),
            AplArticles.Art33Para1, held: holds);
        return holds;
    }

    private DiscretionOutcome Mitigation()
    {
        var grounds = new List<(string Text, string Provision)>();
        if (facts.PartyAgeYears is { } age and >= MinorAge and < AdultAge)
        {
            grounds.Add(($"当事人{Num(age)}周岁，已满十四周岁不满十八周岁：应当从轻或者减轻", AplArticles.Art30));
        }

        if (facts.MentalCapacity == MentalCapacity.Partial)
        {
            grounds.Add(("当事人尚未完全丧失辨认或者控制自己行为能力：可以从轻或者减轻", AplArticles.Art31));
        }

        if (facts.ActivelyReducedHarm)
        {
            grounds.Add(("主动消除或者减轻违法行为危害后果：应当从轻或者减轻", AplArticles.Art32Item(1)));
        }

        if (facts.Coerced)
        {
            grounds.Add(("受他人胁迫或者诱骗实施违法行为：应当从轻或者减轻", AplArticles.Art32Item(2)));
        }

        if (facts.VoluntarilyConfessed)
        {
            grounds.Add(("主动供述行政机关尚未掌握的违法行为：应当从轻或者减轻", AplArticles.Art32Item(3)));
        }

        if (facts.MeritoriousService)
        {
            grounds.Add(("配合行政机关查处违法行为有立功表现：应当从轻或者减轻", AplArticles.Art32Item(4)));
        }

        foreach (var (text, provision) in grounds)
        {
            Step(TraceStage.Override, text, provision, held: true);
        }

        mitigationProvision = grounds.Count > 0 ? grounds[0].Provision : null;

        if (grounds.Count == 0)
        {
            if (facts.ProposeReduction)
            {
                Step(TraceStage.Override, "拟减轻处罚，但没有法定从轻、减轻情形：不予减轻", AplArticles.Art32, held: false);
            }

            return DiscretionOutcome.Penalty;
        }

        return facts.ProposeReduction ? DiscretionOutcome.Reduced : DiscretionOutcome.Lighter;
    }
}
