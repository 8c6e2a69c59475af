using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Common;

using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>先行登记保存 (APL Art 56): approval, the 处理决定 within 7 working days, and no investigation ending with evidence undecided.</summary>
public sealed class EvidencePreservationTests
{
    private static CaseCommand Preserve(DateOnly on, string? items = "超限货物（钢材）32 吨", DateOnly? preservedOn = null) =>
        Command(CaseAction.PreserveEvidence, Head, on) with { PreservedItems = items, OccurredOn = preservedOn };

    private static CaseCommand DecidePreservation(DateOnly on, int? id = null, PreservationDisposition? disposition = PreservationDisposition.Released) =>
        Command(CaseAction.DecidePreservedEvidence, Head, on) with { PreservationId = id, Disposition = disposition };

    private static EnforcementCase WithPreservation(DateOnly preservedOn, DateOnly? decidedOn = null, int id = 11)
    {
        var c = InStatus(CaseStatus.Investigating);
        c.Preservations.Add(new EvidencePreservation { Id = id, CaseId = c.Id, Items = "道路运输证一份", PreservedOn = preservedOn, DecidedOn = decidedOn });
        return c;
    }

    private static Refusal Refused(EnforcementCase c, CaseCommand command)
    {
        var before = (c.Status, c.Preservations.Count, c.History.Count);
        var result = Apply(c, command);
        Assert.False(result.IsOk, "Expected a refusal.");
        Assert.Equal(before, (c.Status, c.Preservations.Count, c.History.Count));
        return result.Refusal!;
    }

