using System.Globalization;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Catalog;

/// <summary>Why a version of an item was chosen.</summary>
public enum SelectionBasis
{
    /// <summary>The version in force when the act was committed (从旧): either the law did not change, or the new law is not lighter.</summary>
    ActTimeVersion,
    /// <summary>The version in force at the decision, because it is lighter (从轻).</summary>
    LighterLaterVersion,
    /// <summary>No version is in force at the decision: the act is no longer punishable (不认为是违法的).</summary>
    NoLongerPunishable,
}

/// <summary>The outcome of <see cref="ItemSelection.Choose(IEnumerable{EnforcementItem}, DateOnly, DateOnly)"/>.</summary>
/// <param name="Basis">Why <paramref name="Applied"/> was chosen.</param>
/// <param name="Applied">The version whose penalty applies; null when the act is no longer punishable.</param>
/// <param name="ActVersion">The version in force on the act date.</param>
/// <param name="DecisionVersion">The version in force on the decision date; null if none.</param>
/// <param name="Explanation">Chinese explanation for the case file and the decision document.</param>
/// <param name="Article">The legal rule of the choice: 《行政处罚法》第三十七条.</param>
public sealed record ItemChoice(
    SelectionBasis Basis,
    EnforcementItem? Applied,
    EnforcementItem ActVersion,
    EnforcementItem? DecisionVersion,
    string Explanation,
    string Article)
{
    public bool Punishable => Applied is not null;

    /// <summary>处罚依据 of the applied version; null when the act is no longer punishable.</summary>
    public string? PenaltyProvision => Applied?.PenaltyProvision;
}

/// <summary>
/// How heavy a statutory penalty is, reduced to the measures 从旧兼从轻 compares (see <see cref="ItemSelection"/>).
/// </summary>
/// <param name="Kinds">The penalty kinds.</param>
/// <param name="CeilingFen">
/// The highest fine (fen) among the clauses that apply without knowing the illegal income: conditions
/// <see cref="FineCondition.Always"/>, <see cref="FineCondition.IncomeAtMostOrNone"/> (没有违法所得) and
/// <see cref="FineCondition.Serious"/>. A fixed amount, range or maximum counts its maximum, a per-tonne fine its cap;
/// a multiple of the income counts 0 (a multiple of no income is nothing) and is measured by <paramref name="MaxMultiple"/>.
/// </param>
/// <param name="MaxMultiple">The highest multiple of the illegal income over all clauses; 0 if there is none.</param>
/// <param name="FloorFen">
/// The lowest fine (fen) of the ordinary clauses (<see cref="FineCondition.Always"/> and
/// <see cref="FineCondition.IncomeAtMostOrNone"/>; 情节严重 excluded): a fixed amount or range counts its minimum,
/// anything else 0.
/// </param>
public readonly record struct PenaltySeverity(PenaltyKinds Kinds, long CeilingFen, decimal MaxMultiple, long FloorFen)
{
    public static PenaltySeverity Of(StatutoryPenalty penalty)
    {
        ArgumentNullException.ThrowIfNull(penalty);
        var withoutIncome = penalty.Fines.Where(c => c.Condition != FineCondition.IncomeAbove).ToList();
        var ceiling = withoutIncome.Select(MaxFen).DefaultIfEmpty(0).Max();
        var multiple = penalty.Fines.Where(c => c.Basis == FineBasis.IncomeMultiple)
            .Select(c => c.MaxMultiple).DefaultIfEmpty(0).Max();
        var floor = withoutIncome.Where(c => c.Condition != FineCondition.Serious)
            .Select(MinFen).DefaultIfEmpty(0).Min();
        return new PenaltySeverity(penalty.Kinds, ceiling, multiple, floor);
    }

    private static long MaxFen(FineClause clause) => clause.Basis switch
    {
        FineBasis.Fixed or FineBasis.Range or FineBasis.UpTo => clause.MaxFen,
        FineBasis.PerTonne => clause.CapFen,
        FineBasis.None or FineBasis.IncomeMultiple => 0,
    };

    private static long MinFen(FineClause clause) => clause.Basis switch
    {
        FineBasis.Fixed or FineBasis.Range => clause.MinFen,
        FineBasis.UpTo or FineBasis.PerTonne or FineBasis.None or FineBasis.IncomeMultiple => 0,
    };
}

/// <summary>Whether a later penalty is lighter than an earlier one, with the reason in Chinese.</summary>
public sealed record SeverityComparison(bool IsLighter, string Reason);

