using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;

namespace Enforcement.Domain.Tests.Cases.Documents;

public class CaseFileOrderTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static CaseFileItem Doc(DocumentKind kind, DateOnly on, int pages = 1, int id = 1) =>
        new(CaseFileOrder.StageOf(kind), on, CaseFileOrder.Rank(kind), CaseFileItemKind.Document, id, DocumentRules.Name(kind), null, pages);

    [Fact]
    public void Stages_FollowTheFileReviewOrder_RegistrationInvestigationReviewDecisionServiceExecution()
    {
        var names = Enum.GetValues<CaseFileStage>().Order().Select(CaseFileOrder.Name).ToList();

        Assert.Equal(["立案", "调查取证", "审查", "告知、听证", "决定", "送达", "执行", "结案"], names);
    }

    [Fact]
    public void EveryDocumentKind_HasAStage_ExceptTheCaseFileItself()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.CaseFile)) Assert.True(Enum.IsDefined(CaseFileOrder.StageOf(kind)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseFileOrder.StageOf(DocumentKind.CaseFile));
        Assert.Equal(CaseFileStage.Investigation, CaseFileOrder.EvidenceStage);
    }

    [Fact]
    public void Number_PutsStageBeforeDate_SoAReceiptMadeEarlyStillFollowsTheDecision()
    {
        var receipt = Doc(DocumentKind.ServiceReceipt, Day.AddDays(20), id: 5);
        var decision = Doc(DocumentKind.PenaltyDecision, Day.AddDays(30), pages: 2, id: 6);
        var registration = Doc(DocumentKind.RegistrationForm, Day, id: 1);
        var review = new CaseFileItem(CaseFileStage.Review, Day.AddDays(25), 0, CaseFileItemKind.Review, 3, "法制审核记录", null, 1);
        var evidence = new CaseFileItem(CaseFileOrder.EvidenceStage, Day.AddDays(2), CaseFileOrder.EvidenceRank, CaseFileItemKind.Evidence, 9, "行驶证复印件", null, 1);
        var siteRecord = Doc(DocumentKind.SiteRecord, Day.AddDays(2), id: 2);
        var notice = Doc(DocumentKind.ViolationNotice, Day.AddDays(26), id: 4);

        var lines = CaseFileOrder.Number([receipt, decision, notice, evidence, review, siteRecord, registration]);

        Assert.Equal([registration, siteRecord, evidence, review, notice, decision, receipt], lines.Select(l => l.Item));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], lines.Select(l => l.Sequence));
        Assert.Equal([1, 2, 3, 4, 5, 6, 8], lines.Select(l => l.FirstPage));
        Assert.Equal("6–7", lines[5].PageRange);
        Assert.Equal("8", lines[6].PageRange);
    }

    [Fact]
    public void Number_StartsAtPageOne_BecauseCoverCatalogueAndNotesAreNotNumbered()
    {
        var lines = CaseFileOrder.Number([Doc(DocumentKind.OnTheSpotDecision, Day, pages: 3)]);

        Assert.Equal(1, Assert.Single(lines).FirstPage);
        Assert.Equal(3, lines[0].LastPage);
    }

    [Fact]
    public void Number_RefusesAnItemWithoutPages()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseFileOrder.Number([Doc(DocumentKind.RegistrationForm, Day, pages: 0)]));
    }

    [Fact]
    public void ReviewRecords_AreTheLegalReviewOutcomesAndTheCollectiveDiscussion()
    {
        var review = Enum.GetValues<CaseAction>().Where(CaseFileOrder.IsReviewRecord).ToList();

        Assert.Equal([CaseAction.PassLegalReview, CaseAction.ReturnFromLegalReview, CaseAction.RecordCollectiveDiscussion], review);
    }
}
