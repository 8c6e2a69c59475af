using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Cases;

/// <summary>
/// The configurable parts of the procedure (values marked unverified in RULES are defaults, never constants).
/// Periods reuse the statutory period rules of the calendar, so each count is written once.
/// </summary>
public sealed record CaseRules
{
    /// <summary>陈述申辩 period after the notice (RULES §1.3 row 8: 3 days, unverified).</summary>
    public PeriodRule StatementPeriod { get; init; } = StatutoryPeriods.StatementAndDefence;

    /// <summary>Hearing request within 5 working days after the notice (APL Art 64(1)).</summary>
    public PeriodRule HearingRequestPeriod { get; init; } = StatutoryPeriods.HearingRequest;

    /// <summary>Hearing notice at least 7 working days before the hearing (APL Art 64(2)).</summary>
    public PeriodRule HearingNoticePeriod { get; init; } = StatutoryPeriods.HearingNotice;

    /// <summary>Decision within 90 days of registration (APL Art 60).</summary>
    public PeriodRule DecisionPeriod { get; init; } = StatutoryPeriods.Decision;

    /// <summary>先行登记保存的证据：七个工作日内作出处理决定 (APL Arts 56, 85).</summary>
    public PeriodRule PreservationDecisionPeriod { get; init; } = StatutoryPeriods.EvidencePreservationDecision;

    /// <summary>
    /// Total extension of the decision period the head may approve (RULES §1.3 row 12: 30 days in transport practice,
    /// unverified). APL Art 60 lets laws, regulations and rules provide otherwise; this is that provision's value.
    /// </summary>
    public int MaxDecisionExtensionDays { get; init; } = 30;

    /// <summary>
    /// The kinds of time not counted in the decision period (RULES §1.3 row 12: which periods are excluded is unverified
    /// for transport). Default: 听证, 公告 and 检测、检验、检疫、鉴定, as common provincial and departmental procedure rules
    /// exclude them; APL Art 60 ("法律、法规、规章另有规定的，从其规定") is what lets such a rule apply. Each kind is
    /// switched by configuration; a kind left out is still recorded but not counted.
    /// </summary>
    public IReadOnlySet<CasePauseKind> DecisionPauseKinds { get; init; } = DefaultDecisionPauseKinds;

    public static IReadOnlySet<CasePauseKind> DefaultDecisionPauseKinds { get; } =
        new HashSet<CasePauseKind> { CasePauseKind.Hearing, CasePauseKind.Examination, CasePauseKind.PublicNotice };

    /// <summary>Limitation (APL Art 36): 2 years, 5 where life, health, safety or finance were harmed.</summary>
    public int LimitationYears { get; init; } = 2;
    public int LongLimitationYears { get; init; } = 5;

    /// <summary>On-the-spot fines: ≤ 200 yuan for a citizen, ≤ 3 000 for an organisation (APL Art 51).</summary>
    public long SummaryMaxFineCitizenFen { get; init; } = 200_00;
    public long SummaryMaxFineOrganisationFen { get; init; } = 3_000_00;

    /// <summary>RULES §10: block (true) or only warn about handlers whose certificate lapsed between 立案 and decision.</summary>
    public bool BlockLapsedHandlersAtDecision { get; init; } = true;

    public static CaseRules Default { get; } = new();
}
