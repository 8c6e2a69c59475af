using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Overload.Review;

/// <summary>Who asks: the account and its roles.</summary>
public sealed record ClueActor(string UserName, IReadOnlyCollection<string> Roles);

/// <summary>A request to move a clue, with the reason (for an invalid finding) and the reviewer's note.</summary>
public sealed record ClueCommand(ClueAction Action, ClueActor Actor)
{
    public string? ReasonCode { get; init; }
    public string? Note { get; init; }
}

/// <summary>What the clue's guards read about its violation (as stored by the ingest).</summary>
/// <param name="FineFen">The determined fine of the governing record (0 for a warning).</param>
/// <param name="RecordValid">The governing record came from a device valid on its capture date and met every validity rule.</param>
/// <param name="InvalidWhy">Why not, in Chinese, when <paramref name="RecordValid"/> is false.</param>
public sealed record ClueFacts(long FineFen, bool RecordValid, string? InvalidWhy);

/// <summary>The agency's 复审 policy, today, and the open notice (if any).</summary>
public sealed record ClueContext(SecondReviewPolicy Policy, DateOnly Today, ClueNotice? Notice);

/// <summary>The owner's statement period after a 告知 (APL Art 41 ¶3). The law fixes no number of days: configurable default.</summary>
public static class ClueStatementPeriod
{
    public static PeriodRule Default { get; } = new(
        "non-site-statement", 5, PeriodUnit.WorkingDays, "《行政处罚法》第四十一条第三款",
        isConfigurableDefault: true,
        note: "The law asks for prompt notice and easy online statement, without a number of days; 5 working days is a default for configuration to override.");

    public static PeriodRule WithDays(int workingDays) => workingDays == Default.Count
        ? Default
        : new("non-site-statement", workingDays, PeriodUnit.WorkingDays, Default.Article, isConfigurableDefault: true, note: Default.Note);
}
