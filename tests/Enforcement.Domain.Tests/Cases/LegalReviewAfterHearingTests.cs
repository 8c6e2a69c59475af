using Enforcement.Domain.Accounts;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Catalog;

using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>After a hearing the decision needs a 法制审核 passed after it (APL Art 58 ¶1(二)).</summary>
public sealed class LegalReviewAfterHearingTests
{
    // The hearing was held Mon 2025-04-28 (notice 04-16); the decision is due by 06-09.
    private static EnforcementCase Heard()
    {
        var c = InStatus(CaseStatus.Hearing);
        Assert.True(Apply(c, Command(CaseAction.RecordHearing, Officer, D(2025, 4, 28)) with { HearingNoticeOn = D(2025, 4, 16), HearingOn = D(2025, 4, 28) }).IsOk);
        Assert.Equal(CaseStatus.DecisionPending, c.Status);
        return c;
    }

    private static CaseCommand Decide(DateOnly on) => Command(CaseAction.Decide, Head, on) with { Kinds = PenaltyKinds.Fine, FineFen = DecidedFineFen };

    [Fact]
    public void Decide_AfterAHearing_WithoutAReview_IsRefusedCitingArticle58()
    {
        var c = Heard();

        var refused = Apply(c, Decide(DecidedOn));

        Assert.Equal("case.legal-review-after-hearing", refused.Refusal?.Code);
        Assert.Contains("2025-04-28", refused.Refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("第五十八条第一款第（二）项", refused.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.DecisionPending, c.Status);
    }

    [Fact]
    public void Decide_AfterAHearing_WithOnlyAReviewPassedBeforeIt_IsRefused()
    {
        var c = Heard();
        c.LegalReviewRequired = true;
        c.LegalReviewPassedOn = D(2025, 4, 3);

        Assert.Equal("case.legal-review-after-hearing", Apply(c, Decide(DecidedOn)).Refusal?.Code);
    }

    [Fact]
    public void DecideNoPenalty_AfterAHearing_WithoutAReview_IsRefusedToo()
    {
        var c = Heard();

        Assert.Equal("case.legal-review-after-hearing", Apply(c, Command(CaseAction.DecideNoPenalty, Head, DecidedOn) with { Reason = "违法行为轻微" }).Refusal?.Code);
    }

    [Fact]
    public void HeardCase_GoesToTheReviewer_AndBackToTheHead_WhoMayThenDecide()
    {
        var c = Heard();

        Assert.True(Apply(c, Command(CaseAction.SubmitLegalReview, Officer, D(2025, 4, 29))).IsOk);
        Assert.Equal(CaseStatus.LegalReviewBeforeDecision, c.Status);
        Assert.True(Apply(c, Command(CaseAction.PassLegalReview, Reviewer, D(2025, 4, 30))).IsOk);
        Assert.Equal(CaseStatus.DecisionPending, c.Status);
        Assert.Equal(D(2025, 4, 30), c.LegalReviewPassedOn);
        Assert.Equal(ReviewerOfficer, c.LegalReviewerId);

        var decided = Apply(c, Decide(DecidedOn));

        Assert.True(decided.IsOk, decided.Refusal?.Message);
        Assert.Equal(
            [CaseAction.RecordHearing, CaseAction.SubmitLegalReview, CaseAction.PassLegalReview, CaseAction.Decide],
            c.History.Select(h => h.Action));
    }

    [Fact]
    public void AReviewPassedOnTheHearingDay_Counts()
    {
        var c = Heard();
        c.LegalReviewPassedOn = D(2025, 4, 28);

        Assert.True(Apply(c, Decide(DecidedOn)).IsOk);
    }

    [Fact]
    public void ReviewBeforeDecision_ByAReviewerWhoHandlesTheCase_OrWithoutTheQualification_IsRefused()
    {
        var handlerReviewer = new CaseActor("zhangjianguo", Officer1, [Roles.LegalReviewer]);
        var unqualified = new CaseActor("liming", Officer3, [Roles.LegalReviewer]);

        Assert.Equal("case.reviewer-is-handler", Apply(InStatus(CaseStatus.LegalReviewBeforeDecision), Command(CaseAction.PassLegalReview, handlerReviewer, D(2025, 4, 30))).Refusal?.Code);
        Assert.Equal("case.reviewer", Apply(InStatus(CaseStatus.LegalReviewBeforeDecision), Command(CaseAction.PassLegalReview, unqualified, D(2025, 4, 30))).Refusal?.Code);
    }

    [Fact]
    public void ReviewBeforeDecision_Returned_GoesBackToTheInvestigation_WithoutAPass()
    {
        var c = InStatus(CaseStatus.LegalReviewBeforeDecision);
        c.LegalReviewPassedOn = D(2025, 4, 3);

        Assert.True(Apply(c, Command(CaseAction.ReturnFromLegalReview, Reviewer, D(2025, 4, 30)) with { Reason = "听证中当事人提出新证据，需补充调查" }).IsOk);

        Assert.Equal(CaseStatus.Investigating, c.Status);
        Assert.Null(c.LegalReviewPassedOn);
    }

    [Fact]
    public void SelfCheck_FindsAHeardCaseDecidedWithoutAReviewAfterTheHearing()
    {
        var c = InStatus(CaseStatus.Closed);
        c.HearingOn = D(2025, 4, 28);
        c.LegalReviewPassedOn = D(2025, 4, 3);
        Func<int, DateOnly, Enforcement.Domain.Personnel.EligibilityResult> eligible = (_, _) => Enforcement.Domain.Personnel.EligibilityResult.Yes(new Enforcement.Domain.Personnel.Certificate { Number = "X", Issuer = "Y", RegionCode = "630000" });

        var findings = CaseFileCheck.Findings(c, CaseFileCheck.RequiredDocuments(c).ToHashSet(), [], eligible);
        c.LegalReviewPassedOn = D(2025, 4, 30);
        var afterReview = CaseFileCheck.Findings(c, CaseFileCheck.RequiredDocuments(c).ToHashSet(), [], eligible);

        Assert.Contains(findings, f => f.Contains("听证后未经法制审核", StringComparison.Ordinal));
        Assert.DoesNotContain(afterReview, f => f.Contains("听证后未经法制审核", StringComparison.Ordinal));
        Assert.Contains(DocumentKind.HearingNotice, CaseFileCheck.RequiredDocuments(c));
    }
}
