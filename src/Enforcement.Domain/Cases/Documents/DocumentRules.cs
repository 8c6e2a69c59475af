using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases.Documents;

/// <summary>
/// When a document may be made: the procedure it belongs to, the statuses in which it fits the file, a fact it
/// needs (the decided penalty, the hearing request…), and the number series of its own 文号 (null: it carries the
/// case number only). A case has one document of a kind that is <paramref name="OnePerCase"/> (making it again
/// reissues it under the same number); of the others (records, evidence lists) it may have several.
/// <paramref name="Party"/> says whether the document can be made without the case's linked party;
/// <paramref name="AddressedToParty"/> that it goes to the party, so it carries the full ID number or credit code
/// (elsewhere masked); <paramref name="PartyPhoneInFull"/> that its form has the party's phone as a contact to use.
/// </summary>
public sealed record DocumentRule(
    DocumentKind Kind,
    string Name,
    NumberSeries? Series,
    CaseProcedure Procedure,
    IReadOnlySet<CaseStatus> Statuses,
    Func<EnforcementCase, string?>? Needs = null,
    bool OnePerCase = true,
    PartyUse Party = PartyUse.Required,
    bool AddressedToParty = false,
    bool PartyPhoneInFull = false);

/// <summary>Whether a document can be made before the party is linked to the case.</summary>
public enum PartyUse
{
    /// <summary>Cannot be made without the linked party: refused with 400 on <c>partyId</c>.</summary>
    Required = 1,

    /// <summary>
    /// Names the party when one is linked and leaves the lines blank to fill in by hand otherwise: records made at the
    /// scene before anyone is identified, or of a witness rather than the party.
    /// </summary>
    IfLinked = 2,
}

/// <summary>The documents of a case and when each may be made (RULES §1.2–1.3, §1.9). An archived file takes no new documents.</summary>
public static class DocumentRules
{
    /// <summary>Registered and not yet archived: where the file is still open for records.</summary>
    private static readonly CaseStatus[] Registered =
    [
        CaseStatus.Investigating, CaseStatus.InvestigationConcluded, CaseStatus.LegalReview, CaseStatus.CollectiveDiscussion,
        CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.DecisionPending, CaseStatus.LegalReviewBeforeDecision, CaseStatus.Decided, CaseStatus.NoPenaltyDecided,
        CaseStatus.Served, CaseStatus.Enforcing, CaseStatus.Withdrawn, CaseStatus.Transferred, CaseStatus.Closed,
    ];

    private static string? NeedsPenalty(EnforcementCase c) => c.DecidedKinds == PenaltyKinds.None ? "本案未作出行政处罚决定" : null;

    private static string? NeedsNoPenalty(EnforcementCase c) =>
        c.DecidedOn is null || c.DecidedKinds != PenaltyKinds.None ? "本案未作出不予行政处罚决定" : null;

