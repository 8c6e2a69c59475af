using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>结案报告: how the case ended and how the decision was carried out, for the head's approval to close.</summary>
internal static class ClosingReportTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        return d.Start()
            .Field("案由", c.Title)
            .PartyLinesOf(d, phone: true)
            .Field("立案日期", TemplateText.Date(c.RegisteredOn))
            .Field("承办人", d.HandlerNames)
            .Field("处理结果", Outcome(c))
            .Field("决定书文号", d.Filed.GetValueOrDefault(DocumentKind.PenaltyDecision) ?? d.Filed.GetValueOrDefault(DocumentKind.NoPenaltyDecision))
            .Field("决定日期", c.DecidedOn is { } decided ? TemplateText.Date(decided) : null)
            .Field("送达日期", c.ServedOn is { } served ? TemplateText.Date(served) : null)
            .Field("执行情况", Execution(c))
            .Para($"{d.Facts("当事人")}一案，已按上述结果处理完毕，建议结案。")
            .Field("负责人审批意见", c.ClosedOn is { } closed ? $"同意结案（{TemplateText.Date(closed)}）" : null)
            .Right(d.AgencyName)
            .Right(TemplateText.Date(d.On))
            .Build();
    }

    private static string? Outcome(EnforcementCase c) => c.Status switch
    {
        CaseStatus.Withdrawn => $"撤销立案：{c.OutcomeReason}",
        CaseStatus.Transferred => $"移送：{c.OutcomeReason}",
        _ when c.DecidedKinds != Domain.Catalog.PenaltyKinds.None => $"给予行政处罚：{TemplateText.Penalty(c.DecidedKinds, c.DecidedFineFen)}",
        _ when c.DecidedOn is not null => $"不予行政处罚：{c.OutcomeReason}",
        _ => null,
    };

    private static string? Execution(EnforcementCase c) =>
        c.PaidOn is { } paid ? $"已于{TemplateText.Date(paid)}缴清罚款"
        : c.EnforcementConcludedOn is { } done ? $"强制执行已于{TemplateText.Date(done)}终结"
        : null;
}
