using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>The summary procedure (APL Arts 51–52): a warning, or a fine of at most 200 yuan (citizen) / 3 000 yuan (organisation).</summary>
public sealed class OnTheSpotDecisionTests
{
    private const string SpotNumber = "青交当罚〔2025〕0001号";

    private static EnforcementCase Clue(PartyKind party = PartyKind.NaturalPerson)
    {
        var c = InStatus(CaseStatus.Clue);
        c.PartyKind = party;
        return c;
    }

    private static CaseCommand Spot(long? fineFen, PenaltyKinds kinds = PenaltyKinds.Fine, CaseActor? actor = null, int[]? handlers = null) =>
        new(CaseAction.Decide, actor ?? Officer, ViolationOn)
        {
            Number = $" {SpotNumber} ",
            Kinds = kinds,
            FineFen = fineFen,
            HandlerIds = handlers ?? [Officer1, Officer2],
        };

    private static Result<EnforcementCase> Decide(EnforcementCase c, CaseCommand command) =>
        CaseLifecycle.DecideOnTheSpot(c, command, Context(), Now);

    private static Refusal AssertRefused(EnforcementCase c, CaseCommand command, string code)
    {
        var status = c.Status;

        var result = Decide(c, command);

        Assert.False(result.IsOk, $"Expected {code}, but the decision was allowed.");
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Equal(status, c.Status);
        Assert.Equal(CaseProcedure.General, c.Procedure);
        Assert.Null(c.DecidedOn);
        Assert.Empty(c.History);
        return result.Refusal;
    }

    [Fact]
    public void ACitizenFinedTwoHundredYuan_IsDecidedOnTheSpot_WithItsFactsAndOneHistoryRow()
    {
        var c = Clue();

        var result = Decide(c, Spot(200_00));

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Same(c, result.Value);
        Assert.Equal(CaseStatus.OnTheSpotDecided, c.Status);
        Assert.Equal(CaseProcedure.Summary, c.Procedure);
        Assert.Equal(SpotNumber, c.Number);
        Assert.Equal<int>([Officer1, Officer2], c.HandlerIds);
        Assert.Equal(ViolationOn, c.RegisteredOn);
        Assert.Equal(ViolationOn, c.DecidedOn);
        Assert.Equal(PenaltyKinds.Fine, c.DecidedKinds);
        Assert.Equal(200_00, c.DecidedFineFen);
        var row = Assert.Single(c.History);
        Assert.Equal(CaseStatus.Clue, row.From);
        Assert.Equal(CaseStatus.OnTheSpotDecided, row.To);
        Assert.Equal(CaseAction.Decide, row.Action);
        Assert.Equal(Officer.UserName, row.ActorUserName);
        Assert.Equal(Officer1, row.ActorOfficerId);
        Assert.Equal(ViolationOn, row.On);
        Assert.Equal(Now, row.AtUtc);
    }

