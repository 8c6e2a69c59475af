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
}
