using Enforcement.Domain.Cases.Execution;
using Enforcement.Domain.Catalog;

namespace Enforcement.Domain.Cases;

/// <summary>Where the case came from (立案登记表 tick boxes, RULES §1.9).</summary>
public enum CaseSource
{
    Inspection = 1,
    Report = 2,
    AssignedBySuperior = 3,
    ReportedBySubordinate = 4,
    TransferredIn = 5,
    NonSiteClue = 6,
    Other = 7,
}

public enum PartyKind
{
    /// <summary>自然人</summary>
    NaturalPerson = 1,
    /// <summary>法人或其他组织</summary>
    Organisation = 2,
    /// <summary>个体工商户</summary>
    IndividualBusiness = 3,
}

public enum ServiceMethod
{
    /// <summary>直接送达 (incl. handing over on the spot).</summary>
    Direct = 1,
    /// <summary>留置送达</summary>
    LeftAtResidence = 2,
    /// <summary>邮寄送达</summary>
    Post = 3,
    /// <summary>电子送达: only with the party's signed consent (APL Art 61 ¶2).</summary>
    Electronic = 4,
    /// <summary>公告送达: deemed served 30 days after the notice (民事诉讼法 2023 Art 95).</summary>
    PublicNotice = 5,
}

/// <summary>
/// An enforcement case: the facts the lifecycle's guards need, and the dates the statutory clocks count from.
/// Status changes only through <see cref="CaseLifecycle.Apply"/>.
/// </summary>
public sealed class EnforcementCase
{
    public int Id { get; set; }
    public int AgencyId { get; set; }

    /// <summary>案号 (e.g. 青交执罚〔2026〕12号), assigned at registration, never reused.</summary>
    public string? Number { get; set; }

    public CaseProcedure Procedure { get; set; } = CaseProcedure.General;
    public CaseStatus Status { get; set; } = CaseStatus.Clue;
    public CaseSource Source { get; set; }

    /// <summary>案由.</summary>
    public required string Title { get; set; }

    public required string ItemCode { get; set; }
    public int? ItemVersion { get; set; }
    public PartyKind PartyKind { get; set; }

    /// <summary>The main party (当事人), linked while the case is before a decision; see <see cref="Parties.Party"/>.</summary>
    public int? PartyId { get; set; }

    /// <summary>The vehicle involved, if any: repeat offences can be found by plate as well.</summary>
    public int? VehicleId { get; set; }

    /// <summary>Division where the act took place: officers' certificates must cover it.</summary>
    public required string RegionCode { get; set; }

    public DateOnly ViolationOn { get; set; }

    /// <summary>For continuing or repeated violations the limitation runs from the end (APL Art 36 ¶2).</summary>
    public DateOnly? ViolationEndedOn { get; set; }

    /// <summary>Concerns life, health, safety or financial security and caused harm: 5-year limitation (APL Art 36).</summary>
    public bool FiveYearLimitation { get; set; }

    /// <summary>The day the violation was discovered (the clue recorded): APL Art 36 counts the limitation to it.</summary>
    public DateOnly? DiscoveredOn { get; set; }

    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? RegisteredOn { get; set; }

    /// <summary>承办人 (officer ids); at least two who may act (APL Art 42).</summary>
    public List<int> HandlerIds { get; set; } = [];

    /// <summary>Officers who stepped aside (回避, APL Art 43): they may not handle the case.</summary>
    public List<int> RecusedIds { get; set; } = [];

    public DateOnly? ConcludedOn { get; set; }
    public bool LegalReviewRequired { get; set; }
    public int? LegalReviewerId { get; set; }
    public DateOnly? LegalReviewPassedOn { get; set; }
    public bool CollectiveDiscussionRequired { get; set; }
    public DateOnly? CollectiveDiscussionOn { get; set; }

    /// <summary>Proposed penalty in the 违法行为通知书.</summary>
    public PenaltyKinds ProposedKinds { get; set; }
    public long? ProposedFineFen { get; set; }

    /// <summary>The discretion engine's recommended range for the proposed penalty (fen).</summary>
    public long? RecommendedMinFen { get; set; }
    public long? RecommendedMaxFen { get; set; }

    public DateOnly? NoticeServedOn { get; set; }

    /// <summary>The discretion benchmark behind the recommended range (RULES §3: persist the benchmark version used).</summary>
    public string? BenchmarkId { get; set; }
    public int? BenchmarkVersion { get; set; }