    [Fact]
    public void ACitizenFinedOneFenOverTwoHundredYuan_IsRefused_PointingAtTheFine()
    {
        var refusal = AssertRefused(Clue(), Spot(200_01), "case.summary-limit");

        Assert.Equal("fineFen", refusal.Field);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("公民 200 元", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第五十一条", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrganisationFinedThreeThousandYuan_IsDecidedOnTheSpot()
    {
        var c = Clue(PartyKind.Organisation);

        Assert.True(Decide(c, Spot(3_000_00)).IsOk);
        Assert.Equal(3_000_00, c.DecidedFineFen);
    }

    [Fact]
    public void AnOrganisationFinedOneFenOverThreeThousandYuan_IsRefused()
    {
        var refusal = AssertRefused(Clue(PartyKind.Organisation), Spot(3_000_01), "case.summary-limit");

        Assert.Equal("fineFen", refusal.Field);
        Assert.Contains("法人或者其他组织 3000 元", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWarningOnly_IsDecidedOnTheSpot_WithoutAFine()
    {
        var c = Clue();

        Assert.True(Decide(c, Spot(null, PenaltyKinds.Warning)).IsOk);
        Assert.Equal(PenaltyKinds.Warning, c.DecidedKinds);
        Assert.Null(c.DecidedFineFen);
    }

    [Fact]
    public void AWarningAndASmallFine_AreDecidedOnTheSpot()
    {
        Assert.True(Decide(Clue(), Spot(150_00, PenaltyKinds.Warning | PenaltyKinds.Fine)).IsOk);
    }

    [Theory]
    [InlineData(PenaltyKinds.Criticism)]
    [InlineData(PenaltyKinds.SuspendLicence)]
    [InlineData(PenaltyKinds.Warning | PenaltyKinds.ConfiscateIncome)]
    [InlineData(PenaltyKinds.None)]
    public void AnyKindOtherThanWarningOrFine_IsRefused(PenaltyKinds kinds)
    {
        var refusal = AssertRefused(Clue(), Spot(100_00, kinds), "case.summary-kind");

        Assert.Equal("kinds", refusal.Field);
        Assert.Contains("警告或者罚款", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFineWithoutAnAmount_IsRefusedAsMissing()
    {
        Assert.Equal("fineFen", AssertRefused(Clue(), Spot(null), "required").Field);
    }

    [Fact]
    public void AnOnTheSpotDecisionWithoutTheNumberOfThePrintedForm_IsRefused()
    {
        var refusal = AssertRefused(Clue(), Spot(100_00) with { Number = null }, "required");

        Assert.Equal("number", refusal.Field);
    }

    [Fact]
    public void TheHead_OrAnAuxiliary_CannotDecideOnTheSpot()
    {
        Assert.Contains("执法人员", AssertRefused(Clue(), Spot(100_00, actor: Head), "case.role").Message, StringComparison.Ordinal);
        AssertRefused(Clue(), Spot(100_00, actor: Auxiliary), "case.role");
    }

    [Fact]
    public void ASingleOfficer_CannotDecideOnTheSpot()
    {
        var refusal = AssertRefused(Clue(), Spot(100_00, handlers: [Officer1]), "case.two-handlers");

        Assert.Contains("不得少于两人", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOnTheSpotDecisionWithAnIneligibleOfficer_IsRefusedWithTheReason()
    {
        var refusal = AssertRefused(Clue(), Spot(100_00, handlers: [Officer1, IneligibleOfficer]), "case.handler-not-eligible");

        Assert.Contains(IneligibleReason, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOnTheSpotDecisionPastTheLimitation_IsRefused()
    {
        var c = Clue();
        c.ViolationOn = ViolationOn.AddYears(-2).AddDays(-1);

        AssertRefused(c, Spot(100_00), "case.limitation");
    }

    [Theory]
    [InlineData(CaseStatus.Investigating)]
    [InlineData(CaseStatus.DecisionPending)]
    [InlineData(CaseStatus.OnTheSpotDecided)]
    [InlineData(CaseStatus.Archived)]
    public void ACaseAlreadyPastTheClue_CannotBeDecidedOnTheSpot(CaseStatus status)
    {
        var c = InStatus(status);
        var number = c.Number;

        var result = Decide(c, Spot(100_00));

        Assert.False(result.IsOk);
        Assert.Equal("case.transition", result.Refusal!.Code);
        Assert.Equal(RefusalKind.Conflict, result.Refusal.Kind);
        Assert.Contains(CaseStatusNames.Name(status), result.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal(status, c.Status);
        Assert.Equal(number, c.Number);
        Assert.Empty(c.History);
    }

    [Fact]
    public void FilingTheOnTheSpotDecision_MovesItToServed_AsHandedOverOnTheDayOfTheDecision()
    {
        var c = Clue();
        Assert.True(Decide(c, Spot(200_00)).IsOk);
        Assert.Contains(CaseTransitions.From(CaseStatus.OnTheSpotDecided), t => t.Action == CaseAction.FileOnTheSpotDecision);

        var filed = Apply(c, Command(CaseAction.FileOnTheSpotDecision, Officer, ViolationOn.AddDays(2)));

        Assert.True(filed.IsOk, filed.Refusal?.Message);
        Assert.Equal(CaseStatus.Served, c.Status);
        Assert.Equal(ViolationOn, c.ServedOn);
        Assert.Equal(ServiceMethod.Direct, c.ServiceMethod);
        Assert.Equal([CaseStatus.OnTheSpotDecided, CaseStatus.Served], c.History.Select(h => h.To));
        Assert.Equal(CaseStatus.OnTheSpotDecided, c.History[1].From);
        Assert.Equal(CaseAction.FileOnTheSpotDecision, c.History[1].Action);
    }

    [Fact]
    public void FilingTheOnTheSpotDecision_ByAnOfficerWhoDidNotDecideIt_IsRefused()
    {
        var c = Clue();
        Assert.True(Decide(c, Spot(200_00)).IsOk);

        var filed = Apply(c, Command(CaseAction.FileOnTheSpotDecision, OtherOfficer, ViolationOn.AddDays(2)));

        Assert.Equal("case.actor-is-handler", filed.Refusal?.Code);
        Assert.Equal(CaseStatus.OnTheSpotDecided, c.Status);
    }
}
