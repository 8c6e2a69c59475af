using Enforcement.Domain.Accounts;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload.Review;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>The clue review table: 初审, optional 复审, 有效/无效 with reasons, 转立案 or 告知 (APL Art 41).</summary>
public sealed class ClueReviewTests
{
    private static readonly ClueActor Officer = new("officer", [Roles.Officer]);
    private static readonly ClueActor SecondOfficer = new("officer2", [Roles.Officer]);
    private static readonly ClueActor Head = new("head", [Roles.Head]);
    private static readonly ClueActor Auxiliary = new("auxiliary", [Roles.Auxiliary]);
    private static readonly ClueActor Supervisor = new("supervisor", [Roles.Supervisor]);
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateTime Now = new(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc);

    private static readonly ClueFacts SmallFine = new(300_000, RecordValid: true, null);
    private static readonly ClueFacts LargeFine = new(2_000_000, RecordValid: true, null);
    private static readonly ClueFacts FromInvalidDevice = new(300_000, RecordValid: false, "设备检定证书在采集日期无效");

    private static ClueContext Context(SecondReviewPolicy? policy = null, ClueNotice? notice = null) => new(policy ?? SecondReviewPolicy.Default, Today, notice);

    private static Result<ClueHistoryRow> Apply(ClueReview review, ClueStatus status, ClueFacts facts, ClueAction action, ClueActor actor,
        string? reason = null, string? note = null, ClueContext? context = null) =>
        ClueLifecycle.Apply(review, status, facts, new ClueCommand(action, actor) { ReasonCode = reason, Note = note }, context ?? Context(), Now);

    [Fact]
    public void FirstReviewValid_BelowThreshold_MakesTheClueValid_AndRecordsTheReviewer()
    {
        var review = new ClueReview { ViolationId = 7 };

        var moved = Apply(review, ClueStatus.PendingFirstReview, SmallFine, ClueAction.MarkValid, Officer, note: "图像清晰");

        Assert.True(moved.IsOk);
        Assert.Equal(ClueStatus.Valid, moved.Value!.To);
        Assert.Equal("officer", review.FirstReviewerUserName);
        Assert.True(review.FirstFindingValid);
        Assert.Equal("图像清晰", Assert.Single(review.History).Note);
    }

    [Fact]
    public void FirstReviewValid_AboveThreshold_GoesToSecondReview()
    {
        var review = new ClueReview();

        var moved = Apply(review, ClueStatus.PendingFirstReview, LargeFine, ClueAction.MarkValid, Officer);

        Assert.Equal(ClueStatus.PendingSecondReview, moved.Value!.To);
    }

    [Theory]
    [InlineData(SecondReviewMode.Always, 100, ClueStatus.PendingSecondReview)]
    [InlineData(SecondReviewMode.Never, 5_000_000, ClueStatus.Valid)]
    [InlineData(SecondReviewMode.AboveThreshold, 1_000_000, ClueStatus.Valid)]
    [InlineData(SecondReviewMode.AboveThreshold, 1_000_001, ClueStatus.PendingSecondReview)]
    public void SecondReview_FollowsTheAgencyPolicy(SecondReviewMode mode, long fineFen, ClueStatus expected)
    {
        var moved = Apply(new ClueReview(), ClueStatus.PendingFirstReview, new ClueFacts(fineFen, true, null), ClueAction.MarkValid, Officer,
            context: Context(new SecondReviewPolicy(mode, 1_000_000)));

        Assert.Equal(expected, moved.Value!.To);
    }

    [Fact]
    public void SecondReview_BySomeoneElse_ConfirmsValid()
    {
        var review = new ClueReview();
        Apply(review, ClueStatus.PendingFirstReview, LargeFine, ClueAction.MarkValid, Officer);

        var moved = Apply(review, ClueStatus.PendingSecondReview, LargeFine, ClueAction.MarkValid, Head);

        Assert.Equal(ClueStatus.Valid, moved.Value!.To);
        Assert.Equal("head", review.SecondReviewerUserName);
        Assert.Equal(2, review.History.Count);
    }

