namespace Enforcement.Domain.Cases.Documents;

/// <summary>
/// The core documents of a penalty case, from the transport document set (RULES §1.9). The numbers are stored; do not
/// renumber. Names and the statuses each may be made in are in <see cref="DocumentRules"/>.
/// </summary>
public enum DocumentKind
{
    /// <summary>立案登记表</summary>
    RegistrationForm = 1,
    /// <summary>询问笔录</summary>
    InquiryRecord = 2,
    /// <summary>现场笔录</summary>
    SiteRecord = 3,
    /// <summary>证据登记保存清单</summary>
    EvidenceList = 4,
    /// <summary>违法行为通知书 (事先告知, APL Arts 44–45, 63)</summary>
    ViolationNotice = 5,
    /// <summary>听证通知书 (APL Art 64(2))</summary>
    HearingNotice = 6,
    /// <summary>行政处罚决定书 (APL Art 59)</summary>
    PenaltyDecision = 7,
    /// <summary>当场行政处罚决定书 (APL Art 52)</summary>
    OnTheSpotDecision = 8,
    /// <summary>不予行政处罚决定书 (APL Art 57 ¶1(2))</summary>
    NoPenaltyDecision = 9,
    /// <summary>送达回证</summary>
    ServiceReceipt = 10,
    /// <summary>催告书 (行政强制法 Art 54)</summary>
    Reminder = 11,
    /// <summary>结案报告</summary>
    ClosingReport = 12,
    /// <summary>
    /// 电子案卷: cover, catalogue, every filed item and 备考表, assembled from the case (<see cref="CaseFileOrder"/>) and
    /// sealed when the case is archived. Not made on request, so it has no <see cref="DocumentRules"/> entry.
    /// </summary>
    CaseFile = 13,
}

/// <summary>
/// The series a document's own number (文号) is drawn from; each agency keeps one sequence per series and year.
/// Documents without a series carry only the case number (案号).
/// </summary>
public enum NumberSeries
{
    /// <summary>案号, given when the head approves registration without typing one.</summary>
    Case = 1,
    EvidenceList,
    ViolationNotice,
    HearingNotice,
    PenaltyDecision,
    NoPenaltyDecision,
    Reminder,
}

public static class NumberSeriesCodes
{
    /// <summary>The stored code of a series (DocumentSequences.Kind and configuration keys).</summary>
    public static string Code(NumberSeries series) => series switch
    {
        NumberSeries.Case => "case",
        NumberSeries.EvidenceList => "evidence",
        NumberSeries.ViolationNotice => "notice",
        NumberSeries.HearingNotice => "hearing",
        NumberSeries.PenaltyDecision => "decision",
        NumberSeries.NoPenaltyDecision => "no-penalty",
        NumberSeries.Reminder => "reminder",
    };

    /// <summary>
    /// What follows "{short name}交" in the default prefix: 共交执罚 for a decision of 共和县. Common practice, not a
    /// national rule; agencies override it (Documents:Numbering configuration).
    /// </summary>
    public static string Abbreviation(NumberSeries series) => series switch
    {
        NumberSeries.Case => "执案",
        NumberSeries.EvidenceList => "执保",
        NumberSeries.ViolationNotice => "执告",
        NumberSeries.HearingNotice => "执听",
        NumberSeries.PenaltyDecision => "执罚",
        NumberSeries.NoPenaltyDecision => "执不罚",
        NumberSeries.Reminder => "执催",
    };
}
