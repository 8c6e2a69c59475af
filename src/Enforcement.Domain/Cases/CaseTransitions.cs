using Enforcement.Domain.Accounts;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases.Execution;
using static Enforcement.Domain.Cases.CaseGuards;

namespace Enforcement.Domain.Cases;

/// <summary>
/// One allowed move: from a status, by an action, to a status; who may ask; what must hold; what it records; and, for
/// moves that record a fact without a reason, how the history row describes it.
/// </summary>
public sealed record CaseTransition(
    CaseStatus From,
    CaseAction Action,
    CaseStatus To,
    IReadOnlyList<string> Roles,
    IReadOnlyList<CaseGuard> Guards,
    Action<EnforcementCase, CaseCommand, CaseContext>? Record = null,
    Func<CaseCommand, string?>? Describe = null);

/// <summary>
/// Every allowed move of a case, in one table (RULES §1.2–1.3; PRODUCT §1). A move not listed here is refused.
/// Auxiliary staff appear in no row: they assist but never move a case (RULES §10).
/// </summary>
public static class CaseTransitions
{
    private static readonly string[] Officer = [Roles.Officer];
    private static readonly string[] Head = [Roles.Head];
    private static readonly string[] Reviewer = [Roles.LegalReviewer];
    private static readonly string[] OfficerOrHead = [Roles.Officer, Roles.Head];

    /// <summary>Registered, not yet decided: the decision period runs and the head may extend it (APL Art 60).</summary>
    private static readonly CaseStatus[] BeforeDecision =
    [
        CaseStatus.Investigating, CaseStatus.InvestigationConcluded, CaseStatus.LegalReview, CaseStatus.CollectiveDiscussion,
        CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.DecisionPending, CaseStatus.LegalReviewBeforeDecision,
    ];