    [Fact]
    public void SecondReview_ByTheFirstReviewer_IsRefused()
    {
        var review = new ClueReview();
        Apply(review, ClueStatus.PendingFirstReview, LargeFine, ClueAction.MarkValid, Officer);

        var refused = Apply(review, ClueStatus.PendingSecondReview, LargeFine, ClueAction.MarkValid, Officer);

        Assert.Equal("clue.same-reviewer", refused.Refusal!.Code);
        Assert.Equal(RefusalKind.Conflict, refused.Refusal.Kind);
    }

    [Fact]
    public void SecondReview_CanOverturnTheFirstFinding_WithAReason()
    {
        var review = new ClueReview();
        Apply(review, ClueStatus.PendingFirstReview, LargeFine, ClueAction.MarkValid, Officer);

        var moved = Apply(review, ClueStatus.PendingSecondReview, LargeFine, ClueAction.MarkInvalid, SecondOfficer, "plate-misread");

        Assert.Equal(ClueStatus.Invalid, moved.Value!.To);
        Assert.Equal("plate-misread", review.InvalidReasonCode);
        Assert.Equal("车牌识别错误", moved.Value.Note);
    }

    [Fact]
    public void Invalid_WithoutAReason_IsRefusedNamingTheField()
    {
        var refused = Apply(new ClueReview(), ClueStatus.PendingFirstReview, SmallFine, ClueAction.MarkInvalid, Officer);

        Assert.Equal("reason", refused.Refusal!.Field);
        Assert.Equal(RefusalKind.Invalid, refused.Refusal.Kind);
    }

    [Fact]
    public void Invalid_WithAReasonNotInTheList_IsRefused()
    {
        var refused = Apply(new ClueReview(), ClueStatus.PendingFirstReview, SmallFine, ClueAction.MarkInvalid, Officer, "不想处理");

        Assert.Equal("clue.reason", refused.Refusal!.Code);
    }

    [Fact]
    public void Invalid_Other_NeedsTheReviewersWords()
    {
        var refused = Apply(new ClueReview(), ClueStatus.PendingFirstReview, SmallFine, ClueAction.MarkInvalid, Officer, ClueInvalidReasons.Other);
        var moved = Apply(new ClueReview(), ClueStatus.PendingFirstReview, SmallFine, ClueAction.MarkInvalid, Officer, ClueInvalidReasons.Other, "救险车辆");

        Assert.Equal("note", refused.Refusal!.Field);
        Assert.Equal(ClueStatus.Invalid, moved.Value!.To);
        Assert.Equal("其他：救险车辆", moved.Value.Note);
    }

    [Fact]
    public void ClueFromAnInvalidDevice_CanNeverBeValid_NorACase()
    {
        var valid = Apply(new ClueReview(), ClueStatus.PendingFirstReview, FromInvalidDevice, ClueAction.MarkValid, Officer);
        var toCase = Apply(new ClueReview(), ClueStatus.Valid, FromInvalidDevice, ClueAction.OpenCase, Officer);
        var invalid = Apply(new ClueReview(), ClueStatus.PendingFirstReview, FromInvalidDevice, ClueAction.MarkInvalid, Officer, "device-fault");

        Assert.Equal("clue.record-invalid", valid.Refusal!.Code);
        Assert.Contains("第四十一条", valid.Refusal.Message);
        Assert.Equal("clue.record-invalid", toCase.Refusal!.Code);
        Assert.True(invalid.IsOk);
    }

