namespace Enforcement.Domain.Cases;

public enum CaseProcedure
{
    /// <summary>简易程序（当场处罚）: APL Arts 51–52.</summary>
    Summary = 1,
    /// <summary>普通程序: APL Arts 54–65.</summary>
    General = 2,
}

/// <summary>Where a case stands. Every move between these is a row of <see cref="CaseTransitions.Table"/>.</summary>
public enum CaseStatus
{
    /// <summary>案源登记: a clue awaiting the decision whether to open a case.</summary>
    Clue = 1,
    /// <summary>立案审批: registration submitted to the head.</summary>
    RegistrationPending = 2,
    /// <summary>调查取证.</summary>
    Investigating = 3,
    /// <summary>调查终结: the head decides the path (APL Art 57).</summary>
    InvestigationConcluded = 4,
    /// <summary>法制审核 (APL Art 58).</summary>
    LegalReview = 5,
    /// <summary>集体讨论 for complex or serious cases (APL Art 57 ¶2).</summary>
    CollectiveDiscussion = 6,
    /// <summary>事先告知 served; the statement-and-defence period runs (APL Arts 44–45, 62).</summary>
    Notified = 7,
    /// <summary>听证 requested and pending (APL Arts 63–65).</summary>
    Hearing = 8,
    /// <summary>Awaiting the head's decision.</summary>
    DecisionPending = 9,
    /// <summary>Penalty decision made (APL Art 59), not yet served.</summary>
    Decided = 10,
    /// <summary>不予行政处罚决定 made, not yet served.</summary>
    NoPenaltyDecided = 11,
    /// <summary>Decision served (APL Art 61): payment and remedy periods run.</summary>
    Served = 12,
    /// <summary>执行: overdue, instalments, 催告 or court enforcement under way.</summary>
    Enforcing = 13,
    /// <summary>当场处罚决定 made on the spot (APL Art 51); to be filed within 5 days.</summary>
    OnTheSpotDecided = 14,
    /// <summary>撤销立案.</summary>
    Withdrawn = 15,
    /// <summary>移送 to public security or another agency.</summary>
    Transferred = 16,
    /// <summary>不予立案.</summary>
    NotRegistered = 17,
    /// <summary>结案.</summary>
    Closed = 18,
    /// <summary>归档: the case file is sealed.</summary>
    Archived = 19,
    /// <summary>
    /// 决定前法制审核: a review at the decision stage, required after a hearing (APL Art 58 ¶1(二)); passing returns the
    /// case to the head's decision.
    /// </summary>
    LegalReviewBeforeDecision = 20,
}

/// <summary>The moves a user can ask for.</summary>
public enum CaseAction
{
    SubmitRegistration = 1,
    ApproveRegistration,
    RejectRegistration,
    ConcludeInvestigation,
    SubmitLegalReview,
    PassLegalReview,
    ReturnFromLegalReview,
    StartCollectiveDiscussion,
    RecordCollectiveDiscussion,
    SendNotice,
    RequestHearing,
    RecordHearing,
    CloseStatementPeriod,
    Decide,
    DecideNoPenalty,
    Serve,
    StartEnforcement,
    Withdraw,
    Transfer,
    Close,
    Archive,
    FileOnTheSpotDecision,
    /// <summary>先行登记保存 with the head's approval (APL Art 56).</summary>
    PreserveEvidence,
    /// <summary>先行登记保存证据的处理决定, within 7 working days (APL Art 56).</summary>
    DecidePreservedEvidence,
    /// <summary>延长办案期限 (APL Art 60).</summary>
    ExtendDecisionPeriod,
    /// <summary>登记缴纳罚款 (APL Art 67).</summary>
    RecordPayment,
    /// <summary>批准延期、分期缴纳罚款 (APL Art 66 ¶2).</summary>
    ApprovePaymentPlan,
    /// <summary>登记当事人申请行政复议或者提起行政诉讼 (APL Art 73).</summary>
    RecordRemedyApplication,
    /// <summary>登记行政复议、行政诉讼结果.</summary>
    RecordRemedyOutcome,
    /// <summary>送达催告书 (行政强制法 Art 54).</summary>
    ServeReminder,
    /// <summary>申请人民法院强制执行 (行政强制法 Art 53).</summary>
    ApplyToCourt,
    /// <summary>执行完毕或者终结执行.</summary>
    ConcludeEnforcement,
    /// <summary>A period not counted in the decision period begins (检测、检验、检疫、鉴定, 公告).</summary>
    StartPause,
    /// <summary>That period ends.</summary>
    EndPause,
}
