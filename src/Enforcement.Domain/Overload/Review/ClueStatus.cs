namespace Enforcement.Domain.Overload.Review;

/// <summary>
/// Where a clue (线索, one de-duplicated violation) stands in its review. The stored violation carries the same names
/// (Data's <c>OverloadViolationStatus</c>), so a status read from the database converts by name.
/// </summary>
public enum ClueStatus
{
    /// <summary>待初审.</summary>
    PendingFirstReview,

    /// <summary>待复审: the first finding awaits a second reviewer.</summary>
    PendingSecondReview,

    /// <summary>有效: may become a case or a notice to the owner.</summary>
    Valid,

    /// <summary>无效, with a reason from <see cref="ClueInvalidReasons"/>.</summary>
    Invalid,

    /// <summary>已立案: turned into a case of the case module.</summary>
    CaseOpened,

    /// <summary>已告知: the registered owner was told and may make a statement online.</summary>
    Notified,
}

/// <summary>What a reviewer asks of a clue.</summary>
public enum ClueAction
{
    /// <summary>认定有效 (初审 or 复审).</summary>
    MarkValid,

    /// <summary>认定无效 (初审, 复审, or after the owner's statement).</summary>
    MarkInvalid,

    /// <summary>转立案.</summary>
    OpenCase,

    /// <summary>告知 the registered owner.</summary>
    Notify,
}

/// <summary>Chinese names of statuses and actions, for refusals, history and screens.</summary>
public static class ClueNames
{
    public static string Name(ClueStatus status) => status switch
    {
        ClueStatus.PendingFirstReview => "待初审",
        ClueStatus.PendingSecondReview => "待复审",
        ClueStatus.Valid => "有效",
        ClueStatus.Invalid => "无效",
        ClueStatus.CaseOpened => "已立案",
        ClueStatus.Notified => "已告知",
        _ => status.ToString(),
    };

    public static string Name(ClueAction action) => action switch
    {
        ClueAction.MarkValid => "认定有效",
        ClueAction.MarkInvalid => "认定无效",
        ClueAction.OpenCase => "转立案",
        ClueAction.Notify => "告知车主",
        _ => action.ToString(),
    };

    /// <summary>The determination's outcome as the trace names it (警告, 罚款, …).</summary>
    public static string Outcome(OverloadOutcome outcome) => DeterminationText.OutcomeName(outcome);
}