    [Fact]
    public void ConcludeInvestigation_WhileAPreservationIsUndecided_IsRefusedNamingIt_AndAllowedOnceDecided()
    {
        var c = WithPreservation(D(2025, 3, 19));

        var refusal = Refused(c, Command(CaseAction.ConcludeInvestigation, Officer, ConcludedOn));

        Assert.Equal("case.preservation-undecided", refusal.Code);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Contains("道路运输证一份", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("第五十六条", refusal.Message, StringComparison.Ordinal);

        Assert.True(Apply(c, DecidePreservation(D(2025, 3, 25), 11)).IsOk);
        var concluded = Apply(c, Command(CaseAction.ConcludeInvestigation, Officer, ConcludedOn));
        Assert.True(concluded.IsOk, concluded.Refusal?.Message);
        Assert.Equal(CaseStatus.InvestigationConcluded, c.Status);
    }

    [Theory]
    [InlineData(CaseAction.Withdraw)]
    [InlineData(CaseAction.Transfer)]
    public void WithdrawingOrTransferring_WhileAPreservationIsUndecided_IsRefused(CaseAction action)
    {
        var c = WithPreservation(D(2025, 3, 19));

        Assert.Equal("case.preservation-undecided", Refused(c, Command(action, Head, ConcludedOn) with { Reason = "违法事实不成立" }).Code);
    }

    [Fact]
    public void PreserveEvidence_RecordsEachPreservation_SeveralPerCase()
    {
        var c = InStatus(CaseStatus.Investigating);

        Assert.True(Apply(c, Preserve(D(2025, 3, 12))).IsOk);
        Assert.True(Apply(c, Preserve(D(2025, 3, 14), "行车记录仪存储卡一张", D(2025, 3, 13))).IsOk);

        Assert.Equal([(D(2025, 3, 12), "超限货物（钢材）32 吨"), (D(2025, 3, 13), "行车记录仪存储卡一张")], c.Preservations.Select(p => (p.PreservedOn, p.Items)));
        Assert.All(c.Preservations, p => Assert.Equal(HeadOfficer, p.ApprovedBy));
        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Equal(2, c.History.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void PreserveEvidence_WithoutWhatIsPreserved_IsRefusedOnTheField(string? items)
    {
        var refusal = Refused(InStatus(CaseStatus.Investigating), Preserve(D(2025, 3, 12), items));

        Assert.Equal(("required", "preservedItems", RefusalKind.Invalid), (refusal.Code, refusal.Field, refusal.Kind));
    }

    [Fact]
    public void PreserveEvidence_DatedTomorrow_OrBeforeTheViolation_IsRefused()
    {
        Assert.Equal("occurredOn", Refused(InStatus(CaseStatus.Investigating), Preserve(D(2025, 3, 12), preservedOn: D(2025, 3, 13))).Field);
        Assert.Equal("occurredOn", Refused(InStatus(CaseStatus.Investigating), Preserve(D(2025, 3, 12), preservedOn: ViolationOn.AddDays(-1))).Field);
        Assert.True(Apply(InStatus(CaseStatus.Investigating), Preserve(D(2025, 3, 12), preservedOn: ViolationOn)).IsOk);
    }

    [Fact]
    public void DecidePreservedEvidence_WithoutADisposition_IsRefusedOnTheField()
    {
        var refusal = Refused(WithPreservation(D(2025, 3, 19)), DecidePreservation(D(2025, 3, 20), 11, disposition: null));

        Assert.Equal(("required", "disposition"), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void DecidePreservedEvidence_ASecondTime_IsRefused()
    {
        var c = WithPreservation(D(2025, 3, 19), decidedOn: D(2025, 3, 20));

        var refusal = Refused(c, DecidePreservation(D(2025, 3, 21), 11, PreservationDisposition.Confiscation));

        Assert.Equal("case.preservation-decided", refusal.Code);
        Assert.Null(c.Preservations[0].Disposition);
    }

    [Fact]
    public void DecidePreservedEvidence_WithTwoUndecided_NeedsTheOneNamed_AndDecidesOnlyThatOne()
    {
        var c = WithPreservation(D(2025, 3, 19));
        c.Preservations.Add(new EvidencePreservation { Id = 12, CaseId = c.Id, Items = "货物称重单", PreservedOn = D(2025, 3, 20) });

        Assert.Equal("preservationId", Refused(c, DecidePreservation(D(2025, 3, 21))).Field);

        Assert.True(Apply(c, DecidePreservation(D(2025, 3, 21), 12, PreservationDisposition.Examination)).IsOk);
        Assert.Null(c.Preservations.Single(p => p.Id == 11).DecidedOn);
        Assert.Equal(PreservationDisposition.Examination, c.Preservations.Single(p => p.Id == 12).Disposition);
        // One left undecided: it is the one decided without naming it.
        Assert.True(Apply(c, DecidePreservation(D(2025, 3, 21))).IsOk);
        Assert.Equal(D(2025, 3, 21), c.Preservations.Single(p => p.Id == 11).DecidedOn);
    }

    [Fact]
    public void DecidePreservedEvidence_DatedBeforeThePreservation_IsRefused_AndWithNothingToDecide_IsAConflict()
    {
        Assert.Equal("occurredOn", Refused(WithPreservation(D(2025, 3, 19)), DecidePreservation(D(2025, 3, 20), 11) with { OccurredOn = D(2025, 3, 18) }).Field);
        Assert.Equal("case.no-open-preservation", Refused(InStatus(CaseStatus.Investigating), DecidePreservation(D(2025, 3, 20))).Code);
    }

    [Theory]
    [InlineData(2025, 10, 13, ClockState.Met)]
    [InlineData(2025, 10, 14, ClockState.MetLate)]
    public void PreservationClock_SevenWorkingDaysAcrossNationalDay_EndsOnTheThirteenth(int year, int month, int day, ClockState expected)
    {
        // Preserved Fri 2025-09-26; working days after it: Sun 09-28 (make-up), 09-29, 09-30, 10-09, 10-10, Sat 10-11 (make-up), Mon 10-13.
        var c = WithPreservation(D(2025, 9, 26), decidedOn: D(year, month, day));

        var clock = Assert.Single(CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 10, 20)), k => k.Code == "evidence-preservation-1");

        Assert.Equal(D(2025, 10, 13), clock.Due);
        Assert.Equal(expected, clock.State);
        Assert.Contains("第五十六条", clock.Article, StringComparison.Ordinal);
        Assert.Contains("道路运输证一份", clock.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void PreservationClock_UndecidedPastTheSeventhWorkingDay_IsOverdue_AndEachPreservationHasItsOwnClock()
    {
        var c = WithPreservation(D(2025, 9, 26));
        c.Preservations.Add(new EvidencePreservation { Id = 12, CaseId = c.Id, Items = "货物称重单", PreservedOn = D(2025, 10, 13) });

        var clocks = CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 10, 14));

        Assert.Equal(ClockState.Overdue, Assert.Single(clocks, k => k.Code == "evidence-preservation-1").State);
        Assert.Equal(ClockState.Running, Assert.Single(clocks, k => k.Code == "evidence-preservation-2").State);
    }

    [Fact]
    public void SelfCheck_FindsALateDecision_AndRequiresTheEvidenceList()
    {
        var c = WithPreservation(D(2025, 9, 26), decidedOn: D(2025, 10, 14));
        var clocks = CaseClocks.For(c, WorkingDays, CaseRules.Default, D(2025, 10, 20));

        var findings = CaseFileCheck.Findings(c, new HashSet<DocumentKind> { DocumentKind.RegistrationForm }, clocks, (_, _) => Enforcement.Domain.Personnel.EligibilityResult.Yes(new Enforcement.Domain.Personnel.Certificate { Number = "X", Issuer = "Y", RegionCode = "630000" }));

        Assert.Contains(findings, f => f.Contains("先行登记保存处理决定", StringComparison.Ordinal) && f.Contains("超过法定期限", StringComparison.Ordinal));
        Assert.Contains("缺少证据登记保存清单", findings);
        Assert.Contains(DocumentKind.EvidenceList, CaseFileCheck.RequiredDocuments(c));
    }

    [Fact]
    public void SelfCheck_OfACaseWithoutPreservations_DoesNotAskForTheEvidenceList()
    {
        Assert.DoesNotContain(DocumentKind.EvidenceList, CaseFileCheck.RequiredDocuments(InStatus(CaseStatus.Closed)));
    }
}