    public static IReadOnlyList<DocumentRule> All { get; } =
    [
        new(DocumentKind.RegistrationForm, "立案登记表", null, CaseProcedure.General, Set([CaseStatus.RegistrationPending, .. Registered])),
        // Interviews and inspections are recorded in writing during the investigation (APL Art 55); a site record may
        // be made where the violation is found, before the case is registered. The person questioned or present signs
        // the record, and its form takes their phone as the contact.
        new(DocumentKind.InquiryRecord, "询问笔录", null, CaseProcedure.General, Set([CaseStatus.Investigating]), OnePerCase: false,
            Party: PartyUse.IfLinked, PartyPhoneInFull: true),
        new(DocumentKind.SiteRecord, "现场笔录", null, CaseProcedure.General, Set([CaseStatus.Clue, CaseStatus.Investigating]), OnePerCase: false,
            Party: PartyUse.IfLinked, PartyPhoneInFull: true),
        // 先行登记保存 is part of the investigation and needs the head's approval (APL Art 56).
        new(DocumentKind.EvidenceList, "证据登记保存清单", NumberSeries.EvidenceList, CaseProcedure.General, Set([CaseStatus.Investigating]), OnePerCase: false,
            Party: PartyUse.IfLinked),
        new(DocumentKind.ViolationNotice, "违法行为通知书", NumberSeries.ViolationNotice, CaseProcedure.General,
            Set([CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.DecisionPending]),
            c => c.NoticeServedOn is null ? "本案尚未事先告知" : null, AddressedToParty: true),
        new(DocumentKind.HearingNotice, "听证通知书", NumberSeries.HearingNotice, CaseProcedure.General, Set([CaseStatus.Hearing]),
            c => c.HearingRequestedOn is null ? "当事人未申请听证" : null, AddressedToParty: true),
        // A decision states the party's name and address (APL Art 59 ¶1(1)); the party is identified by the full number.
        new(DocumentKind.PenaltyDecision, "行政处罚决定书", NumberSeries.PenaltyDecision, CaseProcedure.General,
            Set([CaseStatus.Decided, CaseStatus.Served, CaseStatus.Enforcing, CaseStatus.Closed]), NeedsPenalty, AddressedToParty: true),
        // The on-the-spot decision is pre-numbered; its number is the one recorded with the decision (the case number).
        new(DocumentKind.OnTheSpotDecision, "当场行政处罚决定书", null, CaseProcedure.Summary,
            Set([CaseStatus.OnTheSpotDecided, CaseStatus.Served, CaseStatus.Closed]), NeedsPenalty, AddressedToParty: true),
        new(DocumentKind.NoPenaltyDecision, "不予行政处罚决定书", NumberSeries.NoPenaltyDecision, CaseProcedure.General,
            Set([CaseStatus.NoPenaltyDecided, CaseStatus.Served, CaseStatus.Closed]), NeedsNoPenalty, AddressedToParty: true),
        // The receipt goes with the document being served: the notice, the hearing notice or the decision.
        new(DocumentKind.ServiceReceipt, "送达回证", null, CaseProcedure.General,
            Set([CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.Decided, CaseStatus.NoPenaltyDecided, CaseStatus.Served, CaseStatus.Enforcing, CaseStatus.Closed])),
        // 催告 precedes enforcement by the agency or an application to court (行政强制法 Arts 35, 54).
        new(DocumentKind.Reminder, "催告书", NumberSeries.Reminder, CaseProcedure.General, Set([CaseStatus.Enforcing]), NeedsPenalty, AddressedToParty: true),
        new(DocumentKind.ClosingReport, "结案报告", null, CaseProcedure.General,
            Set([CaseStatus.Served, CaseStatus.Enforcing, CaseStatus.Withdrawn, CaseStatus.Transferred, CaseStatus.Closed])),
    ];

    /// <summary>The rule of a kind that is made on request (every kind but <see cref="DocumentKind.CaseFile"/>).</summary>
    public static DocumentRule For(DocumentKind kind) => All.First(r => r.Kind == kind);

    public static string Name(DocumentKind kind) => kind == DocumentKind.CaseFile ? CaseFileName : For(kind).Name;

    public const string CaseFileName = "电子案卷";

    /// <summary>
    /// Null when the document may name the party: the case has one linked, or the document can leave the lines blank.
    /// Otherwise a 400 on <c>partyId</c>, checked before any number is taken.
    /// </summary>
    public static Refusal? CheckParty(EnforcementCase c, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(c);
        var rule = For(kind);
        return rule.Party == PartyUse.Required && c.PartyId is null
            ? new Refusal("document.party", "partyId", $"制作《{rule.Name}》须先为案件关联当事人（partyId）：文书须载明当事人的姓名或名称、身份证件号码或统一社会信用代码和住址")
            : null;
    }

    /// <summary>Null when the document may be made now; otherwise a 409 naming the status and where it fits.</summary>
    public static Refusal? Check(EnforcementCase c, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(c);
        var rule = For(kind);
        if (c.Procedure != rule.Procedure)
        {
            var procedure = rule.Procedure == CaseProcedure.Summary ? "简易程序（当场处罚）" : "普通程序";
            return new Refusal("document.procedure", "kind", $"《{rule.Name}》只用于{procedure}案件", RefusalKind.Conflict);
        }
        if (!rule.Statuses.Contains(c.Status))
        {
            var fits = string.Join("、", rule.Statuses.Order().Select(CaseStatusNames.Name));
            return new Refusal("document.status", "kind",
                $"案件当前处于“{CaseStatusNames.Name(c.Status)}”，不能制作《{rule.Name}》（可在{fits}时制作）", RefusalKind.Conflict);
        }
        return rule.Needs?.Invoke(c) is { } missing
            ? new Refusal("document.needs", "kind", $"不能制作《{rule.Name}》：{missing}", RefusalKind.Conflict)
            : null;
    }

    /// <summary>The documents the case's current status allows (for the case page's buttons).</summary>
    public static IEnumerable<DocumentRule> Allowed(EnforcementCase c) => All.Where(r => Check(c, r.Kind) is null);

    private static HashSet<CaseStatus> Set(CaseStatus[] statuses) => [.. statuses];
}