    public static IReadOnlyList<CaseTransition> Table { get; } =
    [
        // 立案 (APL Art 54; TEP Art 63): the officer proposes the handlers, the head approves.
        new(CaseStatus.Clue, CaseAction.SubmitRegistration, CaseStatus.RegistrationPending, Officer, [TwoEligibleHandlers],
            (c, cmd, _) => { c.SubmittedOn = cmd.On; c.HandlerIds = [.. cmd.HandlerIds ?? c.HandlerIds]; }),
        new(CaseStatus.RegistrationPending, CaseAction.ApproveRegistration, CaseStatus.Investigating, Head, [WithinLimitation, TwoEligibleHandlers, NumberGiven],
            (c, cmd, _) => { c.RegisteredOn = cmd.On; c.Number ??= cmd.Number!.Trim(); c.HandlerIds = [.. cmd.HandlerIds ?? c.HandlerIds]; }),
        new(CaseStatus.RegistrationPending, CaseAction.RejectRegistration, CaseStatus.NotRegistered, Head, [ReasonGiven],
            (c, cmd, _) => c.OutcomeReason = cmd.Reason),
        new(CaseStatus.Clue, CaseAction.RejectRegistration, CaseStatus.NotRegistered, Head, [ReasonGiven],
            (c, cmd, _) => c.OutcomeReason = cmd.Reason),

        // 先行登记保存 (APL Art 56): with the head's approval during the investigation; a 处理决定 within 7 working days,
        // and none left undecided when the investigation ends.
        new(CaseStatus.Investigating, CaseAction.PreserveEvidence, CaseStatus.Investigating, Head, [PreservationGiven],
            (c, cmd, _) => c.Preservations.Add(new EvidencePreservation { CaseId = c.Id, Items = cmd.PreservedItems!.Trim(), PreservedOn = cmd.EventOn, ApprovedBy = cmd.Actor.OfficerId }),
            cmd => $"登记保存：{cmd.PreservedItems!.Trim()}"),
        new(CaseStatus.Investigating, CaseAction.DecidePreservedEvidence, CaseStatus.Investigating, Head, [PreservationDecidable],
            (c, cmd, _) =>
            {
                var preservation = PreservationFor(c, cmd)!;
                preservation.DecidedOn = cmd.EventOn;
                preservation.Disposition = cmd.Disposition;
                preservation.DecisionNote = string.IsNullOrWhiteSpace(cmd.Reason) ? null : cmd.Reason.Trim();
            },
            cmd => CaseStatusNames.Name(cmd.Disposition!.Value)),

        // 调查取证 → 调查终结 (APL Arts 55–57).
        new(CaseStatus.Investigating, CaseAction.ConcludeInvestigation, CaseStatus.InvestigationConcluded, Officer, [ActorIsHandler, PreservationsDecided],
            (c, cmd, _) =>
            {
                c.ConcludedOn = cmd.On;
                c.LegalReviewRequired = cmd.LegalReviewRequired ?? c.LegalReviewRequired;
                c.CollectiveDiscussionRequired = cmd.CollectiveDiscussionRequired ?? c.CollectiveDiscussionRequired;
            }),
        new(CaseStatus.Investigating, CaseAction.Withdraw, CaseStatus.Withdrawn, Head, [ReasonGiven, PreservationsDecided], (c, cmd, _) => c.OutcomeReason = cmd.Reason),
        new(CaseStatus.Investigating, CaseAction.Transfer, CaseStatus.Transferred, Head, [ReasonGiven, PreservationsDecided], (c, cmd, _) => c.OutcomeReason = cmd.Reason),
        new(CaseStatus.InvestigationConcluded, CaseAction.Transfer, CaseStatus.Transferred, Head, [ReasonGiven], (c, cmd, _) => c.OutcomeReason = cmd.Reason),

        // 法制审核 (APL Art 58) and 集体讨论 (Art 57 ¶2).
        new(CaseStatus.InvestigationConcluded, CaseAction.SubmitLegalReview, CaseStatus.LegalReview, Officer, [ActorIsHandler]),
        new(CaseStatus.LegalReview, CaseAction.PassLegalReview, CaseStatus.InvestigationConcluded, Reviewer, [QualifiedReviewer],
            (c, cmd, _) => { c.LegalReviewPassedOn = cmd.On; c.LegalReviewerId = cmd.Actor.OfficerId; }),
        new(CaseStatus.LegalReview, CaseAction.ReturnFromLegalReview, CaseStatus.Investigating, Reviewer, [QualifiedReviewer, ReasonGiven],
            (c, _, _) => c.LegalReviewPassedOn = null),
        new(CaseStatus.InvestigationConcluded, CaseAction.StartCollectiveDiscussion, CaseStatus.CollectiveDiscussion, Head, []),
        new(CaseStatus.CollectiveDiscussion, CaseAction.RecordCollectiveDiscussion, CaseStatus.InvestigationConcluded, Head, [],
            (c, cmd, _) => c.CollectiveDiscussionOn = cmd.On),

        // 事先告知 (APL Arts 44, 62) with the proposed penalty and the hearing right (Art 63).
        new(CaseStatus.InvestigationConcluded, CaseAction.SendNotice, CaseStatus.Notified, Officer, [ActorIsHandler, CaseHandlersEligible, ProposedPenaltyGiven],
            (c, cmd, _) =>
            {
                c.ProposedKinds = cmd.Kinds!.Value;
                c.ProposedFineFen = cmd.FineFen;
                c.RecommendedMinFen = cmd.RecommendedMinFen;
                c.RecommendedMaxFen = cmd.RecommendedMaxFen;
                c.HearingRight = cmd.HearingRight ?? c.HearingRight;
                c.NoticeServedOn = cmd.ServedOn ?? cmd.On;
            }),
        // Art 57 decisions (no penalty included) are the head's, collectively for complex cases, within Art 60's period.
        new(CaseStatus.InvestigationConcluded, CaseAction.DecideNoPenalty, CaseStatus.NoPenaltyDecided, Head, [DecisionInTime, NoPauseRunning, ReasonGiven, LegalReviewPassedIfRequired, CollectiveDiscussionIfRequired],
            (c, cmd, _) => { c.DecidedOn = cmd.On; c.OutcomeReason = cmd.Reason; }),

        // 陈述申辩 and 听证 (APL Arts 45, 63–65).
        new(CaseStatus.Notified, CaseAction.RequestHearing, CaseStatus.Hearing, Officer, [HearingRequestInTime],
            (c, cmd, _) => c.HearingRequestedOn = cmd.On),
        new(CaseStatus.Hearing, CaseAction.RecordHearing, CaseStatus.DecisionPending, Officer, [HearingNoticeInTime],
            (c, cmd, _) => { c.HearingNoticeOn = cmd.HearingNoticeOn; c.HearingOn = cmd.HearingOn; }),
        new(CaseStatus.Notified, CaseAction.CloseStatementPeriod, CaseStatus.DecisionPending, Officer, [StatementPeriodOver]),

        // 决定前法制审核: after a hearing the decision needs a review passed after it (APL Art 58 ¶1(二)); the reviewer
        // passes it back to the head or returns it for further investigation, as at the end of the investigation.
        new(CaseStatus.DecisionPending, CaseAction.SubmitLegalReview, CaseStatus.LegalReviewBeforeDecision, Officer, [ActorIsHandler]),
        new(CaseStatus.LegalReviewBeforeDecision, CaseAction.PassLegalReview, CaseStatus.DecisionPending, Reviewer, [QualifiedReviewer],
            (c, cmd, _) => { c.LegalReviewPassedOn = cmd.On; c.LegalReviewerId = cmd.Actor.OfficerId; }),
        new(CaseStatus.LegalReviewBeforeDecision, CaseAction.ReturnFromLegalReview, CaseStatus.Investigating, Reviewer, [QualifiedReviewer, ReasonGiven],
            (c, _, _) => c.LegalReviewPassedOn = null),

        // 延长办案期限 (APL Art 60): the head, with a reason, before the period runs out, within the configured maximum.
        .. BeforeDecision.Select(status => new CaseTransition(status, CaseAction.ExtendDecisionPeriod, status, Head, [ReasonGiven, DecisionInTime, ExtensionWithinMaximum],
            (c, cmd, _) => c.DecisionExtensionDays += cmd.ExtensionDays!.Value)),

        // 不计入办案期限的期间 (APL Art 60 "另有规定"; kinds configurable, RULES §1.3 row 12): the handler records when an
        // examination or a public notice starts and ends; the status stays. The hearing's period follows from its dates.
        .. BeforeDecision.Select(status => new CaseTransition(status, CaseAction.StartPause, status, Officer, [ActorIsHandler, PauseStartable],
            (c, cmd, _) => c.Pauses.Add(new CasePause
            {
                CaseId = c.Id, Kind = cmd.PauseKind!.Value, StartedOn = cmd.EventOn, RecordedBy = cmd.Actor.OfficerId,
                Note = string.IsNullOrWhiteSpace(cmd.Reason) ? null : cmd.Reason.Trim(),
            }),
            cmd => $"{CaseStatusNames.Name(cmd.PauseKind!.Value)}期间开始（{cmd.EventOn:yyyy-MM-dd}），不计入办案期限")),
        .. BeforeDecision.Select(status => new CaseTransition(status, CaseAction.EndPause, status, Officer, [ActorIsHandler, PauseEndable],
            (c, cmd, _) => RunningPauseFor(c, cmd)!.EndedOn = cmd.EventOn,
            cmd => $"{(cmd.PauseKind is { } kind ? CaseStatusNames.Name(kind) + "期间" : "不计入办案期限的期间")}结束（{cmd.EventOn:yyyy-MM-dd}）")),

        // 决定 (APL Arts 57–60).
        new(CaseStatus.DecisionPending, CaseAction.Decide, CaseStatus.Decided, Head,
            [DecisionInTime, NoPauseRunning, LegalReviewPassedIfRequired, LegalReviewAfterHearing, CollectiveDiscussionIfRequired, NotHeavierThanNotice, DeviationExplained, HandlersStillEligible],
            (c, cmd, _) =>
            {
                c.DecidedOn = cmd.On;
                c.DecidedKinds = cmd.Kinds!.Value;
                c.DecidedFineFen = cmd.FineFen;
                c.DeviationReason = string.IsNullOrWhiteSpace(cmd.Reason) ? null : cmd.Reason;
                c.DeviationFlagged = cmd.FineFen is { } fine && c.RecommendedMinFen is { } min && c.RecommendedMaxFen is { } max && (fine < min || fine > max);
            }),
        new(CaseStatus.DecisionPending, CaseAction.DecideNoPenalty, CaseStatus.NoPenaltyDecided, Head, [DecisionInTime, NoPauseRunning, ReasonGiven, LegalReviewPassedIfRequired, LegalReviewAfterHearing, CollectiveDiscussionIfRequired],
            (c, cmd, _) => { c.DecidedOn = cmd.On; c.OutcomeReason = cmd.Reason; }),

        // 送达 (APL Art 61; public notice deemed served after 30 days, 民事诉讼法 Art 95).
        new(CaseStatus.Decided, CaseAction.Serve, CaseStatus.Served, OfficerOrHead, [ServiceLawful], RecordService),
        new(CaseStatus.NoPenaltyDecided, CaseAction.Serve, CaseStatus.Served, OfficerOrHead, [ServiceLawful], RecordService),

        // 执行 (APL Arts 66–73; 行政强制法 Arts 45–54) and 结案. Payments, remedies and their outcomes are recorded as
        // they happen, before and during enforcement; the rules of what is owed and when live in ExecutionRules.
        .. ((CaseStatus[])[CaseStatus.Served, CaseStatus.Enforcing]).SelectMany(status => (CaseTransition[])
        [
            new(status, CaseAction.RecordPayment, status, OfficerOrHead, [FineOutstanding, PaymentAcceptable], RecordPayment,
                cmd => $"缴款 {Surcharge.Yuan(cmd.AmountFen!.Value)} 元（{cmd.EventOn:yyyy-MM-dd}）"),
            new(status, CaseAction.RecordRemedyApplication, status, OfficerOrHead, [RemedyApplicationAcceptable],
                (c, cmd, ctx) =>
                {
                    c.Remedies.Add(new RemedyProceeding { CaseId = c.Id, Kind = cmd.RemedyKind!.Value, StartedOn = cmd.EventOn });
                    ExecutionRules.Settle(c, ctx.Calendar);
                },
                cmd => $"{CaseStatusNames.Name(cmd.RemedyKind!.Value)}（{cmd.EventOn:yyyy-MM-dd}）"),
            new(status, CaseAction.RecordRemedyOutcome, status, OfficerOrHead, [RemedyOutcomeAcceptable],
                (c, cmd, ctx) =>
                {
                    var open = ExecutionRules.OpenRemedy(c)!;
                    open.EndedOn = cmd.EventOn;
                    open.Outcome = cmd.Reason!.Trim();
                    ExecutionRules.Settle(c, ctx.Calendar);
                }),
        ]),
        // 延期、分期缴纳 on the party's application, approved by the head (APL Art 66 ¶2).
        new(CaseStatus.Served, CaseAction.ApprovePaymentPlan, CaseStatus.Served, Head, [FineOutstanding, PaymentPlanAcceptable],
            (c, cmd, _) =>
            {
                c.PaymentPlanAppliedOn = cmd.EventOn;
                c.PaymentPlanApprovedOn = cmd.On;
                c.Instalments = [.. cmd.Instalments!.Select((i, n) => new PaymentInstalment { CaseId = c.Id, Sequence = n + 1, DueOn = i.DueOn, AmountFen = i.AmountFen })];
            }),
        new(CaseStatus.Served, CaseAction.StartEnforcement, CaseStatus.Enforcing, OfficerOrHead, [PaymentOverdue]),
        // 催告 (行政强制法 Art 54), then the court (Art 53); the outcome lets the case close.
        new(CaseStatus.Enforcing, CaseAction.ServeReminder, CaseStatus.Enforcing, OfficerOrHead, [FineOutstanding, ReminderLawful],
            (c, cmd, _) => c.ReminderServedOn = cmd.EventOn, cmd => $"催告书送达（{cmd.EventOn:yyyy-MM-dd}）"),
        new(CaseStatus.Enforcing, CaseAction.ApplyToCourt, CaseStatus.Enforcing, Head, [FineOutstanding, CourtApplicationLawful],
            (c, cmd, _) => c.CourtAppliedOn = cmd.EventOn, cmd => $"申请人民法院强制执行（{cmd.EventOn:yyyy-MM-dd}）"),
        new(CaseStatus.Enforcing, CaseAction.ConcludeEnforcement, CaseStatus.Enforcing, OfficerOrHead, [EnforcementOutcomeGiven],
            (c, cmd, _) => { c.EnforcementConcludedOn = cmd.EventOn; c.EnforcementOutcome = cmd.Reason!.Trim(); }),
        new(CaseStatus.Served, CaseAction.Close, CaseStatus.Closed, OfficerOrHead, [ExecutionComplete], (c, cmd, _) => c.ClosedOn = cmd.On),
        new(CaseStatus.Enforcing, CaseAction.Close, CaseStatus.Closed, OfficerOrHead, [ExecutionComplete], (c, cmd, _) => c.ClosedOn = cmd.On),
        new(CaseStatus.Withdrawn, CaseAction.Close, CaseStatus.Closed, OfficerOrHead, [], (c, cmd, _) => c.ClosedOn = cmd.On),
        new(CaseStatus.Transferred, CaseAction.Close, CaseStatus.Closed, OfficerOrHead, [], (c, cmd, _) => c.ClosedOn = cmd.On),

        // 当场处罚: the decision is handed over on the spot (served), then filed with the agency within 5 days (TEP Art 61(8)).
        new(CaseStatus.OnTheSpotDecided, CaseAction.FileOnTheSpotDecision, CaseStatus.Served, Officer, [ActorIsHandler],
            (c, _, _) => { c.ServedOn ??= c.DecidedOn; c.ServiceMethod ??= ServiceMethod.Direct; }),

        // 归档 after the self-check.
        new(CaseStatus.Closed, CaseAction.Archive, CaseStatus.Archived, Head, [SelfCheckResolved],
            (c, cmd, _) => { c.ArchivedOn = cmd.On; c.ArchiveOverrideReason = string.IsNullOrWhiteSpace(cmd.Reason) ? null : cmd.Reason; }),
    ];

    private static void RecordPayment(EnforcementCase c, CaseCommand cmd, CaseContext ctx)
    {
        c.Payments.Add(new CasePayment
        {
            CaseId = c.Id, AmountFen = cmd.AmountFen!.Value, PaidOn = cmd.EventOn,
            Reference = string.IsNullOrWhiteSpace(cmd.Reference) ? null : cmd.Reference.Trim(),
        });
        ExecutionRules.Settle(c, ctx.Calendar);
    }

    private static void RecordService(EnforcementCase c, CaseCommand cmd, CaseContext ctx)
    {
        var delivered = cmd.ServedOn ?? cmd.On;
        c.ServiceMethod = cmd.ServiceMethod;
        c.ElectronicServiceConsent = cmd.ElectronicConsent ?? c.ElectronicServiceConsent;
        c.ServedOn = cmd.ServiceMethod == ServiceMethod.PublicNotice
            ? StatutoryPeriods.PublicNoticeService.Apply(ctx.Calendar, delivered).Date
            : delivered;
    }

    /// <summary>The moves open from a status (for the case page's "next allowed actions").</summary>
    public static IEnumerable<CaseTransition> From(CaseStatus status) => Table.Where(t => t.From == status);
}
