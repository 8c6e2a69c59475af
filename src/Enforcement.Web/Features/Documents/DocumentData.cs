using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Catalog;
using Enforcement.Web.Features.Documents.Rendering;
using Enforcement.Web.Features.Documents.Templates;

namespace Enforcement.Web.Features.Documents;

/// <summary>An officer as a document names them: name and enforcement certificate number.</summary>
internal sealed record HandlerInfo(string Name, string? Certificate)
{
    public override string ToString() => Certificate is null ? Name : $"{Name}（执法证号：{Certificate}）";
}

/// <summary>
/// Everything a template reads, gathered once by the service: the case, this document's number, the agency, the
/// enforcement item (provisions violated and applied), the handlers, the region's name, the numbers of documents
/// already in the file, the date the document bears, and the linked party as this document may name it.
/// </summary>
internal sealed record DocumentData(
    EnforcementCase Case,
    DocumentRule Rule,
    string? Number,
    string AgencyName,
    EnforcementItem? Item,
    IReadOnlyList<HandlerInfo> Handlers,
    string RegionName,
    IReadOnlyDictionary<DocumentKind, string?> Filed,
    DateOnly On,
    PartyDetails? Party = null,
    IReadOnlyList<string>? EvidenceTitles = null)
{
    public string CaseNumber => Case.Number ?? "（批准立案后编号）";

    public string HandlerNames => Handlers.Count == 0 ? DocumentBuilder.Blank : string.Join("、", Handlers);

    /// <summary>The first handler, named as the party's contact in notices.</summary>
    public string? Contact => Handlers.Count > 0 ? Handlers[0].Name : null;

    public string Violated => Item?.ProvisionViolated ?? DocumentBuilder.Blank;

    public string PenaltyBasis => Item?.PenaltyProvision ?? DocumentBuilder.Blank;

    /// <summary>"你于2026年11月1日在共和县…": the facts as the case records them.</summary>
    public string Facts(string subject)
    {
        var when = Case.ViolationEndedOn is { } ended && ended != Case.ViolationOn
            ? $"{TemplateText.Date(Case.ViolationOn)}至{TemplateText.Date(ended)}"
            : TemplateText.Date(Case.ViolationOn);
        return $"{subject}于{when}在{RegionName}{Case.Title}";
    }

    /// <summary>
    /// The evidence the decision rests on (APL Art 59 ¶1(2)): the records already in the file, by name, then the
    /// evidence items of the case by title.
    /// </summary>
    public string EvidenceDocuments
    {
        get
        {
            DocumentKind[] evidence = [DocumentKind.SiteRecord, DocumentKind.InquiryRecord, DocumentKind.EvidenceList];
            var names = evidence.Where(Filed.ContainsKey).Select(k => $"《{DocumentRules.Name(k)}》").Concat(EvidenceTitles ?? []).ToList();
            return names.Count == 0 ? DocumentBuilder.Blank : string.Join("、", names);
        }
    }

    /// <summary>The builder with the agency, the title and the number line: the document's 文号, else the case number.</summary>
    public DocumentBuilder Start()
    {
        var builder = new DocumentBuilder(AgencyName, Rule.Name).Number(Number ?? $"案号：{CaseNumber}");
        return Number is null ? builder : builder.Field("案号", CaseNumber);
    }
}
