using System.Globalization;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>How facts read in a document: dates as 2026年11月22日, money in yuan, penalty kinds and periods in words.</summary>
internal static class TemplateText
{
    private static readonly string[] Numerals = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static string Date(DateOnly on) => $"{on.Year}年{on.Month}月{on.Day}日";

    public static string Date(DateOnly? on) => on is { } d ? Date(d) : "＿＿年＿＿月＿＿日";

    public static string Yuan(long fen) =>
        (fen % 100 == 0 ? (fen / 100).ToString(CultureInfo.InvariantCulture) : (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture)) + "元";

    /// <summary>The penalty as decided or proposed: "警告、罚款人民币3000元".</summary>
    public static string Penalty(PenaltyKinds kinds, long? fineFen) => string.Join("、", PenaltyKindsNotation.All
        .Where(k => kinds.HasFlag(k.Kind))
        .Select(k => k.Kind == PenaltyKinds.Fine && fineFen is { } fen ? $"罚款人民币{Yuan(fen)}" : k.Name));

    /// <summary>A period as the law writes it: 三个工作日, 十五日, 六十日, 六个月.</summary>
    public static string Period(PeriodRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var count = ChineseCount(rule.Count);
        return rule.Unit switch
        {
            PeriodUnit.WorkingDays => $"{count}个工作日",
            PeriodUnit.CalendarDays => $"{count}日",
            PeriodUnit.Months => $"{count}个月",
        };
    }

    /// <summary>1–99 in Chinese numerals as statutes write periods (十五, 六十, 九十); larger counts in digits.</summary>
    private static string ChineseCount(int n) => n switch
    {
        <= 10 and >= 0 => Numerals[n],
        < 20 => "十" + Numerals[n % 10],
        < 100 => Numerals[n / 10] + "十" + (n % 10 == 0 ? "" : Numerals[n % 10]),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    public static string Party(PartyKind kind) => kind switch
    {
        PartyKind.NaturalPerson => "自然人",
        PartyKind.Organisation => "法人或其他组织",
        PartyKind.IndividualBusiness => "个体工商户",
    };

    /// <summary>"你" or "你单位", as the notice addresses the party.</summary>
    public static string You(PartyKind kind) => kind == PartyKind.Organisation ? "你单位" : "你";

    public static string Source(CaseSource source) => source switch
    {
        CaseSource.Inspection => "检查发现",
        CaseSource.Report => "举报核实",
        CaseSource.AssignedBySuperior => "上级交办",
        CaseSource.ReportedBySubordinate => "下级报请",
        CaseSource.TransferredIn => "有关部门移送",
        CaseSource.NonSiteClue => "非现场执法线索",
        CaseSource.Other => "其他",
    };

    public static string Service(ServiceMethod method) => method switch
    {
        ServiceMethod.Direct => "直接送达",
        ServiceMethod.LeftAtResidence => "留置送达",
        ServiceMethod.Post => "邮寄送达",
        ServiceMethod.Electronic => "电子送达",
        ServiceMethod.PublicNotice => "公告送达",
    };
}
