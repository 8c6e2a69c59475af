using Enforcement.Domain.Accounts;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Execution;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>
/// Every row of <see cref="CaseTransitions.Table"/> is allowed with the facts its guards need and records what it should;
/// every other (status, action) pair is refused; every row refuses the roles it does not list.
/// </summary>
public sealed class CaseTransitionTableTests
{
    // ---- Data ----

    public static TheoryData<CaseStatus, CaseAction> AllowedMoves()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var row in CaseTransitions.Table) data.Add(row.From, row.Action);
        return data;
    }

    public static TheoryData<CaseStatus, CaseAction> RefusedMoves()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var action in Enum.GetValues<CaseAction>())
            {
                if (!CaseTransitions.Table.Any(t => t.From == status && t.Action == action)) data.Add(status, action);
            }
        }
        return data;
    }

    private static readonly string[] CaseRoles = [Roles.Officer, Roles.Head, Roles.LegalReviewer, Roles.Auxiliary];

    /// <summary>Every row with every case role it does not list (auxiliary staff for every row).</summary>
    public static TheoryData<CaseStatus, CaseAction, string> WrongRoles()
    {
        var data = new TheoryData<CaseStatus, CaseAction, string>();
        foreach (var row in CaseTransitions.Table)
        {
            foreach (var role in CaseRoles.Where(r => !row.Roles.Contains(r))) data.Add(row.From, row.Action, role);
        }
        return data;
    }

    private static CaseTransition Row(CaseStatus from, CaseAction action) =>
        CaseTransitions.Table.Single(t => t.From == from && t.Action == action);

    /// <summary>A case in the row's status meeting all its guards, the command (as the row's first role), and what the move must record.</summary>
    private sealed record Scenario(EnforcementCase Case, CaseCommand Command, Action<EnforcementCase> AssertRecorded);

    private static Scenario ScenarioFor(CaseTransition row)
    {
        var c = InStatus(row.From);
        var actor = ActorFor(row.Roles[0]);
        CaseCommand On(DateOnly on) => new(row.Action, actor, on);

        switch (row.From, row.Action)
        {
            case (CaseStatus.Clue, CaseAction.SubmitRegistration):
                return new(c, On(SubmittedOn) with { HandlerIds = [Officer1, Officer2] }, x =>
                {
                    Assert.Equal(SubmittedOn, x.SubmittedOn);
                    Assert.Equal<int>([Officer1, Officer2], x.HandlerIds);
                });
            case (CaseStatus.RegistrationPending, CaseAction.ApproveRegistration):
                return new(c, On(RegisteredOn) with { Number = $"  {Number} " }, x =>
                {
                    Assert.Equal(RegisteredOn, x.RegisteredOn);
                    Assert.Equal(Number, x.Number);
                });
            case (CaseStatus.RegistrationPending or CaseStatus.Clue, CaseAction.RejectRegistration):
                return new(c, On(SubmittedOn) with { Reason = "不属于本机关管辖" }, x => Assert.Equal("不属于本机关管辖", x.OutcomeReason));
            case (CaseStatus.Investigating, CaseAction.ConcludeInvestigation):
                return new(c, On(ConcludedOn) with { LegalReviewRequired = true, CollectiveDiscussionRequired = true }, x =>
                {
                    Assert.Equal(ConcludedOn, x.ConcludedOn);
                    Assert.True(x.LegalReviewRequired);
                    Assert.True(x.CollectiveDiscussionRequired);
                });
            case (CaseStatus.Investigating, CaseAction.Withdraw):
                return new(c, On(ConcludedOn) with { Reason = "违法事实不成立" }, x => Assert.Equal("违法事实不成立", x.OutcomeReason));
            case (CaseStatus.Investigating or CaseStatus.InvestigationConcluded, CaseAction.Transfer):
                return new(c, On(ConcludedOn) with { Reason = "涉嫌犯罪，移送公安机关" }, x => Assert.Equal("涉嫌犯罪，移送公安机关", x.OutcomeReason));
            case (CaseStatus.InvestigationConcluded or CaseStatus.DecisionPending, CaseAction.SubmitLegalReview):
                return new(c, On(D(2025, 4, 2)), x => Assert.Null(x.LegalReviewPassedOn));
            case (CaseStatus.LegalReview or CaseStatus.LegalReviewBeforeDecision, CaseAction.PassLegalReview):
                return new(c, On(D(2025, 4, 3)), x =>
                {
                    Assert.Equal(D(2025, 4, 3), x.LegalReviewPassedOn);
                    Assert.Equal(ReviewerOfficer, x.LegalReviewerId);
                });
            case (CaseStatus.LegalReview or CaseStatus.LegalReviewBeforeDecision, CaseAction.ReturnFromLegalReview):
                c.LegalReviewPassedOn = D(2025, 3, 20);
                return new(c, On(D(2025, 4, 3)) with { Reason = "证据不足，补充调查" }, x => Assert.Null(x.LegalReviewPassedOn));
            case (CaseStatus.InvestigationConcluded, CaseAction.StartCollectiveDiscussion):
                return new(c, On(D(2025, 4, 2)), x => Assert.Null(x.CollectiveDiscussionOn));
            case (CaseStatus.CollectiveDiscussion, CaseAction.RecordCollectiveDiscussion):
                return new(c, On(D(2025, 4, 3)), x => Assert.Equal(D(2025, 4, 3), x.CollectiveDiscussionOn));
            case (CaseStatus.InvestigationConcluded, CaseAction.SendNotice):
                // Signed on 04-07, received by the party on 04-08: the periods run from receipt.
                return new(c, On(D(2025, 4, 7)) with
                {
                    Kinds = PenaltyKinds.Warning | PenaltyKinds.Fine,
                    FineFen = ProposedFineFen,
                    RecommendedMinFen = RecommendedMinFen,
                    RecommendedMaxFen = RecommendedMaxFen,
                    HearingRight = true,
                    ServedOn = D(2025, 4, 8),
                }, x =>
                {
                    Assert.Equal(PenaltyKinds.Warning | PenaltyKinds.Fine, x.ProposedKinds);
                    Assert.Equal(ProposedFineFen, x.ProposedFineFen);
                    Assert.Equal(RecommendedMinFen, x.RecommendedMinFen);
                    Assert.Equal(RecommendedMaxFen, x.RecommendedMaxFen);
                    Assert.True(x.HearingRight);
                    Assert.Equal(D(2025, 4, 8), x.NoticeServedOn);
                });
            case (CaseStatus.InvestigationConcluded or CaseStatus.DecisionPending, CaseAction.DecideNoPenalty):
                return new(c, On(DecidedOn) with { Reason = "首次违法，危害后果轻微并及时改正" }, x =>
                {
                    Assert.Equal(DecidedOn, x.DecidedOn);
                    Assert.Equal("首次违法，危害后果轻微并及时改正", x.OutcomeReason);
                });
            case (CaseStatus.Notified, CaseAction.RequestHearing):
                c.HearingRight = true;
                return new(c, On(HearingRequestedOn), x => Assert.Equal(HearingRequestedOn, x.HearingRequestedOn));
            case (CaseStatus.Hearing, CaseAction.RecordHearing):
                // Hearing Mon 04-28; the seventh working day before it is Fri 04-18 (Sun 04-27 is 调休上班): notice 04-16 is in time.
                return new(c, On(D(2025, 4, 28)) with { HearingNoticeOn = D(2025, 4, 16), HearingOn = D(2025, 4, 28) }, x =>
                {
                    Assert.Equal(D(2025, 4, 16), x.HearingNoticeOn);
                    Assert.Equal(D(2025, 4, 28), x.HearingOn);
                });
            case (CaseStatus.Notified, CaseAction.CloseStatementPeriod):
                // Notice Mon 04-07, no hearing right: the 3 working days end Thu 04-10.
                return new(c, On(D(2025, 4, 11)), x => Assert.Null(x.DecidedOn));
            case (CaseStatus.DecisionPending, CaseAction.Decide):
                return new(c, On(DecidedOn) with { Kinds = PenaltyKinds.Fine, FineFen = DecidedFineFen }, x =>
                {
                    Assert.Equal(DecidedOn, x.DecidedOn);
                    Assert.Equal(PenaltyKinds.Fine, x.DecidedKinds);
                    Assert.Equal(DecidedFineFen, x.DecidedFineFen);
                    Assert.Null(x.DeviationReason);
                });
            case (CaseStatus.Decided or CaseStatus.NoPenaltyDecided, CaseAction.Serve):
                return new(c, On(ServedOn) with { ServiceMethod = ServiceMethod.Post, ServedOn = D(2025, 5, 9) }, x =>
                {
                    Assert.Equal(D(2025, 5, 9), x.ServedOn);
                    Assert.Equal(ServiceMethod.Post, x.ServiceMethod);
                });
            case (CaseStatus.Served, CaseAction.StartEnforcement):
                // Served Wed 05-07: the 15 days end Thu 05-22.
                return new(c, On(D(2025, 5, 23)), x => Assert.Null(x.ClosedOn));
            case (CaseStatus.Served, CaseAction.Close):
                c.PaidOn = PaidOn;
                return new(c, On(ClosedOn), x => Assert.Equal(ClosedOn, x.ClosedOn));
            case (CaseStatus.Enforcing, CaseAction.Close):
                c.EnforcementConcludedOn = D(2025, 8, 1);
                return new(c, On(D(2025, 8, 5)), x => Assert.Equal(D(2025, 8, 5), x.ClosedOn));
            case (CaseStatus.Withdrawn or CaseStatus.Transferred, CaseAction.Close):
                return new(c, On(D(2025, 4, 10)), x => Assert.Equal(D(2025, 4, 10), x.ClosedOn));
            case (CaseStatus.OnTheSpotDecided, CaseAction.FileOnTheSpotDecision):
                return new(c, On(ViolationOn.AddDays(2)), x =>
                {
                    Assert.Equal(ViolationOn, x.ServedOn);
                    Assert.Equal(ServiceMethod.Direct, x.ServiceMethod);
                });
            case (CaseStatus.Investigating, CaseAction.PreserveEvidence):
                // Preserved on 03-19 at the scene, approved by the head the next day.
                return new(c, On(D(2025, 3, 20)) with { PreservedItems = " 道路运输证一份 ", OccurredOn = D(2025, 3, 19) }, x =>
                {
                    var p = Assert.Single(x.Preservations);
                    Assert.Equal("道路运输证一份", p.Items);
                    Assert.Equal(D(2025, 3, 19), p.PreservedOn);
                    Assert.Equal(HeadOfficer, p.ApprovedBy);
                    Assert.Null(p.DecidedOn);
                });
            case (CaseStatus.Investigating, CaseAction.DecidePreservedEvidence):
                c.Preservations.Add(new EvidencePreservation { Id = 11, CaseId = c.Id, Items = "道路运输证一份", PreservedOn = D(2025, 3, 19) });
                return new(c, On(D(2025, 3, 25)) with { PreservationId = 11, Disposition = PreservationDisposition.Released }, x =>
                {
                    var p = Assert.Single(x.Preservations);
                    Assert.Equal(D(2025, 3, 25), p.DecidedOn);
                    Assert.Equal(PreservationDisposition.Released, p.Disposition);
                });
            case (_, CaseAction.StartPause):
                // Sent for examination on 03-20, recorded the next day; the status stays.
                return new(c, On(D(2025, 3, 21)) with { PauseKind = CasePauseKind.Examination, OccurredOn = D(2025, 3, 20), Reason = " 车辆送交检测机构 " }, x =>
                {
                    var p = Assert.Single(x.Pauses);
                    Assert.Equal((CasePauseKind.Examination, D(2025, 3, 20), (DateOnly?)null, "车辆送交检测机构", (int?)Officer1),
                        (p.Kind, p.StartedOn, p.EndedOn, p.Note, p.RecordedBy));
                });
            case (_, CaseAction.EndPause):
                c.Pauses.Add(new CasePause { Id = 21, CaseId = c.Id, Kind = CasePauseKind.Examination, StartedOn = D(2025, 3, 20) });
                return new(c, On(D(2025, 3, 31)) with { PauseKind = CasePauseKind.Examination, OccurredOn = D(2025, 3, 28) }, x =>
                    Assert.Equal(D(2025, 3, 28), Assert.Single(x.Pauses).EndedOn));
            case (_, CaseAction.ExtendDecisionPeriod):
                c.DecisionExtensionDays = 10;
                return new(c, On(D(2025, 5, 6)) with { ExtensionDays = 20, Reason = "案情复杂，需补充鉴定" }, x => Assert.Equal(30, x.DecisionExtensionDays));
            case (CaseStatus.Served or CaseStatus.Enforcing, CaseAction.RecordPayment):
                // A partial payment: 500 of the 1 500 yuan; the fine is not settled.
                return new(c, On(D(2025, 5, 20)) with { AmountFen = 500_00, OccurredOn = D(2025, 5, 15), Reference = "工行回单 001" }, x =>
                {
                    var p = Assert.Single(x.Payments);
                    Assert.Equal(500_00, p.AmountFen);
                    Assert.Equal(D(2025, 5, 15), p.PaidOn);
                    Assert.Equal("工行回单 001", p.Reference);
                    Assert.Null(x.PaidOn);
                });
            case (CaseStatus.Served, CaseAction.ApprovePaymentPlan):
                return new(c, On(D(2025, 5, 20)) with
                {
                    Reason = "当事人经营困难，申请分期缴纳",
                    OccurredOn = D(2025, 5, 19),
                    Instalments = [new(D(2025, 6, 20), 750_00), new(D(2025, 7, 21), 750_00)],
                }, x =>
                {
                    Assert.Equal(D(2025, 5, 19), x.PaymentPlanAppliedOn);
                    Assert.Equal(D(2025, 5, 20), x.PaymentPlanApprovedOn);
                    Assert.Equal([(1, D(2025, 6, 20), 750_00L), (2, D(2025, 7, 21), 750_00L)], x.Instalments.Select(i => (i.Sequence, i.DueOn, i.AmountFen)));
                });
            case (CaseStatus.Served or CaseStatus.Enforcing, CaseAction.RecordRemedyApplication):
                return new(c, On(D(2025, 5, 21)) with { RemedyKind = RemedyKind.Reconsideration, OccurredOn = D(2025, 5, 20) }, x =>
                {
                    var r = Assert.Single(x.Remedies);
                    Assert.Equal((RemedyKind.Reconsideration, D(2025, 5, 20), (DateOnly?)null), (r.Kind, r.StartedOn, r.EndedOn));
                });
            case (CaseStatus.Served or CaseStatus.Enforcing, CaseAction.RecordRemedyOutcome):
                c.Remedies.Add(new RemedyProceeding { CaseId = c.Id, Kind = RemedyKind.Reconsideration, StartedOn = D(2025, 5, 20) });
                return new(c, On(D(2025, 7, 10)) with { Reason = "复议机关决定维持" }, x =>
                {
                    var r = Assert.Single(x.Remedies);
                    Assert.Equal(D(2025, 7, 10), r.EndedOn);
                    Assert.Equal("复议机关决定维持", r.Outcome);
                });
            case (CaseStatus.Enforcing, CaseAction.ServeReminder):
                // Due Thu 05-22, unpaid: a reminder on 06-03.
                return new(c, On(D(2025, 6, 3)), x => Assert.Equal(D(2025, 6, 3), x.ReminderServedOn));
            case (CaseStatus.Enforcing, CaseAction.ApplyToCourt):
                // Served 05-07: the six months to sue end Fri 11-07; the reminder of 10-20 waited its ten working days.
                c.ReminderServedOn = D(2025, 10, 20);
                return new(c, On(D(2025, 11, 10)), x => Assert.Equal(D(2025, 11, 10), x.CourtAppliedOn));
            case (CaseStatus.Enforcing, CaseAction.ConcludeEnforcement):
                c.CourtAppliedOn = D(2025, 11, 10);
                return new(c, On(D(2026, 1, 15)) with { Reason = "人民法院裁定准予执行，执行完毕" }, x =>
                {
                    Assert.Equal(D(2026, 1, 15), x.EnforcementConcludedOn);
                    Assert.Equal("人民法院裁定准予执行，执行完毕", x.EnforcementOutcome);
                });
            case (CaseStatus.Closed, CaseAction.Archive):
                return new(c, On(D(2025, 5, 27)), x =>
                {
                    Assert.Equal(D(2025, 5, 27), x.ArchivedOn);
                    Assert.Null(x.ArchiveOverrideReason);
                });
            default:
                throw new InvalidOperationException($"No test scenario for {row.From} --{row.Action}-->: add one.");
        }
    }

    // ---- Allowed ----

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void EveryTableRow_WithItsFactsAndRole_MovesTheCase_RecordsItsFacts_AndAppendsOneHistoryRow(CaseStatus from, CaseAction action)
    {
        var row = Row(from, action);
        var (c, command, assertRecorded) = ScenarioFor(row);
        var historyBefore = c.History.Count;

        var result = Apply(c, command);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(row.To, c.Status);
        Assert.Equal(historyBefore + 1, c.History.Count);
        var history = c.History[^1];
        Assert.Same(history, result.Value);
        Assert.Equal(c.Id, history.CaseId);
        Assert.Equal(from, history.From);
        Assert.Equal(row.To, history.To);
        Assert.Equal(action, history.Action);
        Assert.Equal(command.Actor.UserName, history.ActorUserName);
        Assert.Equal(command.Actor.OfficerId, history.ActorOfficerId);
        Assert.Equal(command.On, history.On);
        Assert.Equal(Now, history.AtUtc);
        Assert.Equal(command.Reason ?? command.Note ?? row.Describe?.Invoke(command), history.Note);
        assertRecorded(c);
    }

    [Fact]
    public void Serve_ByPublicNotice_IsDeemedServed30CalendarDaysLater_RolledForwardToAWorkingDay()
    {
        // Notice published Mon 2025-09-01; + 30 days = Wed 10-01, inside 国庆节、中秋节 (10-01..10-08) → Thu 10-09.
        var c = InStatus(CaseStatus.Decided);

        var result = Apply(c, Command(CaseAction.Serve, Officer, D(2025, 9, 1)) with { ServiceMethod = ServiceMethod.PublicNotice });

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(D(2025, 10, 9), c.ServedOn);
        Assert.Equal(ServiceMethod.PublicNotice, c.ServiceMethod);
    }

    [Fact]
    public void Serve_ByPublicNotice_OnAWorkingThirtiethDay_IsNotRolled()
    {
        // Published Wed 2025-07-02; + 30 days = Fri 08-01, a working day.
        var c = InStatus(CaseStatus.Decided);

        var result = Apply(c, Command(CaseAction.Serve, Head, D(2025, 7, 1)) with { ServiceMethod = ServiceMethod.PublicNotice, ServedOn = D(2025, 7, 2) });

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(D(2025, 8, 1), c.ServedOn);
    }

    [Fact]
    public void RecordPayment_WithoutAReason_DescribesThePaymentInTheHistory()
    {
        var c = InStatus(CaseStatus.Served);

        var result = Apply(c, Command(CaseAction.RecordPayment, Officer, D(2025, 5, 20)) with { AmountFen = 1_500_00, OccurredOn = D(2025, 5, 15) });

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal("缴款 1500.00 元（2025-05-15）", result.Value!.Note);
        Assert.Equal(CaseStatus.Served, result.Value.To);
    }

    // ---- Refused by state ----

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void EveryPairNotInTheTable_IsRefusedAsATransitionConflict_NamingStatusAndAction_AndLeavesTheCaseUnchanged(CaseStatus status, CaseAction action)
    {
        var c = InStatus(status);
        var everyone = new CaseActor("all-roles", Officer1, Roles.Business);
        var command = Command(action, everyone, DecidedOn) with
        {
            HandlerIds = [Officer1, Officer2],
            Number = Number,
            Kinds = PenaltyKinds.Fine,
            FineFen = DecidedFineFen,
            ServiceMethod = ServiceMethod.Direct,
            Reason = "理由",
        };

        var result = Apply(c, command);

        Assert.False(result.IsOk);
        var refusal = result.Refusal!;
        Assert.Equal("case.transition", refusal.Code);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Equal("action", refusal.Field);
        Assert.Contains(CaseStatusNames.Name(status), refusal.Message, StringComparison.Ordinal);
        Assert.Contains(CaseStatusNames.Name(action), refusal.Message, StringComparison.Ordinal);
        Assert.Equal(status, c.Status);
        Assert.Equal(3, c.Version);
        Assert.Empty(c.History);
    }

    // ---- Roles ----

    [Theory]
    [MemberData(nameof(WrongRoles))]
    public void EveryTableRow_AskedByARoleItDoesNotList_IsRefusedAsARoleConflict_AndLeavesTheCaseUnchanged(CaseStatus from, CaseAction action, string role)
    {
        var row = Row(from, action);
        var (c, command, _) = ScenarioFor(row);

        var result = Apply(c, command with { Actor = ActorFor(role) });

        Assert.False(result.IsOk);
        Assert.Equal("case.role", result.Refusal!.Code);
        Assert.Equal(RefusalKind.Conflict, result.Refusal.Kind);
        Assert.Contains(CaseStatusNames.Name(action), result.Refusal.Message, StringComparison.Ordinal);
        foreach (var allowed in row.Roles) Assert.Contains(allowed, result.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal(from, c.Status);
        Assert.Equal(3, c.Version);
        Assert.Empty(c.History);
    }

    [Fact]
    public void NoTableRow_AllowsAuxiliaryStaff()
    {
        Assert.All(CaseTransitions.Table, row => Assert.DoesNotContain(Roles.Auxiliary, row.Roles));
    }

    [Fact]
    public void Auxiliary_WhoAlsoClaimsNoOtherRole_CannotSubmitARegistration_EvenNamingEligibleHandlers()
    {
        var c = InStatus(CaseStatus.Clue);

        var result = Apply(c, Command(CaseAction.SubmitRegistration, Auxiliary, SubmittedOn) with { HandlerIds = [Officer1, Officer2] });

        Assert.Equal("case.role", result.Refusal?.Code);
        Assert.Contains("执法人员", result.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Clue, c.Status);
    }

    [Fact]
    public void Head_CannotConcludeTheInvestigation_AndOfficer_CannotApproveRegistration()
    {
        var investigating = InStatus(CaseStatus.Investigating);
        var pending = InStatus(CaseStatus.RegistrationPending);

        var byHead = Apply(investigating, Command(CaseAction.ConcludeInvestigation, Head, ConcludedOn));
        var byOfficer = Apply(pending, Command(CaseAction.ApproveRegistration, Officer, RegisteredOn) with { Number = Number });

        Assert.Equal("case.role", byHead.Refusal?.Code);
        Assert.Contains("须由执法人员办理", byHead.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal("case.role", byOfficer.Refusal?.Code);
        Assert.Contains("须由机构负责人办理", byOfficer.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Investigating, investigating.Status);
        Assert.Equal(CaseStatus.RegistrationPending, pending.Status);
        Assert.Null(pending.RegisteredOn);
    }

    [Fact]
    public void Officer_CannotDecide_AndHead_CannotPassTheLegalReview()
    {
        var pending = InStatus(CaseStatus.DecisionPending);
        var review = InStatus(CaseStatus.LegalReview);

        var byOfficer = Apply(pending, Command(CaseAction.Decide, Officer, DecidedOn) with { Kinds = PenaltyKinds.Fine, FineFen = DecidedFineFen });
        var byHead = Apply(review, Command(CaseAction.PassLegalReview, Head, D(2025, 4, 3)));

        Assert.Equal("case.role", byOfficer.Refusal?.Code);
        Assert.Equal("case.role", byHead.Refusal?.Code);
        Assert.Contains("法制审核人员", byHead.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActorHoldingSeveralRoles_IsAllowedWhenOneOfThemIsListed()
    {
        var c = InStatus(CaseStatus.Investigating);
        var officerAndReviewer = new CaseActor("zhangjianguo", Officer1, [Roles.LegalReviewer, Roles.Officer]);

        var result = Apply(c, Command(CaseAction.ConcludeInvestigation, officerAndReviewer, ConcludedOn));

        Assert.True(result.IsOk, result.Refusal?.Message);
    }

    [Theory]
    [InlineData(CaseStatus.Decided, CaseAction.Serve)]
    [InlineData(CaseStatus.Served, CaseAction.Close)]
    public void OfficerOrHeadMoves_AreAllowedToTheHeadToo(CaseStatus from, CaseAction action)
    {
        var (c, command, _) = ScenarioFor(Row(from, action));

        var result = Apply(c, command with { Actor = Head });

        Assert.True(result.IsOk, result.Refusal?.Message);
    }

    // ---- The table itself ----

    [Fact]
    public void Table_HasAtMostOneRowPerStatusAndAction()
    {
        var duplicates = CaseTransitions.Table.GroupBy(t => (t.From, t.Action)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Table_EveryRowNamesAtLeastOneRole_AndNoTerminalStatusHasAMove()
    {
        Assert.All(CaseTransitions.Table, row => Assert.NotEmpty(row.Roles));
        Assert.Empty(CaseTransitions.From(CaseStatus.Archived));
        Assert.Empty(CaseTransitions.From(CaseStatus.NotRegistered));
    }

    [Fact]
    public void Table_EveryStatusIsReachableFromAClue_OrFromAnOnTheSpotDecision()
    {
        var reached = new HashSet<CaseStatus> { CaseStatus.Clue, CaseStatus.OnTheSpotDecided };
        var queue = new Queue<CaseStatus>(reached);
        while (queue.TryDequeue(out var status))
        {
            foreach (var row in CaseTransitions.From(status))
            {
                if (reached.Add(row.To)) queue.Enqueue(row.To);
            }
        }

        Assert.Equal(Enum.GetValues<CaseStatus>().ToHashSet(), reached);
    }
}
