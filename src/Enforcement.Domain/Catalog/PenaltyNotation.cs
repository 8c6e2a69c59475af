using System.Globalization;
using System.Text;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog;

/// <summary>
/// A compact text notation for the fine clauses of a <see cref="StatutoryPenalty"/>, for seed files and Excel
/// import and export. Clauses are separated by ';' and each reads <c>[condition:] amount</c>:
/// <list type="bullet">
/// <item>condition: <c>income&gt;N</c> (<see cref="FineCondition.IncomeAbove"/>, 违法所得超过N元),
/// <c>income&lt;=N</c> (<see cref="FineCondition.IncomeAtMostOrNone"/>, 没有违法所得或者违法所得不足N元),
/// <c>serious</c> (<see cref="FineCondition.Serious"/>, 情节严重), or omitted (<see cref="FineCondition.Always"/>);</item>
/// <item>amount: <c>fixed N</c>, <c>range A-B</c>, <c>upto N</c>, <c>multiple A-B</c> (multiples of the illegal
/// income, decimals allowed), <c>per-tonne N cap C</c>, or <c>none</c>.</item>
/// </list>
/// Amounts are written in yuan (at most two decimals, no thousand separators) and stored in fen.
/// Example, 《道路运输条例》(2023) 第六十三条第一项:
/// <c>income&gt;10000: multiple 1-5; income&lt;=10000: range 3000-10000; serious: range 10000-50000</c>.
/// </summary>
/// <remarks>
/// Keywords are case-insensitive; full-width punctuation typed by a Chinese IME (；：＞＜＝－) is accepted; empty
/// clauses (";;" or a trailing ';') are ignored. Parsing refuses negative amounts, ranges or multiples whose minimum
/// exceeds the maximum, income conditions without a threshold, two income conditions with different thresholds
/// (the statute always draws one line: 超过N元 / 不足N元) and a second clause for the same condition.
/// </remarks>
public static class PenaltyNotation
{
    /// <summary>The field name refusals carry.</summary>
    public const string Field = "fines";

    private static readonly string[] Keywords = ["none", "fixed", "upto", "range", "multiple", "per-tonne"];

    /// <summary>Parses the notation; null or blank text is an empty list (no fine clause).</summary>
    public static Result<IReadOnlyList<FineClause>> Parse(string? text)
    {
        var clauses = new List<FineClause>();
        var folded = Fold(text);
        var number = 0;
        foreach (var raw in folded.Split(';'))
        {
            var clause = raw.Trim();
            if (clause.Length == 0) continue;
            number++;
            var parsed = ParseClause(clause);
            if (!parsed.IsOk) return Refuse(parsed.Refusal!, number, clause);

            var fine = parsed.Value!;
            if (clauses.Any(c => c.Condition == fine.Condition))
            {
                return Refuse(new Refusal("fines.duplicate-condition", Field,
                    $"条件“{ConditionName(fine.Condition)}”已有一条罚款，同一条件只能写一条。"), number, clause);
            }

            var otherIncome = clauses.FirstOrDefault(c => c.IncomeThresholdFen is not null);
            if (fine.IncomeThresholdFen is { } threshold && otherIncome is not null && otherIncome.IncomeThresholdFen != threshold)
            {
                return Refuse(new Refusal("fines.threshold-mismatch", Field,
                    $"违法所得分界{YuanText(threshold)}元与前面的{YuanText(otherIncome.IncomeThresholdFen!.Value)}元不一致，" +
                    "“超过”与“不足”应以同一数额分界。"), number, clause);
            }

            clauses.Add(fine);
        }

        return Result<IReadOnlyList<FineClause>>.Ok(clauses);
    }

    /// <summary>
    /// Writes the clauses in the notation, in their order. The result parses back to an equal list.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// If the clauses cannot be written exactly (fields the basis does not use are set, a minimum above the maximum,
    /// a negative amount, a duplicate condition…): exporting them would silently change the penalty.
    /// </exception>
    public static string Format(IReadOnlyList<FineClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var text = string.Join("; ", clauses.Select(FormatClause));
        var back = Parse(text);
        if (!back.IsOk)
        {
            throw new ArgumentException($"罚款条款无法写成规范写法：{back.Refusal!.Message}", nameof(clauses));
        }

        if (!back.Value!.SequenceEqual(clauses))
        {
            throw new ArgumentException($"罚款条款含有写法无法表达的字段（写出为“{text}”）。", nameof(clauses));
        }

        return text;
    }

