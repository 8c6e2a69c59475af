using Enforcement.Domain.Accounts;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Overload.Review;

/// <summary>A condition a clue's move must meet, with the article that imposes it. Returns null when met.</summary>
public sealed record ClueGuard(string Code, Func<ClueReview, ClueFacts, ClueCommand, ClueContext, Refusal?> Check);

/// <summary>
/// One allowed move of a clue: from a status, by an action, to a status; who may ask; what must hold; and, where two
/// rows share status and action, <see cref="When"/> picks the row (a first finding goes to 复审 when the policy asks).
/// </summary>
public sealed record ClueTransition(
    ClueStatus From,
    ClueAction Action,
    ClueStatus To,
    IReadOnlyList<string> Roles,
    IReadOnlyList<ClueGuard> Guards,
    Func<ClueFacts, ClueContext, bool>? When = null,
    Action<ClueReview, ClueCommand, DateTime>? Record = null);

/// <summary>The guards of the clue review, one per rule. 409 for an unlawful move, 400 for a missing fact.</summary>
public static class ClueGuards
{
    private static Refusal Unlawful(string code, string message) => new($"clue.{code}", null, message, RefusalKind.Conflict);

    /// <summary>
    /// Only a record from a device valid on its capture date (certificate, legal and technical review, enforcement
    /// started) that meets every validity rule may be used as evidence (APL Art 41 ¶2; 计量法 Art 9).
    /// </summary>
    public static readonly ClueGuard RecordValid = new("record-valid",
        (_, facts, _, _) => facts.RecordValid
            ? null
            : Unlawful("record-invalid", $"该线索的称重记录不能作为证据（{facts.InvalidWhy}），不能认定有效或立案（《行政处罚法》第四十一条第二款、《计量法》第九条）"));

    public static readonly ClueGuard ReasonGiven = new("reason",
        (_, _, cmd, _) => ClueInvalidReasons.Check(cmd.ReasonCode, cmd.Note));

    /// <summary>复审 is a second person's check: the first reviewer cannot confirm their own finding.</summary>
    public static readonly ClueGuard NotFirstReviewer = new("second-reviewer",
        (review, _, cmd, _) => string.Equals(review.FirstReviewerUserName, cmd.Actor.UserName, StringComparison.OrdinalIgnoreCase)
            ? Unlawful("same-reviewer", "复审须由初审以外的人员进行")
            : null);

    /// <summary>After a 告知 the owner is heard first: a case only once the owner answered or the period has run (APL Art 41 ¶3).</summary>
    public static readonly ClueGuard OwnerHeard = new("owner-heard",
        (_, _, _, ctx) => ctx.Notice is { } notice && !notice.Answered && ctx.Today <= notice.StatementDueOn
            ? Unlawful("statement-period", $"已告知车主，陈述申辩期限至 {notice.StatementDueOn:yyyy-MM-dd} 届满，此前未收到陈述申辩的不得转立案（《行政处罚法》第四十一条第三款）")
            : null);

    public static readonly ClueGuard NoteFits = new("note",
        (_, _, cmd, _) => cmd.Note?.Trim().Length > ClueReview.NoteMaxLength
            ? new Refusal("too-long", "note", $"说明不能超过 {ClueReview.NoteMaxLength} 个字")
            : null);
}

/// <summary>
/// Every allowed move of a clue, in one table (APL Art 41; PRODUCT §5). A move not listed here is refused. 初审 is an
/// officer's; 复审 an officer's or the head's, never the first reviewer's; auxiliary staff and supervisors see the
/// queue but move nothing (RULES §10).
/// </summary>
public static class ClueTransitions
{
    private static readonly string[] Officer = [Roles.Officer];
    private static readonly string[] OfficerOrHead = [Roles.Officer, Roles.Head];

    private static bool SecondReview(ClueFacts facts, ClueContext ctx) => ctx.Policy.Requires(facts.FineFen);

