using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Execution;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases.Execution;

/// <summary>Payments, deferral and instalments (APL Arts 66–67, 72): what sets PaidOn, what is overdue, when a fined case may close.</summary>
public sealed class PaymentTests
{
    // The default served case: fine 1 500 yuan, served Wed 2025-05-07, due Thu 05-22.
    private static readonly DateOnly Due = D(2025, 5, 22);

    private static CaseCommand Pay(long fen, DateOnly paidOn, DateOnly? on = null) =>
        Command(CaseAction.RecordPayment, Officer, on ?? paidOn) with { AmountFen = fen, OccurredOn = paidOn };

    private static CaseCommand Plan(DateOnly on, params InstalmentInput[] instalments) =>
        Command(CaseAction.ApprovePaymentPlan, Head, on) with { Reason = "当事人经营困难，申请分期缴纳", Instalments = instalments };

    private static void Ok(EnforcementCase c, CaseCommand command)
    {
        var result = Apply(c, command);
        Assert.True(result.IsOk, result.Refusal?.Message);
    }

    private static Refusal Refused(EnforcementCase c, CaseCommand command)
    {
        var before = (c.Status, c.Payments.Count, c.Instalments.Count, c.PaidOn, c.History.Count);
        var result = Apply(c, command);
        Assert.False(result.IsOk, "Expected a refusal.");
        Assert.Equal(before, (c.Status, c.Payments.Count, c.Instalments.Count, c.PaidOn, c.History.Count));
        return result.Refusal!;
    }

