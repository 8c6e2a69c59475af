using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Tests.Cases.Documents;

public class DocumentRulesTests
{
    private static EnforcementCase Case(CaseStatus status, CaseProcedure procedure = CaseProcedure.General) => new()
    {
        Title = "未取得道路运输经营许可擅自从事货运",
        ItemCode = "DL-YZ-001",
        RegionCode = "632521",
        Status = status,
        Procedure = procedure,
    };

    [Fact]
    public void EveryKindButTheCaseFile_HasOneRule_WithAName_AndSomeStatusesWhereItFits()
    {
        Assert.DoesNotContain(DocumentRules.All, r => r.Kind == DocumentKind.CaseFile);
        Assert.Equal("电子案卷", DocumentRules.Name(DocumentKind.CaseFile));
        foreach (var kind in Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.CaseFile))
        {
            var rule = Assert.Single(DocumentRules.All, r => r.Kind == kind);
            Assert.False(string.IsNullOrWhiteSpace(rule.Name));
            Assert.NotEmpty(rule.Statuses);
        }
    }

    [Fact]
    public void ArchivedFile_TakesNoNewDocument()
    {
        Assert.All(DocumentRules.All, r => Assert.DoesNotContain(CaseStatus.Archived, r.Statuses));
    }

    [Fact]
    public void PenaltyDecision_BeforeTheDecision_IsRefusedWith409NamingTheStatus()
    {
        var refusal = DocumentRules.Check(Case(CaseStatus.Investigating), DocumentKind.PenaltyDecision);

        Assert.NotNull(refusal);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.Equal("document.status", refusal.Code);
        Assert.Contains("调查取证", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("已决定", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PenaltyDecision_OnceDecided_IsAllowed_ButNotForACaseDecidedWithoutPenalty()
    {
        var decided = Case(CaseStatus.Decided);
        decided.DecidedKinds = PenaltyKinds.Fine;
        Assert.Null(DocumentRules.Check(decided, DocumentKind.PenaltyDecision));

        var noPenalty = Case(CaseStatus.Served);
        noPenalty.DecidedOn = new DateOnly(2026, 5, 6);
        Assert.Equal("document.needs", DocumentRules.Check(noPenalty, DocumentKind.PenaltyDecision)?.Code);
        Assert.Null(DocumentRules.Check(noPenalty, DocumentKind.NoPenaltyDecision));
    }

    [Fact]
    public void ViolationNotice_OnceNotified()
    {
        var notified = Case(CaseStatus.Notified);
        notified.NoticeServedOn = new DateOnly(2026, 4, 7);
        Assert.Null(DocumentRules.Check(notified, DocumentKind.ViolationNotice));
        Assert.NotNull(DocumentRules.Check(Case(CaseStatus.InvestigationConcluded), DocumentKind.ViolationNotice));
    }

    [Fact]
    public void OnTheSpotDecision_OnlyInTheSummaryProcedure_AndGeneralDocumentsNotThere()
    {
        var spot = Case(CaseStatus.OnTheSpotDecided, CaseProcedure.Summary);
        spot.DecidedKinds = PenaltyKinds.Warning;
        Assert.Null(DocumentRules.Check(spot, DocumentKind.OnTheSpotDecision));
        Assert.Equal("document.procedure", DocumentRules.Check(Case(CaseStatus.Decided), DocumentKind.OnTheSpotDecision)?.Code);
        Assert.Equal([DocumentKind.OnTheSpotDecision], DocumentRules.Allowed(spot).Select(r => r.Kind));
    }

    [Fact]
    public void RegistrationForm_FromSubmissionOn()
    {
        Assert.NotNull(DocumentRules.Check(Case(CaseStatus.Clue), DocumentKind.RegistrationForm));
        Assert.Null(DocumentRules.Check(Case(CaseStatus.RegistrationPending), DocumentKind.RegistrationForm));
        Assert.Null(DocumentRules.Check(Case(CaseStatus.Investigating), DocumentKind.RegistrationForm));
    }

    [Fact]
    public void Decisions_AndNotices_CarryTheirOwnNumbers_RecordsDoNot()
    {
        Assert.Equal(NumberSeries.PenaltyDecision, DocumentRules.For(DocumentKind.PenaltyDecision).Series);
        Assert.Equal(NumberSeries.ViolationNotice, DocumentRules.For(DocumentKind.ViolationNotice).Series);
        Assert.Null(DocumentRules.For(DocumentKind.InquiryRecord).Series);
        Assert.Null(DocumentRules.For(DocumentKind.RegistrationForm).Series);
        Assert.DoesNotContain(DocumentRules.All, r => r.Series == NumberSeries.Case);
    }

    [Theory]
    [InlineData(DocumentKind.PenaltyDecision, CaseStatus.Decided)]
    [InlineData(DocumentKind.RegistrationForm, CaseStatus.Investigating)]
    [InlineData(DocumentKind.ServiceReceipt, CaseStatus.Served)]
    [InlineData(DocumentKind.ClosingReport, CaseStatus.Closed)]
    public void DocumentNamingTheParty_WithoutALinkedParty_Is400OnPartyId(DocumentKind kind, CaseStatus status)
    {
        var refusal = DocumentRules.CheckParty(Case(status), kind);

        Assert.NotNull(refusal);
        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Equal("partyId", refusal.Field);
        Assert.Contains(DocumentRules.Name(kind), refusal.Message, StringComparison.Ordinal);
        var linked = Case(status);
        linked.PartyId = 4;
        Assert.Null(DocumentRules.CheckParty(linked, kind));
    }

    [Theory]
    [InlineData(DocumentKind.SiteRecord)]
    [InlineData(DocumentKind.InquiryRecord)]
    [InlineData(DocumentKind.EvidenceList)]
    public void RecordsMadeBeforeThePartyIsKnown_NeedNoLinkedParty(DocumentKind kind)
    {
        Assert.Null(DocumentRules.CheckParty(Case(CaseStatus.Investigating), kind));
    }

    [Fact]
    public void FullIdentifier_OnlyInTheDocumentsAddressedToTheParty()
    {
        DocumentKind[] addressed =
        [
            DocumentKind.ViolationNotice, DocumentKind.HearingNotice, DocumentKind.PenaltyDecision, DocumentKind.OnTheSpotDecision,
            DocumentKind.NoPenaltyDecision, DocumentKind.Reminder,
        ];

        Assert.Equal(addressed.Order(), DocumentRules.All.Where(r => r.AddressedToParty).Select(r => r.Kind).Order());
    }
}