    /// <summary>The engine's reasoning (说理) as stored JSON: steps, provisions, citations.</summary>
    public string? DiscretionTrace { get; set; }

    /// <summary>The party may request a hearing (较大数额 or a heavy penalty type, APL Art 63).</summary>
    public bool HearingRight { get; set; }

    public DateOnly? HearingRequestedOn { get; set; }
    public DateOnly? HearingNoticeOn { get; set; }
    public DateOnly? HearingOn { get; set; }
    public DateOnly? StatementReceivedOn { get; set; }

    /// <summary>The party expressly waived statement and defence (APL Art 62 exception).</summary>
    public bool DefenceWaived { get; set; }

    /// <summary>The party expressly waived the hearing (a waiver of statement is not a waiver of the hearing).</summary>
    public bool HearingWaived { get; set; }

    /// <summary>Extension of the decision period approved by the head (days).</summary>
    public int DecisionExtensionDays { get; set; }

    public DateOnly? DecidedOn { get; set; }
    public PenaltyKinds DecidedKinds { get; set; }
    public long? DecidedFineFen { get; set; }

    /// <summary>Written reason for a decided fine outside the recommended range; such cases are flagged to supervisors.</summary>
    public string? DeviationReason { get; set; }

    /// <summary>The decided fine lies outside the recommended range: supervisors see the case in their deviation list.</summary>
    public bool DeviationFlagged { get; set; }

    public DateOnly? ServedOn { get; set; }
    public ServiceMethod? ServiceMethod { get; set; }
    public bool ElectronicServiceConsent { get; set; }
    /// <summary>Fine paid in full (or the last instalment).</summary>
    public DateOnly? PaidOn { get; set; }

    /// <summary>Enforcement (催告, court application, execution) concluded, whatever its outcome.</summary>
    public DateOnly? EnforcementConcludedOn { get; set; }

    /// <summary>How enforcement ended (法院裁定准予执行并执行完毕, 终结执行…).</summary>
    public string? EnforcementOutcome { get; set; }

    /// <summary>The party applied for a deferral or instalments (APL Art 66 ¶2) on this day…</summary>
    public DateOnly? PaymentPlanAppliedOn { get; set; }

    /// <summary>…and the head approved it on this day; the plan is <see cref="Instalments"/>.</summary>
    public DateOnly? PaymentPlanApprovedOn { get; set; }

    /// <summary>The latest 催告书 served (行政强制法 Art 54).</summary>
    public DateOnly? ReminderServedOn { get; set; }

    /// <summary>Applied to the people's court for enforcement (行政强制法 Art 53).</summary>
    public DateOnly? CourtAppliedOn { get; set; }

    /// <summary>Why the case was withdrawn, transferred, not registered, or not penalised.</summary>
    public string? OutcomeReason { get; set; }

    public DateOnly? ClosedOn { get; set; }
    public DateOnly? ArchivedOn { get; set; }

    /// <summary>Head's reason for archiving over unresolved self-check findings (recorded).</summary>
    public string? ArchiveOverrideReason { get; set; }

    public int Version { get; set; }
    public List<CaseHistoryRow> History { get; set; } = [];

    /// <summary>先行登记保存 of evidence during the investigation (APL Art 56).</summary>
    public List<EvidencePreservation> Preservations { get; set; } = [];

    /// <summary>Periods not counted in the decision period (检测、检验、检疫、鉴定, 公告), recorded by the officer.</summary>
    public List<CasePause> Pauses { get; set; } = [];

    /// <summary>Payments towards the fine and surcharge, partial ones included.</summary>
    public List<CasePayment> Payments { get; set; } = [];

    /// <summary>The approved deferral or instalment plan (empty: the fine is due 15 days after service).</summary>
    public List<PaymentInstalment> Instalments { get; set; } = [];

    /// <summary>Reconsiderations and lawsuits against the decision.</summary>
    public List<RemedyProceeding> Remedies { get; set; } = [];
}

/// <summary>One move of a case: from, to, action, who, when, note. Appended by the lifecycle, never edited.</summary>
public sealed class CaseHistoryRow
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseStatus From { get; set; }
    public CaseStatus To { get; set; }
    public CaseAction Action { get; set; }
    public required string ActorUserName { get; set; }
    public int? ActorOfficerId { get; set; }
    public DateTime AtUtc { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
}