    /// <summary>Chinese name of a condition, for messages.</summary>
    public static string ConditionName(FineCondition condition) => condition switch
    {
        FineCondition.Always => "无条件",
        FineCondition.IncomeAbove => "违法所得超过分界",
        FineCondition.IncomeAtMostOrNone => "没有违法所得或不足分界",
        FineCondition.Serious => "情节严重",
    };

    private static Result<FineClause> ParseClause(string clause)
    {
        var colon = clause.IndexOf(':', StringComparison.Ordinal);
        var condition = FineCondition.Always;
        long? threshold = null;
        var amount = clause;
        if (colon >= 0)
        {
            var parsedCondition = ParseCondition(clause[..colon].Trim());
            if (!parsedCondition.IsOk) return parsedCondition.Refusal!;
            (condition, threshold) = parsedCondition.Value;
            amount = clause[(colon + 1)..].Trim();
        }

        return ParseAmount(amount, condition, threshold);
    }

    private static Result<(FineCondition, long?)> ParseCondition(string text)
    {
        if (text.Length == 0)
        {
            return new Refusal("fines.condition", Field, "冒号前缺少条件；无条件时请省略冒号。");
        }

        if (text.Equals("serious", StringComparison.OrdinalIgnoreCase)) return (FineCondition.Serious, (long?)null);

        if (!text.StartsWith("income", StringComparison.OrdinalIgnoreCase))
        {
            return new Refusal("fines.condition", Field,
                $"无法识别条件“{text}”：条件只能是 income>N、income<=N 或 serious。");
        }

        var rest = text["income".Length..].TrimStart();
        FineCondition condition;
        if (rest.StartsWith("<=", StringComparison.Ordinal))
        {
            condition = FineCondition.IncomeAtMostOrNone;
            rest = rest[2..];
        }
        else if (rest.StartsWith('>') && !rest.StartsWith(">=", StringComparison.Ordinal))
        {
            condition = FineCondition.IncomeAbove;
            rest = rest[1..];
        }
        else if (rest.Length == 0)
        {
            return new Refusal("fines.threshold-missing", Field, "违法所得条件缺少分界数额，应写作 income>N 或 income<=N。");
        }
        else
        {
            return new Refusal("fines.condition", Field,
                $"无法识别条件“{text}”：违法所得条件只能写 income>N（超过）或 income<=N（没有或不足）。");
        }

        rest = rest.Trim();
        if (rest.Length == 0)
        {
            return new Refusal("fines.threshold-missing", Field, "违法所得条件缺少分界数额，应写作 income>N 或 income<=N。");
        }

        var threshold = ParseYuan(rest, "违法所得分界");
        if (!threshold.IsOk) return threshold.Refusal!;
        return (condition, (long?)threshold.Value);
    }

