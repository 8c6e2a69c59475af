namespace Enforcement.Domain.Cases.Documents;

/// <summary>
/// The parts of a case file in the order the file review (案卷评查, RULES §7 B) expects: 立案 → 调查取证 → 审查 →
/// 决定 → 送达 → 执行, with 告知/听证 between the review and the decision (APL Arts 44, 58, 62–64 put them there)
/// and 结案 last. The numbers are the order; do not renumber.
/// </summary>
public enum CaseFileStage
{
    /// <summary>立案</summary>
    Registration = 1,
    /// <summary>调查取证: records and evidence.</summary>
    Investigation = 2,
    /// <summary>审查: 法制审核 and 集体讨论.</summary>
    Review = 3,
    /// <summary>告知、听证</summary>
    NoticeAndHearing = 4,
    /// <summary>决定</summary>
    Decision = 5,
    /// <summary>送达</summary>
    Service = 6,
    /// <summary>执行</summary>
    Execution = 7,
    /// <summary>结案</summary>
    Closing = 8,
}

/// <summary>What a catalogue entry is: a filed document, an evidence item, or a review recorded in the case history.</summary>
public enum CaseFileItemKind
{
    Document = 1,
    Evidence = 2,
    Review = 3,
}

/// <summary>
/// One item of the file before numbering: its stage, the date it bears, a rank that orders items of one stage and
/// date (the document kind's place in the procedure), and how many pages the platform lays it out on.
/// </summary>
public sealed record CaseFileItem(CaseFileStage Stage, DateOnly On, int Rank, CaseFileItemKind Kind, int SourceId, string Title, string? Number, int Pages);

/// <summary>A numbered catalogue line: 序号 and the item's first and last page in the file.</summary>
public sealed record CatalogueLine(int Sequence, CaseFileItem Item, int FirstPage, int LastPage)
{
    /// <summary>"3" or "3–5", as the catalogue prints it.</summary>
    public string PageRange => FirstPage == LastPage
        ? FirstPage.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"{FirstPage.ToString(System.Globalization.CultureInfo.InvariantCulture)}–{LastPage.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>The one place that says where each part of a case goes in its file, and how the file is numbered.</summary>
public static class CaseFileOrder
{
    public static string Name(CaseFileStage stage) => stage switch
    {
        CaseFileStage.Registration => "立案",
        CaseFileStage.Investigation => "调查取证",
        CaseFileStage.Review => "审查",
        CaseFileStage.NoticeAndHearing => "告知、听证",
        CaseFileStage.Decision => "决定",
        CaseFileStage.Service => "送达",
        CaseFileStage.Execution => "执行",
        CaseFileStage.Closing => "结案",
    };

    /// <summary>The stage a document belongs to. The case file itself is not an item of the file.</summary>
    public static CaseFileStage StageOf(DocumentKind kind) => kind switch
    {
        DocumentKind.RegistrationForm => CaseFileStage.Registration,
        DocumentKind.SiteRecord or DocumentKind.InquiryRecord or DocumentKind.EvidenceList => CaseFileStage.Investigation,
        DocumentKind.ViolationNotice or DocumentKind.HearingNotice => CaseFileStage.NoticeAndHearing,
        DocumentKind.PenaltyDecision or DocumentKind.OnTheSpotDecision or DocumentKind.NoPenaltyDecision => CaseFileStage.Decision,
        DocumentKind.ServiceReceipt => CaseFileStage.Service,
        DocumentKind.Reminder => CaseFileStage.Execution,
        DocumentKind.ClosingReport => CaseFileStage.Closing,
        DocumentKind.CaseFile => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The case file is not an item of itself."),
    };

    /// <summary>Evidence is gathered in the investigation (APL Arts 54–56), whatever day it was uploaded.</summary>
    public const CaseFileStage EvidenceStage = CaseFileStage.Investigation;

    /// <summary>
    /// The moves whose record goes into the 审查 part: the legal review's outcome (APL Art 58) and the collective
    /// discussion (APL Art 57 ¶2). The platform has no form for them; the file carries the history row (who, when, opinion).
    /// </summary>
    public static bool IsReviewRecord(CaseAction action) =>
        action is CaseAction.PassLegalReview or CaseAction.ReturnFromLegalReview or CaseAction.RecordCollectiveDiscussion;

    /// <summary>Within a stage: site record, inquiry, evidence list, then evidence items, on the same day (the order they are usually made in).</summary>
    public static int Rank(DocumentKind kind) => kind switch
    {
        DocumentKind.SiteRecord => 1,
        DocumentKind.InquiryRecord => 2,
        DocumentKind.EvidenceList => 3,
        _ => (int)kind,
    };

    public const int EvidenceRank = 50;

    /// <summary>
    /// Orders the items (stage, then date, then rank, then the order they were recorded in) and numbers them: 序号
    /// from 1, and pages from 1 across the items only — the cover, the catalogue and the 备考表 are not numbered
    /// (RULES §7 B), so their length never shifts a page number.
    /// </summary>
    public static IReadOnlyList<CatalogueLine> Number(IEnumerable<CaseFileItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lines = new List<CatalogueLine>();
        var page = 0;
        foreach (var item in items.OrderBy(i => i.Stage).ThenBy(i => i.On).ThenBy(i => i.Rank).ThenBy(i => i.Kind).ThenBy(i => i.SourceId))
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(item.Pages, 1, nameof(items));
            lines.Add(new CatalogueLine(lines.Count + 1, item, page + 1, page + item.Pages));
            page += item.Pages;
        }
        return lines;
    }
}