    [Theory]
    [InlineData(ClueStatus.PendingFirstReview, ClueAction.OpenCase)]
    [InlineData(ClueStatus.PendingFirstReview, ClueAction.Notify)]
    [InlineData(ClueStatus.PendingSecondReview, ClueAction.OpenCase)]
    [InlineData(ClueStatus.Invalid, ClueAction.MarkValid)]
    [InlineData(ClueStatus.Invalid, ClueAction.OpenCase)]
    [InlineData(ClueStatus.CaseOpened, ClueAction.MarkInvalid)]
    [InlineData(ClueStatus.CaseOpened, ClueAction.OpenCase)]
    [InlineData(ClueStatus.Valid, ClueAction.MarkValid)]
    [InlineData(ClueStatus.Notified, ClueAction.Notify)]
    public void MovesNotInTheTable_AreRefusedAsConflicts(ClueStatus status, ClueAction action)
    {
        var refused = Apply(new ClueReview(), status, SmallFine, action, Officer, "plate-misread");

        Assert.Equal("clue.transition", refused.Refusal!.Code);
        Assert.Equal(RefusalKind.Conflict, refused.Refusal.Kind);
    }

    [Fact]
    public void AuxiliaryAndSupervisor_MoveNothing()
    {
        foreach (var actor in new[] { Auxiliary, Supervisor })
        {
            var refused = Apply(new ClueReview(), ClueStatus.PendingFirstReview, SmallFine, ClueAction.MarkValid, actor);
            Assert.Equal("clue.role", refused.Refusal!.Code);
            Assert.Empty(ClueLifecycle.ActionsFor(ClueStatus.PendingFirstReview, actor.Roles));
        }
    }

    [Fact]
    public void Head_DoesTheSecondReview_ButNotTheFirst()
    {
        Assert.Equal("clue.role", Apply(new ClueReview(), ClueStatus.PendingFirstReview, SmallFine, ClueAction.MarkValid, Head).Refusal!.Code);
        Assert.Contains(ClueAction.MarkValid, ClueLifecycle.ActionsFor(ClueStatus.PendingSecondReview, Head.Roles));
    }

    [Fact]
    public void Valid_CanBeNotified_OrTurnedIntoACase()
    {
        Assert.Equal(ClueStatus.Notified, Apply(new ClueReview(), ClueStatus.Valid, SmallFine, ClueAction.Notify, Officer).Value!.To);
        Assert.Equal(ClueStatus.CaseOpened, Apply(new ClueReview(), ClueStatus.Valid, SmallFine, ClueAction.OpenCase, Officer).Value!.To);
    }

    [Theory]
    [InlineData("2026-03-10", ClueStatementKind.None, false)]
    [InlineData("2026-03-09", ClueStatementKind.None, true)]
    [InlineData("2026-03-20", ClueStatementKind.Statement, true)]
    [InlineData("2026-03-20", ClueStatementKind.Accepted, true)]
    public void AfterANotice_ACaseWaitsForTheOwnerOrTheEndOfThePeriod(string dueOn, ClueStatementKind answer, bool allowed)
    {
        var notice = new ClueNotice { TokenSha256 = "x", IssuedByUserName = "officer", StatementDueOn = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture), StatementKind = answer };

        var moved = Apply(new ClueReview(), ClueStatus.Notified, SmallFine, ClueAction.OpenCase, Officer, context: Context(notice: notice));

        Assert.Equal(allowed, moved.IsOk);
        if (!allowed) Assert.Equal("clue.statement-period", moved.Refusal!.Code);
    }

    [Fact]
    public void AfterANotice_AStatementThatHolds_MakesTheClueInvalid()
    {
        var moved = Apply(new ClueReview(), ClueStatus.Notified, SmallFine, ClueAction.MarkInvalid, Officer, "statement-accepted");

        Assert.Equal(ClueStatus.Invalid, moved.Value!.To);
    }

    [Fact]
    public void StatementPeriod_IsAConfigurableWorkingDayRule()
    {
        Assert.True(ClueStatementPeriod.Default.IsConfigurableDefault);
        Assert.Equal(Enforcement.Domain.Calendar.PeriodUnit.WorkingDays, ClueStatementPeriod.Default.Unit);
        Assert.Equal(10, ClueStatementPeriod.WithDays(10).Count);
    }
}