    private static Result<FineClause> ParseAmount(string text, FineCondition condition, long? threshold)
    {
        if (text.Length == 0)
        {
            return new Refusal("fines.syntax", Field, "缺少罚款数额：应为 fixed、range、upto、multiple、per-tonne 或 none。");
        }

        var space = text.IndexOfAny([' ', '\t']);
        var word = space < 0 ? text : text[..space];
        var keyword = Keywords.FirstOrDefault(k => k.Equals(word, StringComparison.OrdinalIgnoreCase)) ?? word;
        var operand = space < 0 ? "" : text[(space + 1)..].Trim();
        var basis = new FineClause(condition, FineBasis.None, IncomeThresholdFen: threshold);
        switch (keyword)
        {
            case "none":
                return operand.Length == 0 ? basis : Extra(keyword, operand);
            case "fixed":
            {
                var fen = ParseYuan(operand, "罚款数额");
                return fen.IsOk ? basis with { Basis = FineBasis.Fixed, MinFen = fen.Value, MaxFen = fen.Value } : fen.Refusal!;
            }
            case "upto":
            {
                var fen = ParseYuan(operand, "罚款上限");
                return fen.IsOk ? basis with { Basis = FineBasis.UpTo, MaxFen = fen.Value } : fen.Refusal!;
            }
            case "range":
            {
                var pair = SplitPair(operand, keyword);
                if (!pair.IsOk) return pair.Refusal!;
                var min = ParseYuan(pair.Value.Min, "罚款下限");
                if (!min.IsOk) return min.Refusal!;
                var max = ParseYuan(pair.Value.Max, "罚款上限");
                if (!max.IsOk) return max.Refusal!;
                if (min.Value > max.Value)
                {
                    return new Refusal("fines.range-order", Field,
                        $"罚款下限{YuanText(min.Value)}元大于上限{YuanText(max.Value)}元。");
                }
                return basis with { Basis = FineBasis.Range, MinFen = min.Value, MaxFen = max.Value };
            }
            case "multiple":
            {
                var pair = SplitPair(operand, keyword);
                if (!pair.IsOk) return pair.Refusal!;
                var min = ParseMultiple(pair.Value.Min);
                if (!min.IsOk) return min.Refusal!;
                var max = ParseMultiple(pair.Value.Max);
                if (!max.IsOk) return max.Refusal!;
                if (min.Value > max.Value)
                {
                    return new Refusal("fines.multiple-order", Field,
                        $"最低倍数{MultipleText(min.Value)}大于最高倍数{MultipleText(max.Value)}。");
                }
                return basis with { Basis = FineBasis.IncomeMultiple, MinMultiple = min.Value, MaxMultiple = max.Value };
            }
            case "per-tonne":
            {
                var parts = operand.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 3 || !parts[1].Equals("cap", StringComparison.OrdinalIgnoreCase))
                {
                    return new Refusal("fines.syntax", Field, "按吨计罚应写作 per-tonne N cap C（每超1吨N元，最高C元）。");
                }
                var perTonne = ParseYuan(parts[0], "每吨罚款");
                if (!perTonne.IsOk) return perTonne.Refusal!;
                var cap = ParseYuan(parts[2], "罚款最高额");
                if (!cap.IsOk) return cap.Refusal!;
                return basis with { Basis = FineBasis.PerTonne, PerTonneFen = perTonne.Value, CapFen = cap.Value };
            }
            default:
                return new Refusal("fines.syntax", Field,
                    $"无法识别罚款写法“{keyword}”：应为 fixed、range、upto、multiple、per-tonne 或 none。");
        }
    }

    private static Refusal Extra(string keyword, string operand) =>
        new("fines.syntax", Field, $"“{keyword}”后不应再有内容“{operand}”。");

    /// <summary>Splits "A-B" at the hyphen that separates them (a leading '-' belongs to A and is refused later as negative).</summary>
    private static Result<(string Min, string Max)> SplitPair(string operand, string keyword)
    {
        var dash = operand.Length > 1 ? operand.IndexOf('-', 1) : -1;
        if (dash < 0)
        {
            return new Refusal("fines.syntax", Field, $"“{keyword}”后应写作 A-B（下限-上限）。");
        }

        var min = operand[..dash].Trim();
        var max = operand[(dash + 1)..].Trim();
        if (min.Length == 0 || max.Length == 0)
        {
            return new Refusal("fines.syntax", Field, $"“{keyword}”后应写作 A-B（下限-上限）。");
        }

        return (min, max);
    }

    private static Result<long> ParseYuan(string text, string what)
    {
        if (text.Length == 0)
        {
            return new Refusal("fines.amount", Field, $"缺少{what}。");
        }

        var money = Money.TryParse(text);
        if (money.IsOk) return money.Value.Fen;
        return money.Refusal!.Code == "money.negative"
            ? new Refusal("fines.negative", Field, $"{what}“{text}”不能为负数。")
            : new Refusal("fines.amount", Field, $"{what}“{text}”不是有效的元金额：{money.Refusal.Message}");
    }

    private static Result<decimal> ParseMultiple(string text)
    {
        if (text.StartsWith('-'))
        {
            return new Refusal("fines.negative", Field, $"倍数“{text}”不能为负数。");
        }

        var valid = text.Length is > 0 and <= 20
            && text.All(c => c is >= '0' and <= '9' or '.')
            && text.Count(c => c == '.') <= 1
            && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]);
        if (!valid || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var multiple))
        {
            return new Refusal("fines.amount", Field, $"倍数“{text}”不是有效的数字。");
        }

        return multiple;
    }

    private static string FormatClause(FineClause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var condition = clause.Condition switch
        {
            FineCondition.Always => "",
            FineCondition.IncomeAbove => $"income>{Threshold(clause)}: ",
            FineCondition.IncomeAtMostOrNone => $"income<={Threshold(clause)}: ",
            FineCondition.Serious => "serious: ",
        };
        var amount = clause.Basis switch
        {
            FineBasis.None => "none",
            FineBasis.Fixed => $"fixed {YuanText(clause.MaxFen)}",
            FineBasis.Range => $"range {YuanText(clause.MinFen)}-{YuanText(clause.MaxFen)}",
            FineBasis.UpTo => $"upto {YuanText(clause.MaxFen)}",
            FineBasis.IncomeMultiple => $"multiple {MultipleText(clause.MinMultiple)}-{MultipleText(clause.MaxMultiple)}",
            FineBasis.PerTonne => $"per-tonne {YuanText(clause.PerTonneFen)} cap {YuanText(clause.CapFen)}",
        };
        return condition + amount;
    }

    private static string Threshold(FineClause clause) =>
        clause.IncomeThresholdFen is { } fen ? YuanText(fen) : "";

    /// <summary>Fen as yuan in the notation: whole yuan without decimals ("3000"), otherwise two decimals ("3000.50").</summary>
    internal static string YuanText(long fen)
    {
        if (fen < 0) return "-" + YuanText(checked(-fen));
        return fen % 100 == 0
            ? (fen / 100).ToString(CultureInfo.InvariantCulture)
            : (fen / 100m).ToString("F2", CultureInfo.InvariantCulture);
    }

    /// <summary>A multiple without trailing zeros: 1, 1.5, 0.25.</summary>
    internal static string MultipleText(decimal multiple) =>
        multiple.ToString("0.############################", CultureInfo.InvariantCulture);

    private static Refusal Refuse(Refusal refusal, int number, string clause) =>
        refusal with { Field = Field, Message = $"罚款写法第{number}条“{clause}”：{refusal.Message}" };

    /// <summary>Folds full-width ASCII (Chinese IME input: ；：＞＜＝－０-９) and the ideographic space to ASCII.</summary>
    internal static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return sb.ToString();
    }
}

