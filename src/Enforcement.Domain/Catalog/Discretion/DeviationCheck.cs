using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Where a decided amount lies against the recommended range.</summary>
public enum Deviation
{
    None,
    BelowRange,
    AboveRange,
}

/// <summary>An accepted decided amount.</summary>
/// <param name="Deviation">Against the recommended range.</param>
/// <param name="FlagForSupervisor">True if the amount leaves the recommended range (with a written reason): supervisors review it.</param>
/// <param name="Reason">The written reason, trimmed, or null.</param>
public sealed record DeviationResult(Deviation Deviation, bool FlagForSupervisor, string? Reason);

/// <summary>
/// Checks the amount a case handler decides against the engine's recommendation (说理式执法): outside the recommended
/// range only with a written reason, which flags the case for supervisors; never outside the statutory range except
/// below the minimum under 减轻; never a fine where no penalty is mandatory.
/// </summary>
public static class DeviationCheck
{
    public const string AmountField = "amount";
    public const string ReasonField = "reason";

    public static Result<DeviationResult> Check(DiscretionResult recommended, Money decided, string? reason)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

        if (recommended.Outcome is DiscretionOutcome.NoPenaltyMandatory or DiscretionOutcome.NotAViolation)
        {
            return decided == Money.Zero
                ? new DeviationResult(Deviation.None, false, why)
                : new Refusal("discretion.no-penalty-mandatory", AmountField,
                    recommended.Outcome == DiscretionOutcome.NotAViolation
                        ? "依据已认定的事实不构成违法行为，不得罚款。"
                        : "依法应当不予行政处罚，不得罚款。");
        }

        if (recommended.Outcome == DiscretionOutcome.NoPenaltyDiscretionary && decided == Money.Zero)
        {
            return new DeviationResult(Deviation.None, false, why);
        }

        if (recommended.StatutoryRange is { } statutory)
        {
            if (decided > statutory.Max)
            {
                return new Refusal("discretion.above-statutory-maximum", AmountField,
                    $"罚款{TraceText.Yuan(decided)}超过法定最高额{TraceText.Yuan(statutory.Max)}，不得作出。");
            }

            if (decided < statutory.Min && !recommended.MayGoBelowStatutoryMinimum)
            {
                return new Refusal("discretion.below-statutory-minimum", AmountField,
                    $"罚款{TraceText.Yuan(decided)}低于法定最低额{TraceText.Yuan(statutory.Min)}；只有依法减轻处罚"
                    + $"（{AplArticles.Art30}、{AplArticles.Art32}等），记录理由并经集体讨论，才可低于法定最低额。");
            }
        }

        if (recommended.RequiresRecordedGrounds && why is null)
        {
            return new Refusal("discretion.reduction-grounds-missing", ReasonField, "减轻处罚须书面记录减轻的事实和理由。");
        }

        var deviation = decided < recommended.Range.Min ? Deviation.BelowRange
            : decided > recommended.Range.Max ? Deviation.AboveRange
            : Deviation.None;
        if (deviation != Deviation.None && why is null)
        {
            return new Refusal("discretion.deviation-without-reason", ReasonField,
                $"决定罚款{TraceText.Yuan(decided)}超出裁量基准建议幅度{recommended.Range}，须书面说明理由。");
        }

        return new DeviationResult(deviation, deviation != Deviation.None, why);
    }
}

/// <summary>《行政处罚法》第四十五条第二款: no heavier penalty because the party stated its case or defended itself.</summary>
public static class DefenceGuard
{
    /// <summary>The amount after 陈述、申辩, refused if it is above the amount notified before.</summary>
    public static Result<Money> Check(Money beforeDefence, Money after) =>
        after > beforeDefence
            ? new Refusal("discretion.heavier-after-defence", DeviationCheck.AmountField,
                $"不得因当事人陈述、申辩而给予更重的处罚（{AplArticles.Art45Para2}）：告知的罚款为"
                + $"{TraceText.Yuan(beforeDefence)}，拟决定{TraceText.Yuan(after)}。")
            : after;

    /// <summary>As <see cref="Check(Money, Money)"/>, and also refuses penalty kinds that were not notified before.</summary>
    public static Result<Money> Check(Money beforeDefence, PenaltyKinds kindsBefore, Money after, PenaltyKinds kindsAfter)
    {
        var added = kindsAfter & ~kindsBefore;
        if (added != PenaltyKinds.None)
        {
            return new Refusal("discretion.heavier-after-defence", "kinds",
                $"不得因当事人陈述、申辩而给予更重的处罚（{AplArticles.Art45Para2}）：新增处罚种类"
                + $"{PenaltyKindsNotation.Describe(added)}。");
        }

        return Check(beforeDefence, after);
    }
}
