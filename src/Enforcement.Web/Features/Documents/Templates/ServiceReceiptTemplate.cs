using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>送达回证: which document is served (the one the case's stage calls for), how, by whom, and the recipient's signature.</summary>
internal static class ServiceReceiptTemplate
{
    private static readonly string[] Header = ["项目", "内容"];

    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        var served = Served(c);
        var servedNumber = d.Filed.GetValueOrDefault(served);
        var rows = new List<IReadOnlyList<string>>
        {
            Row("送达文书名称及文号", $"《{DocumentRules.Name(served)}》{servedNumber}"),
            Row("受送达人", d.Party?.Name ?? ""),
            Row("受送达人住址（住所）", d.Party?.Address ?? ""),
            Row("送达时间", c.ServedOn is { } on && served is DocumentKind.PenaltyDecision or DocumentKind.NoPenaltyDecision ? TemplateText.Date(on) : ""),
            Row("送达地点", ""),
            Row("送达方式", c.ServiceMethod is { } method ? TemplateText.Service(method) : ""),
            Row("送达人", string.Join("、", d.Handlers.Select(h => h.Name))),
            Row("受送达人签名或者盖章", ""),
            Row("代收人及代收理由", ""),
            Row("见证人", ""),
            Row("备注", ""),
        };
        return d.Start()
            .Field("案由", c.Title)
            .Grid(Header, rows)
            .Right(d.AgencyName)
            .Right(TemplateText.Date(d.On))
            .Build();
    }

    private static IReadOnlyList<string> Row(string label, string value) => [label, value];

    /// <summary>The document the receipt goes with: the notice while notified, the hearing notice at the hearing, else the decision.</summary>
    private static DocumentKind Served(EnforcementCase c) => c.Status switch
    {
        CaseStatus.Notified => DocumentKind.ViolationNotice,
        CaseStatus.Hearing => DocumentKind.HearingNotice,
        _ => c.DecidedKinds == Domain.Catalog.PenaltyKinds.None ? DocumentKind.NoPenaltyDecision : DocumentKind.PenaltyDecision,
    };
}
