using System.Text.Json;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Review;

namespace Enforcement.Web.Features.Clues;

/// <summary>One clue in the queue: enough to pick it, with the Art 66 repeat flag.</summary>
public sealed record ClueSummaryView(
    long Id, ClueStatus Status, string StatusName, string Plate, string PlateColour, string RouteCode, string? StationName, DateTime FirstCapturedAtUtc,
    int HitCount, int GrossKg, int EffectiveOverKg, OverloadOutcome Outcome, string OutcomeName, decimal FineYuan, bool HundredTonKing,
    int RepeatCount, bool RepeatFlagged, int Version);

/// <summary>A page of the queue.</summary>
public sealed record ClueListView(IReadOnlyList<ClueSummaryView> Items, int Total, int Page, int PageSize);

/// <summary>An image of a record: the reference as delivered, its SHA-256, and where the platform serves it (if it can).</summary>
public sealed record ClueImageView(string Reference, string Sha256, string? Url);

/// <summary>One step of the determination trace, as stored.</summary>
public sealed record ClueTraceStepView(string Kind, string Text, string? Provision, bool? Held);

/// <summary>One weighing of the trip (a hit), with its figures and images.</summary>
public sealed record ClueHitView(
    string DeviceCode, string RecordId, DateTime CapturedAtUtc, bool Governing, int Lane, int AxleCount, string? ConfigurationCode, int GrossKg,
    IReadOnlyList<int> AxleKg, decimal? SpeedKmh, int? LimitKg, int MeasuredOverKg, int ToleranceKg, int EffectiveOverKg, decimal OverLimitRatePercent,
    OverloadOutcome Outcome, string OutcomeName, decimal FineYuan, bool HundredTonKing, string? RuleVersion, IReadOnlyList<ClueImageView> Images,
    IReadOnlyList<ClueTraceStepView> Trace);

/// <summary>The station and the governing device with the certificate valid on the capture date.</summary>
public sealed record ClueSiteView(string? StationCode, string? StationName, string RouteCode, string? Stake, string? Direction, string DeviceCode,
    string? CertificateNumber, string? CertificateIssuer, DateOnly? CertificateValidTo);

public sealed record ClueHistoryView(string From, string To, string Action, string Actor, DateTime AtUtc, string? Note);

/// <summary>A 告知 and what the owner submitted through the public page.</summary>
public sealed record ClueNoticeView(long Id, string? RecipientName, DateTime IssuedAtUtc, string IssuedBy, DateOnly StatementDueOn,
    ClueStatementKind StatementKind, string? StatementText, string? StatementContact, DateTime? StatementAtUtc);

/// <summary>Everything the reviewer sees of one clue; <see cref="Actions"/> are the moves open to the caller.</summary>
public sealed record ClueView(
    long Id, ClueStatus Status, string StatusName, int Version, string Plate, string PlateColour, ClueSiteView Site, DateTime FirstCapturedAtUtc,
    DateTime LastCapturedAtUtc, int HitCount, int GrossKg, int EffectiveOverKg, OverloadOutcome Outcome, string OutcomeName, decimal FineYuan,
    bool HundredTonKing, bool RecordValid, string? RecordInvalidWhy, int RepeatCount, bool RepeatFlagged, IReadOnlyList<ClueHitView> Hits,
    string? FirstReviewer, bool? FirstFindingValid, string? SecondReviewer, string? InvalidReasonCode, string? InvalidReason, string? Note, int? CaseId,
    IReadOnlyList<ClueHistoryView> History, IReadOnlyList<ClueNoticeView> Notices, IReadOnlyList<ClueAction> Actions, bool SecondReviewRequired);

/// <summary>The answer to a 告知: the notice, and the public link with its token (shown this once, never stored).</summary>
public sealed record ClueNoticeIssuedView(ClueView Clue, long NoticeId, string Token, string PublicPath, DateOnly StatementDueOn);

/// <summary>The answer to 转立案: the case made and its evidence.</summary>
public sealed record ClueCaseView(ClueView Clue, int CaseId, IReadOnlyList<ClueEvidenceView> Evidence);

public sealed record ClueEvidenceView(int Id, string Title, string? FileName, string Sha256, long SizeBytes);

/// <summary>What the owner sees through the public link: the violation, with personal data masked.</summary>
public sealed record PublicStatementView(
    string PlateMasked, string? RecipientMasked, string? StationName, string RouteCode, string? Stake, DateTime CapturedAtUtc, int GrossKg, int? LimitKg,
    int EffectiveOverKg, decimal OverLimitRatePercent, string OutcomeName, decimal FineYuan, IReadOnlyList<string> Provisions, DateOnly StatementDueOn,
    ClueStatementKind StatementKind, DateTime? StatementAtUtc, bool Open, string AgencyName);

internal static class ClueTrace
{
    public static IReadOnlyList<ClueTraceStepView> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("steps", out var steps)) return [];
        return [.. steps.EnumerateArray().Select(s => new ClueTraceStepView(
            s.GetProperty("kind").GetString() ?? "",
            s.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "",
            s.TryGetProperty("provision", out var p) ? p.GetString() : null,
            s.TryGetProperty("held", out var h) ? h.GetBoolean() : null))];
    }
}