/// <summary>
/// Penalty kinds (《行政处罚法》第九条) as Chinese names joined by '|', in the order of the statute:
/// 警告|通报批评|罚款|没收违法所得|没收非法财物|暂扣许可证件|降低资质等级|吊销许可证件|限制开展生产经营活动|责令停产停业|责令关闭|限制从业.
/// </summary>
public static class PenaltyKindsNotation
{
    /// <summary>The field name refusals carry.</summary>
    public const string Field = "kinds";

    private static readonly (PenaltyKinds Kind, string Name)[] Names =
    [
        (PenaltyKinds.Warning, "警告"),
        (PenaltyKinds.Criticism, "通报批评"),
        (PenaltyKinds.Fine, "罚款"),
        (PenaltyKinds.ConfiscateIncome, "没收违法所得"),
        (PenaltyKinds.ConfiscateProperty, "没收非法财物"),
        (PenaltyKinds.SuspendLicence, "暂扣许可证件"),
        (PenaltyKinds.LowerQualification, "降低资质等级"),
        (PenaltyKinds.RevokeLicence, "吊销许可证件"),
        (PenaltyKinds.RestrictBusiness, "限制开展生产经营活动"),
        (PenaltyKinds.OrderSuspension, "责令停产停业"),
        (PenaltyKinds.OrderClosure, "责令关闭"),
        (PenaltyKinds.RestrictPractice, "限制从业"),
    ];

    private static readonly PenaltyKinds AllKinds = Names.Aggregate(PenaltyKinds.None, (all, n) => all | n.Kind);

    /// <summary>Every kind with its Chinese name, in statutory order.</summary>
    public static IEnumerable<(PenaltyKinds Kind, string Name)> All => Names;

    /// <summary>Parses names joined by '|'; blank is <see cref="PenaltyKinds.None"/>. Unknown or repeated names are refused.</summary>
    public static Result<PenaltyKinds> Parse(string? text)
    {
        var kinds = PenaltyKinds.None;
        var folded = PenaltyNotation.Fold(text).Trim();
        if (folded.Length == 0) return kinds;
        foreach (var part in folded.Split('|'))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                return new Refusal("kinds.empty", Field, $"处罚种类“{folded}”中有空项（多余的“|”）。");
            }

            var match = Names.FirstOrDefault(n => n.Name == name);
            if (match.Name is null)
            {
                return new Refusal("kinds.unknown", Field,
                    $"无法识别处罚种类“{name}”：应为{string.Join("、", Names.Select(n => n.Name))}之一。");
            }

            if (kinds.HasFlag(match.Kind))
            {
                return new Refusal("kinds.duplicate", Field, $"处罚种类“{name}”重复。");
            }

            kinds |= match.Kind;
        }

        return kinds;
    }

    /// <summary>Names joined by '|' in statutory order; <see cref="PenaltyKinds.None"/> is the empty string.</summary>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="kinds"/> has bits no kind defines.</exception>
    public static string Format(PenaltyKinds kinds)
    {
        if ((kinds & ~AllKinds) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(kinds), kinds, "undefined penalty kind bits");
        }

        return string.Join("|", Names.Where(n => kinds.HasFlag(n.Kind)).Select(n => n.Name));
    }

    /// <summary>"罚款、吊销许可证件" for display; "无" when none.</summary>
    public static string Describe(PenaltyKinds kinds) =>
        kinds == PenaltyKinds.None ? "无" : Format(kinds).Replace('|', '、');
}