    [Fact]
    public void PayingTheFineInFull_SetsPaidOn_AndTheCaseCloses()
    {
        var c = InStatus(CaseStatus.Served);
        Assert.Equal("case.not-executed", Apply(c, Command(CaseAction.Close, Officer, ClosedOn)).Refusal?.Code);

        Ok(c, Pay(DecidedFineFen, PaidOn));
        Ok(c, Command(CaseAction.Close, Officer, ClosedOn));

        Assert.Equal(PaidOn, c.PaidOn);
        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    [Fact]
    public void PartialPayments_AreKept_AndTheFineIsPaidOnTheDayOfTheLastOne()
    {
        var c = InStatus(CaseStatus.Served);

        Ok(c, Pay(1_000_00, D(2025, 5, 10)));
        Assert.Null(c.PaidOn);
        Ok(c, Pay(500_00, D(2025, 5, 20)));

        Assert.Equal(D(2025, 5, 20), c.PaidOn);
        Assert.Equal([1_000_00L, 500_00L], c.Payments.Select(p => p.AmountFen));
    }

    [Fact]
    public void PayingOnlyTheFineLate_LeavesTheSurchargeOwed_UntilItIsPaidToo()
    {
        var c = InStatus(CaseStatus.Served);

        // Two days late: 2 × 3 % × 1 500 = 90 yuan.
        Ok(c, Pay(DecidedFineFen, Due.AddDays(2)));
        Assert.Null(c.PaidOn);
        Assert.Equal(90_00, ExecutionRules.Owed(c, WorkingDays, Due.AddDays(40)));
        Assert.Equal("case.overpayment", Refused(c, Pay(90_01, Due.AddDays(5))).Code);

        Ok(c, Pay(90_00, Due.AddDays(5)));

        Assert.Equal(Due.AddDays(5), c.PaidOn);
        var clock = Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, Due.AddDays(10)), k => k.Code == "payment");
        Assert.Equal(ClockState.MetLate, clock.State);
    }

    [Fact]
    public void APayment_AboveWhatIsOwed_IsRefusedOnTheAmount()
    {
        var refusal = Refused(InStatus(CaseStatus.Served), Pay(DecidedFineFen + 1, PaidOn));

        Assert.Equal(("case.overpayment", "amountYuan", RefusalKind.Invalid), (refusal.Code, refusal.Field, refusal.Kind));
        Assert.Contains("1500.00", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APayment_WithoutAnAmount_DatedTomorrow_OrBeforeTheDecision_IsRefused()
    {
        Assert.Equal("amountYuan", Refused(InStatus(CaseStatus.Served), Command(CaseAction.RecordPayment, Officer, PaidOn)).Field);
        Assert.Equal("amountYuan", Refused(InStatus(CaseStatus.Served), Pay(0, PaidOn)).Field);
        Assert.Equal("occurredOn", Refused(InStatus(CaseStatus.Served), Pay(100_00, PaidOn, on: PaidOn.AddDays(-1))).Field);
        Assert.Equal("occurredOn", Refused(InStatus(CaseStatus.Served), Pay(100_00, DecidedOn.AddDays(-1), on: PaidOn)).Field);
    }

    [Fact]
    public void APayment_OnACaseAlreadyPaid_OrWithoutAFine_IsAConflict()
    {
        var paid = InStatus(CaseStatus.Served);
        Ok(paid, Pay(DecidedFineFen, PaidOn));
        var warningOnly = InStatus(CaseStatus.Served);
        warningOnly.DecidedKinds = Enforcement.Domain.Catalog.PenaltyKinds.Warning;
        warningOnly.DecidedFineFen = null;

        Assert.Equal("case.paid", Refused(paid, Pay(100_00, PaidOn)).Code);
        Assert.Equal("case.no-fine", Refused(warningOnly, Pay(100_00, PaidOn)).Code);
    }

    [Fact]
    public void AnInstalmentPlan_MovesThePaymentClock_AndEnforcementWaitsForAMissedInstalment()
    {
        var c = InStatus(CaseStatus.Served);
        Ok(c, Plan(D(2025, 5, 20), new(D(2025, 6, 20), 500_00), new(D(2025, 7, 21), 1_000_00)));

        var clock = Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 5, 25)), k => k.Code == "payment");
        Assert.Equal((D(2025, 6, 20), ClockState.Running), (clock.Due, clock.State));
        Assert.Contains("第六十六条第二款", clock.Article, StringComparison.Ordinal);
        // The original 15 days have run, but the plan has not: no enforcement.
        var early = Refused(c, Command(CaseAction.StartEnforcement, Officer, D(2025, 5, 23)));
        Assert.Equal("case.not-overdue", early.Code);
        Assert.Contains("2025-06-20", early.Message, StringComparison.Ordinal);

        Ok(c, Pay(500_00, D(2025, 6, 20)));
        Assert.Equal(D(2025, 7, 21), Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 6, 21)), k => k.Code == "payment").Due);
        Assert.Equal("case.not-overdue", Refused(c, Command(CaseAction.StartEnforcement, Officer, D(2025, 7, 21))).Code);
        Ok(c, Command(CaseAction.StartEnforcement, Officer, D(2025, 7, 22)));
        Assert.Equal(CaseStatus.Enforcing, c.Status);
    }

    [Fact]
    public void ADeferral_IsAPlanOfOneDate_AndPayingByItRunsNoSurcharge()
    {
        var c = InStatus(CaseStatus.Served);
        Ok(c, Plan(D(2025, 5, 20), new InstalmentInput(D(2025, 8, 29), DecidedFineFen)));

        Ok(c, Pay(DecidedFineFen, D(2025, 8, 29)));

        Assert.Equal(D(2025, 8, 29), c.PaidOn);
        Assert.Equal(ClockState.Met, Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 9, 1)), k => k.Code == "payment").State);
    }

    [Fact]
    public void APlan_MustCoverExactlyTheUnpaidFine_InLaterAndLaterDates_FromTheApproval()
    {
        var partlyPaid = InStatus(CaseStatus.Served);
        Ok(partlyPaid, Pay(500_00, D(2025, 5, 10)));

        Assert.Equal("case.plan-total", Refused(partlyPaid, Plan(D(2025, 5, 20), new InstalmentInput(D(2025, 6, 20), DecidedFineFen))).Code);
        Assert.Equal("case.plan-date", Refused(partlyPaid, Plan(D(2025, 5, 20), new(D(2025, 6, 20), 500_00), new(D(2025, 6, 20), 500_00))).Code);
        Assert.Equal("case.plan-date", Refused(partlyPaid, Plan(D(2025, 5, 20), new InstalmentInput(D(2025, 5, 19), 1_000_00))).Code);
        Assert.Equal("case.plan-amount", Refused(partlyPaid, Plan(D(2025, 5, 20), new(D(2025, 6, 20), 1_100_00), new(D(2025, 7, 20), -100_00))).Code);
        Assert.Equal("instalments", Refused(partlyPaid, Plan(D(2025, 5, 20))).Field);
        Assert.Equal("reason", Refused(partlyPaid, Plan(D(2025, 5, 20), new InstalmentInput(D(2025, 6, 20), 1_000_00)) with { Reason = null }).Field);

        Ok(partlyPaid, Plan(D(2025, 5, 20), new InstalmentInput(D(2025, 6, 20), 1_000_00)));
        Assert.Equal("case.plan-exists", Refused(partlyPaid, Plan(D(2025, 5, 21), new InstalmentInput(D(2025, 6, 30), 1_000_00))).Code);
    }

    [Fact]
    public void StartEnforcement_TheDayAfterTheDueDate_IsAllowed_OnIt_Refused()
    {
        Assert.Equal("case.not-overdue", Refused(InStatus(CaseStatus.Served), Command(CaseAction.StartEnforcement, Officer, Due)).Code);
        Ok(InStatus(CaseStatus.Served), Command(CaseAction.StartEnforcement, Officer, Due.AddDays(1)));
    }

    [Fact]
    public void PayingDuringEnforcement_LetsTheCaseClose()
    {
        var c = InStatus(CaseStatus.Enforcing);
        var owed = ExecutionRules.Owed(c, WorkingDays, Due.AddDays(10));
        Assert.Equal(DecidedFineFen + 10 * 45_00, owed);

        Ok(c, Pay(owed, Due.AddDays(10)));
        Ok(c, Command(CaseAction.Close, Head, Due.AddDays(11)));

        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    [Fact]
    public void ARemedyRecordedLater_ShortensTheSurcharge_AndCanSettleTheFineEarlier()
    {
        var c = InStatus(CaseStatus.Served);
        // Fine paid 4 days late with 3 days of surcharge (135 yuan): 45 yuan short.
        Ok(c, Pay(DecidedFineFen + 135_00, Due.AddDays(4)));
        Assert.Null(c.PaidOn);

        // The party had applied for reconsideration on the 2nd day late, decided on the 3rd: 2 days do not count.
        Ok(c, Command(CaseAction.RecordRemedyApplication, Officer, Due.AddDays(5)) with { RemedyKind = RemedyKind.Reconsideration, OccurredOn = Due.AddDays(2) });
        Ok(c, Command(CaseAction.RecordRemedyOutcome, Officer, Due.AddDays(5)) with { OccurredOn = Due.AddDays(3), Reason = "维持" });

        Assert.Equal(Due.AddDays(4), c.PaidOn);
    }
}
