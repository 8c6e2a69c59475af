using Enforcement.Domain.Cases.Execution;
using Enforcement.Domain.Catalog;

namespace Enforcement.Domain.Cases;

/// <summary>Who asks for a move: the account, the officer record behind it (if any) and the account's roles.</summary>
public sealed record CaseActor(string UserName, int? OfficerId, IReadOnlyCollection<string> Roles);

/// <summary>
/// A request to move a case, with the facts that move records. Only the fields the action needs are read; the
/// table says which (a missing one is refused with the field named).
/// </summary>
public sealed record CaseCommand(CaseAction Action, CaseActor Actor, DateOnly On)
{
    public IReadOnlyList<int>? HandlerIds { get; init; }
    public string? Number { get; init; }
    public PenaltyKinds? Kinds { get; init; }
    public long? FineFen { get; init; }
    public long? RecommendedMinFen { get; init; }
    public long? RecommendedMaxFen { get; init; }
    public bool? HearingRight { get; init; }
    public bool? LegalReviewRequired { get; init; }
    public bool? CollectiveDiscussionRequired { get; init; }
    public DateOnly? ServedOn { get; init; }
    public ServiceMethod? ServiceMethod { get; init; }
    public bool? ElectronicConsent { get; init; }
    public DateOnly? HearingNoticeOn { get; init; }
    public DateOnly? HearingOn { get; init; }
    public string? Reason { get; init; }
    public string? Note { get; init; }

    /// <summary>The day the recorded event happened when it is not the day of the move (a payment, a preservation, an application, an outcome).</summary>
    public DateOnly? OccurredOn { get; init; }

    /// <summary>先行登记保存: what is preserved; the preservation a 处理决定 concerns and what it decides.</summary>
    public string? PreservedItems { get; init; }
    public int? PreservationId { get; init; }
    public PreservationDisposition? Disposition { get; init; }

    /// <summary>Days by which the head extends the decision period (APL Art 60).</summary>
    public int? ExtensionDays { get; init; }

    /// <summary>A payment's amount (fen) and reference.</summary>
    public long? AmountFen { get; init; }
    public string? Reference { get; init; }

    /// <summary>An approved deferral (one date) or instalment plan.</summary>
    public IReadOnlyList<InstalmentInput>? Instalments { get; init; }

    public RemedyKind? RemedyKind { get; init; }

    /// <summary>The kind of period not counted in the decision period that starts or ends.</summary>
    public CasePauseKind? PauseKind { get; init; }

    /// <summary>The event's day: <see cref="OccurredOn"/>, or the day of the move.</summary>
    public DateOnly EventOn => OccurredOn ?? On;
}
