namespace Enforcement.Domain.Overload.Review;

/// <summary>
/// The review file of one clue: the findings, who made them, and where the clue went (a case or a notice). The clue's
/// status itself stays on the violation (the queue filters on it); <see cref="ClueLifecycle"/> moves both together.
/// </summary>
public sealed class ClueReview
{
    /// <summary>The violation (clue) reviewed; one review file per clue.</summary>
    public long ViolationId { get; set; }

    /// <summary>The station's agency: the data scope.</summary>
    public int AgencyId { get; set; }

    public string? FirstReviewerUserName { get; set; }
    public DateTime? FirstReviewedAtUtc { get; set; }

    /// <summary>The 初审 finding: true valid, false invalid, null not yet reviewed.</summary>
    public bool? FirstFindingValid { get; set; }

    public string? SecondReviewerUserName { get; set; }
    public DateTime? SecondReviewedAtUtc { get; set; }

    /// <summary>Code from <see cref="ClueInvalidReasons"/> of the finding that made the clue invalid (or proposed it).</summary>
    public string? InvalidReasonCode { get; set; }

    /// <summary>The reviewers' free text.</summary>
    public string? Note { get; set; }

    /// <summary>The case the clue became (转立案).</summary>
    public int? CaseId { get; set; }

    public List<ClueHistoryRow> History { get; set; } = [];
    public List<ClueNotice> Notices { get; set; } = [];

    public const int NoteMaxLength = 500;
}

/// <summary>One move of a clue: from, to, by whom, when, why. Appended, never changed.</summary>
public sealed class ClueHistoryRow
{
    public long Id { get; set; }
    public long ViolationId { get; set; }
    public ClueStatus From { get; set; }
    public ClueStatus To { get; set; }
    public ClueAction Action { get; set; }
    public required string ActorUserName { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Note { get; set; }
}

/// <summary>What the owner did with the online statement page.</summary>
public enum ClueStatementKind
{
    /// <summary>Nothing yet.</summary>
    None,

    /// <summary>陈述申辩: the owner disputes or explains.</summary>
    Statement,

    /// <summary>The owner accepts the finding and waives statement and defence.</summary>
    Accepted,
}

/// <summary>
/// 告知 to the registered owner (APL Art 41 ¶3: told promptly, with online query, statement and defence made easy).
/// The public link carries a random token shown once; only its SHA-256 is kept. One submission per notice.
/// </summary>
public sealed class ClueNotice
{
    public long Id { get; set; }
    public long ViolationId { get; set; }
    public int AgencyId { get; set; }

    /// <summary>SHA-256 (hex) of the token in the public link.</summary>
    public required string TokenSha256 { get; set; }

    /// <summary>Who is told, as the reviewer recorded it (registered owner); shown masked on the public page.</summary>
    public string? RecipientName { get; set; }

    public DateTime IssuedAtUtc { get; set; }
    public required string IssuedByUserName { get; set; }

    /// <summary>Last day of the statement period (working days from the notice).</summary>
    public DateOnly StatementDueOn { get; set; }

    public ClueStatementKind StatementKind { get; set; }
    public string? StatementText { get; set; }
    public string? StatementContact { get; set; }
    public DateTime? StatementAtUtc { get; set; }
    public string? StatementClientAddress { get; set; }

    public bool Answered => StatementKind != ClueStatementKind.None;

    /// <summary>Optimistic concurrency: two submissions through the same link cannot both be recorded.</summary>
    public int Version { get; set; }

    public const int RecipientMaxLength = 100;
    public const int StatementMaxLength = 2000;
    public const int ContactMaxLength = 100;
}