/// <summary>
/// Chooses the version of an enforcement item that applies to an act: 《行政处罚法》第三十七条 (从旧兼从轻). The law in force
/// when the act was committed applies; but if, when the decision is made, the law has been amended or repealed and the
/// new rule punishes more lightly or no longer treats the act as a violation, the new rule applies.
/// </summary>
/// <remarks>
/// <para><b>"Lighter" (处罚较轻), precisely.</b> The later penalty is compared with the earlier one on three top
/// measures (<see cref="PenaltySeverity"/>): the penalty kinds, the fine ceiling of the clauses that apply without
/// knowing the illegal income, and the highest multiple of the illegal income. The later penalty is lighter when it is
/// heavier in none of them (it adds no kind, raises neither the ceiling nor the highest multiple) and lighter in at
/// least one (its kinds are a strict subset, or its ceiling or highest multiple is lower). When all three are equal,
/// a lower minimum of the ordinary clauses makes it lighter — the order the Supreme People's Court uses for 从旧兼从轻 in
/// criminal law (法释〔1997〕12号: 法定最高刑较轻; if equal, 法定最低刑较轻). Anything else — equal, heavier, or mixed
/// (lighter in one measure, heavier in another) — is not lighter, and the act-time law applies.</para>
/// <para><b>No longer punishable.</b> If no version of the item is in force on the decision date, the act is taken to
/// be no longer punishable (the article was deleted: e.g. 《道路运输条例》(2022) 第六十八条, 未携带车辆营运证, deleted by the
/// 2023 revision).</para>
/// <para>Only the act-time and the decision-time versions are compared, as Art 37 says; an intermediate version
/// in force between the two is not considered.</para>
/// </remarks>
public static class ItemSelection
{
    public const string Article = "《中华人民共和国行政处罚法》第三十七条";

    /// <summary>Chooses among the versions of <paramref name="code"/> in <paramref name="catalog"/>.</summary>
    public static Result<ItemChoice> Choose(IEnumerable<EnforcementItem> catalog, string code, DateOnly actDate, DateOnly decisionDate)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var versions = catalog.Where(i => string.Equals(i.Code, code, StringComparison.Ordinal)).ToList();
        if (versions.Count == 0)
        {
            return new Refusal("catalog.no-version", "code", $"执法事项目录中没有事项“{code}”。", RefusalKind.NotFound);
        }

