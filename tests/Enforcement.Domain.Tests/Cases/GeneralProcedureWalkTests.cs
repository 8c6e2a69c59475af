using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>A general-procedure case from the clue to the archive, one lawful move at a time.</summary>
public sealed class GeneralProcedureWalkTests
{
    [Fact]
    public void AGeneralProcedureCase_WalksFromClueToArchive_EachStepOfferedByItsStatus_WithTheHistoryInOrder()
    {
        var c = InStatus(CaseStatus.Clue);
        var context = Context();

        (CaseCommand Command, CaseStatus To)[] steps =
        [
            (Command(CaseAction.SubmitRegistration, Officer, SubmittedOn) with { HandlerIds = [Officer1, Officer2] }, CaseStatus.RegistrationPending),
            (Command(CaseAction.ApproveRegistration, Head, RegisteredOn) with { Number = Number }, CaseStatus.Investigating),
            (Command(CaseAction.ConcludeInvestigation, Officer, ConcludedOn) with { LegalReviewRequired = true }, CaseStatus.InvestigationConcluded),
            (Command(CaseAction.SubmitLegalReview, Officer, D(2025, 4, 2)), CaseStatus.LegalReview),
            (Command(CaseAction.PassLegalReview, Reviewer, D(2025, 4, 3)), CaseStatus.InvestigationConcluded),
            (Command(CaseAction.SendNotice, Officer, NoticeServedOn) with
            {
                Kinds = PenaltyKinds.Fine,
                FineFen = ProposedFineFen,
                RecommendedMinFen = RecommendedMinFen,
                RecommendedMaxFen = RecommendedMaxFen,
                HearingRight = false,
            }, CaseStatus.Notified),
            // Notice Mon 04-07: the 3 working days end Thu 04-10.
            (Command(CaseAction.CloseStatementPeriod, Officer, D(2025, 4, 11)), CaseStatus.DecisionPending),
            (Command(CaseAction.Decide, Head, DecidedOn) with { Kinds = PenaltyKinds.Fine, FineFen = DecidedFineFen }, CaseStatus.Decided),
            (Command(CaseAction.Serve, Officer, ServedOn) with { ServiceMethod = ServiceMethod.Direct }, CaseStatus.Served),
            (Command(CaseAction.RecordPayment, Officer, PaidOn) with { AmountFen = DecidedFineFen }, CaseStatus.Served),
            (Command(CaseAction.Close, Officer, ClosedOn), CaseStatus.Closed),
            (Command(CaseAction.Archive, Head, D(2025, 5, 27)), CaseStatus.Archived),
        ];

        foreach (var (command, to) in steps)
        {
            Assert.Contains(CaseTransitions.From(c.Status), t => t.Action == command.Action && t.To == to);
            var result = CaseLifecycle.Apply(c, command, context, Now);

            Assert.True(result.IsOk, $"{command.Action}: {result.Refusal?.Message}");
            Assert.Equal(to, c.Status);
        }

        Assert.Equal(steps.Select(s => s.Command.Action), c.History.Select(h => h.Action));
        Assert.Equal(steps.Select(s => s.To), c.History.Select(h => h.To));
        Assert.Equal(CaseStatus.Clue, c.History[0].From);
        for (var i = 1; i < c.History.Count; i++)
        {
            Assert.Equal(c.History[i - 1].To, c.History[i].From);
            Assert.True(c.History[i - 1].On <= c.History[i].On, $"History dates go backwards at {c.History[i].Action}.");
        }
        Assert.Empty(CaseTransitions.From(c.Status));

        Assert.Equal(Number, c.Number);
        Assert.Equal(RegisteredOn, c.RegisteredOn);
        Assert.Equal(ReviewerOfficer, c.LegalReviewerId);
        Assert.Equal(NoticeServedOn, c.NoticeServedOn);
        Assert.Equal(DecidedFineFen, c.DecidedFineFen);
        Assert.Equal(ServedOn, c.ServedOn);
        Assert.Equal(PaidOn, c.PaidOn);
        Assert.Equal(ClosedOn, c.ClosedOn);
        Assert.Equal(D(2025, 5, 27), c.ArchivedOn);
    }
}