    private static void First(ClueReview r, ClueCommand cmd, DateTime now, bool valid)
    {
        r.FirstReviewerUserName = cmd.Actor.UserName;
        r.FirstReviewedAtUtc = now;
        r.FirstFindingValid = valid;
        r.InvalidReasonCode = valid ? null : cmd.ReasonCode!.Trim();
        r.Note = string.IsNullOrWhiteSpace(cmd.Note) ? r.Note : cmd.Note.Trim();
    }

    private static void Second(ClueReview r, ClueCommand cmd, DateTime now, bool valid)
    {
        r.SecondReviewerUserName = cmd.Actor.UserName;
        r.SecondReviewedAtUtc = now;
        r.InvalidReasonCode = valid ? null : cmd.ReasonCode!.Trim();
        r.Note = string.IsNullOrWhiteSpace(cmd.Note) ? r.Note : cmd.Note.Trim();
    }

    public static IReadOnlyList<ClueTransition> Table { get; } =
    [
        // 初审 (APL Art 41 ¶2: each record is reviewed before it may be used). To 复审 when the agency's policy asks.
        new(ClueStatus.PendingFirstReview, ClueAction.MarkValid, ClueStatus.PendingSecondReview, Officer, [ClueGuards.NoteFits, ClueGuards.RecordValid], SecondReview,
            (r, cmd, now) => First(r, cmd, now, valid: true)),
        new(ClueStatus.PendingFirstReview, ClueAction.MarkValid, ClueStatus.Valid, Officer, [ClueGuards.NoteFits, ClueGuards.RecordValid], null,
            (r, cmd, now) => First(r, cmd, now, valid: true)),
        new(ClueStatus.PendingFirstReview, ClueAction.MarkInvalid, ClueStatus.PendingSecondReview, Officer, [ClueGuards.NoteFits, ClueGuards.ReasonGiven], SecondReview,
            (r, cmd, now) => First(r, cmd, now, valid: false)),
        new(ClueStatus.PendingFirstReview, ClueAction.MarkInvalid, ClueStatus.Invalid, Officer, [ClueGuards.NoteFits, ClueGuards.ReasonGiven], null,
            (r, cmd, now) => First(r, cmd, now, valid: false)),

        // 复审: a second person confirms or overturns the first finding.
        new(ClueStatus.PendingSecondReview, ClueAction.MarkValid, ClueStatus.Valid, OfficerOrHead, [ClueGuards.NoteFits, ClueGuards.NotFirstReviewer, ClueGuards.RecordValid], null,
            (r, cmd, now) => Second(r, cmd, now, valid: true)),
        new(ClueStatus.PendingSecondReview, ClueAction.MarkInvalid, ClueStatus.Invalid, OfficerOrHead, [ClueGuards.NoteFits, ClueGuards.NotFirstReviewer, ClueGuards.ReasonGiven], null,
            (r, cmd, now) => Second(r, cmd, now, valid: false)),

        // 转立案 (the case module takes over, APL Art 54) or 告知 to the registered owner first (APL Art 41 ¶3).
        new(ClueStatus.Valid, ClueAction.OpenCase, ClueStatus.CaseOpened, Officer, [ClueGuards.RecordValid]),
        new(ClueStatus.Valid, ClueAction.Notify, ClueStatus.Notified, Officer, [ClueGuards.RecordValid]),
        new(ClueStatus.Notified, ClueAction.OpenCase, ClueStatus.CaseOpened, Officer, [ClueGuards.RecordValid, ClueGuards.OwnerHeard]),

        // The owner's statement holds (APL Art 45: the agency must accept facts, reasons and evidence that hold).
        new(ClueStatus.Notified, ClueAction.MarkInvalid, ClueStatus.Invalid, OfficerOrHead, [ClueGuards.NoteFits, ClueGuards.ReasonGiven], null,
            (r, cmd, _) => { r.InvalidReasonCode = cmd.ReasonCode!.Trim(); r.Note = string.IsNullOrWhiteSpace(cmd.Note) ? r.Note : cmd.Note.Trim(); }),
    ];
}