        return Choose(versions, actDate, decisionDate);
    }

    /// <summary>Chooses among all versions of one item code.</summary>
    /// <exception cref="ArgumentException">If the versions belong to more than one code.</exception>
    public static Result<ItemChoice> Choose(IEnumerable<EnforcementItem> versions, DateOnly actDate, DateOnly decisionDate)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var all = versions.ToList();
        if (all.Select(v => v.Code).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new ArgumentException("versions of more than one item code", nameof(versions));
        }

        if (all.Count == 0)
        {
            return new Refusal("catalog.no-version", "code", "没有可供选择的执法事项版本。", RefusalKind.NotFound);
        }

        var code = all[0].Code;
        if (decisionDate < actDate)
        {
            return new Refusal("catalog.decision-before-act", "decisionDate",
                $"处罚决定日期（{Day(decisionDate)}）早于违法行为发生日期（{Day(actDate)}）。");
        }

        var atAct = InForce(all, actDate);
        if (!atAct.IsOk) return atAct.Refusal!;
        if (atAct.Value is not { } old)
        {
            return new Refusal("catalog.no-version", "actDate",
                $"事项{code}在违法行为发生时（{Day(actDate)}）没有施行中的版本，无法确定处罚依据。");
        }

        var atDecision = InForce(all, decisionDate);
        if (!atDecision.IsOk) return atDecision.Refusal!;
        var act = Day(actDate);
        var decision = Day(decisionDate);

        if (atDecision.Value is not { } current)
        {
            var until = old.EffectiveTo is { } to ? $"，该规定施行至{Day(to)}" : "";
            return new ItemChoice(SelectionBasis.NoLongerPunishable, null, old, null,
                $"违法行为发生时（{act}）适用{Label(old)}{until}；作出处罚决定时（{decision}）已无规定处罚该行为，" +
                $"新的规定不认为是违法的，依照{Article}适用新的规定，不予行政处罚。",
                Article);
        }

        if (ReferenceEquals(current, old))
        {
            return new ItemChoice(SelectionBasis.ActTimeVersion, old, old, current,
                $"违法行为发生时（{act}）和作出处罚决定时（{decision}）均适用{Label(old)}，依照{Article}适用违法行为发生时的规定。",
                Article);
        }

        var comparison = Compare(current.Penalty, old.Penalty);
        return comparison.IsLighter
            ? new ItemChoice(SelectionBasis.LighterLaterVersion, current, old, current,
                $"违法行为发生时（{act}）适用{Label(old)}；作出处罚决定时（{decision}）已修改为{Label(current)}，" +
                $"新的规定处罚较轻（{comparison.Reason}），依照{Article}从旧兼从轻，适用新的规定。",
                Article)
            : new ItemChoice(SelectionBasis.ActTimeVersion, old, old, current,
                $"违法行为发生时（{act}）适用{Label(old)}；作出处罚决定时（{decision}）已修改为{Label(current)}，" +
                $"但新的规定处罚不轻于原规定（{comparison.Reason}），依照{Article}适用违法行为发生时的规定。",
                Article);
    }

    /// <summary>Whether <paramref name="later"/> is lighter than <paramref name="earlier"/>, as defined on <see cref="ItemSelection"/>.</summary>
    public static bool IsLighter(StatutoryPenalty later, StatutoryPenalty earlier) => Compare(later, earlier).IsLighter;

    /// <summary>Compares a later penalty with an earlier one; the reason names the measures that decided.</summary>
    public static SeverityComparison Compare(StatutoryPenalty later, StatutoryPenalty earlier)
    {
        var l = PenaltySeverity.Of(later);
        var e = PenaltySeverity.Of(earlier);

        var heavier = new List<string>();
        var added = l.Kinds & ~e.Kinds;
        if (added != PenaltyKinds.None) heavier.Add($"增加了处罚种类{PenaltyKindsNotation.Describe(added)}");
        if (l.CeilingFen > e.CeilingFen) heavier.Add($"罚款最高额由{Amount(e.CeilingFen)}提高到{Amount(l.CeilingFen)}");
        if (l.MaxMultiple > e.MaxMultiple)
        {
            heavier.Add(e.MaxMultiple == 0
                ? $"增加了违法所得{Multiple(l.MaxMultiple)}以下的罚款"
                : $"违法所得最高倍数由{Multiple(e.MaxMultiple)}提高到{Multiple(l.MaxMultiple)}");
        }

        var lighter = new List<string>();
        var dropped = e.Kinds & ~l.Kinds;
        if (dropped != PenaltyKinds.None) lighter.Add($"不再规定{PenaltyKindsNotation.Describe(dropped)}");
        if (l.CeilingFen < e.CeilingFen) lighter.Add($"罚款最高额由{Amount(e.CeilingFen)}降为{Amount(l.CeilingFen)}");
        if (l.MaxMultiple < e.MaxMultiple)
        {
            lighter.Add(l.MaxMultiple == 0
                ? "不再按违法所得倍数罚款"
                : $"违法所得最高倍数由{Multiple(e.MaxMultiple)}降为{Multiple(l.MaxMultiple)}");
        }

        if (heavier.Count > 0)
        {
            var reason = string.Join("，", heavier);
            return new SeverityComparison(false, lighter.Count > 0 ? $"{reason}，虽然{string.Join("，", lighter)}" : reason);
        }

        if (lighter.Count > 0) return new SeverityComparison(true, string.Join("，", lighter));

        if (l.FloorFen < e.FloorFen)
        {
            return new SeverityComparison(true, $"处罚种类、罚款最高额和最高倍数相同，罚款最低额由{Amount(e.FloorFen)}降为{Amount(l.FloorFen)}");
        }

        return l.FloorFen > e.FloorFen
            ? new SeverityComparison(false, $"处罚种类、罚款最高额和最高倍数相同，罚款最低额由{Amount(e.FloorFen)}提高到{Amount(l.FloorFen)}")
            : new SeverityComparison(false, "处罚种类和罚款幅度相同");
    }

    private static Result<EnforcementItem?> InForce(List<EnforcementItem> versions, DateOnly date)
    {
        var found = versions.Where(v => v.InForceOn(date)).ToList();
        if (found.Count > 1)
        {
            return new Refusal("catalog.overlap", null,
                $"事项{found[0].Code}在{Day(date)}有多个施行中的版本（{string.Join("、", found.Select(v => $"第{v.Version}版"))}），执法事项目录有误。",
                RefusalKind.Conflict);
        }

        return Result<EnforcementItem?>.Ok(found.SingleOrDefault());
    }

    private static string Label(EnforcementItem item) =>
        $"{item.PenaltyProvision}（事项{item.Code}第{item.Version}版，{Day(item.EffectiveFrom)}起施行）";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whole 万 as "10万元", anything else in yuan: "3000元", "15000元", "0.5元".</summary>
    internal static string Amount(long fen)
    {
        var yuan = fen / 100m;
        return yuan >= 10_000 && yuan % 10_000 == 0
            ? (yuan / 10_000).ToString("0", CultureInfo.InvariantCulture) + "万元"
            : yuan.ToString("0.##", CultureInfo.InvariantCulture) + "元";
    }

    private static string Multiple(decimal multiple) => PenaltyNotation.MultipleText(multiple) + "倍";
}
