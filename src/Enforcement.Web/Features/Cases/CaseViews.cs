using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;

namespace Enforcement.Web.Features.Cases;

internal sealed record CaseSummaryView(int Id, string? Number, string Title, CaseProcedure Procedure, CaseStatus Status, string StatusName,
    string ItemCode, int AgencyId, DateOnly ViolationOn, DateOnly? RegisteredOn, int Version);

internal sealed record CaseHistoryView(CaseStatus From, CaseStatus To, string Action, string Actor, DateOnly On, DateTime AtUtc, string? Note);

internal sealed record AllowedMove(CaseAction Action, string Name, IReadOnlyList<string> Roles);

internal sealed record CaseView(
    int Id, string? Number, string Title, CaseProcedure Procedure, CaseStatus Status, string StatusName, CaseSource Source,
    string ItemCode, int? ItemVersion, PartyKind PartyKind, string RegionCode, int AgencyId, DateOnly ViolationOn, DateOnly? ViolationEndedOn,
    IReadOnlyList<int> HandlerIds, DateOnly? RegisteredOn, DateOnly? NoticeServedOn, PenaltyKinds ProposedKinds, long? ProposedFineFen,
    bool HearingRight, DateOnly? DecidedOn, PenaltyKinds DecidedKinds, long? DecidedFineFen, string? DeviationReason, DateOnly? ServedOn,
    DateOnly? PaidOn, DateOnly? ClosedOn, DateOnly? ArchivedOn, string? OutcomeReason, int Version, int? PartyId, int? VehicleId,
    string? BenchmarkId, int? BenchmarkVersion, bool DeviationFlagged,
    IReadOnlyList<CaseHistoryView> History, IReadOnlyList<AllowedMove> AllowedMoves, IReadOnlyList<CaseClock> Clocks,
    int DecisionExtensionDays, DateOnly? HearingOn, DateOnly? LegalReviewPassedOn, IReadOnlyList<PreservationView> Preservations, ExecutionView? Execution,
    IReadOnlyList<PauseView> Pauses)
{
    public static CaseView From(EnforcementCase c, IReadOnlyList<CaseClock> clocks, ExecutionView? execution, DecisionDeadline? decision) => new(
        c.Id, c.Number, c.Title, c.Procedure, c.Status, CaseStatusNames.Name(c.Status), c.Source, c.ItemCode, c.ItemVersion, c.PartyKind,
        c.RegionCode, c.AgencyId, c.ViolationOn, c.ViolationEndedOn, c.HandlerIds, c.RegisteredOn, c.NoticeServedOn, c.ProposedKinds,
        c.ProposedFineFen, c.HearingRight, c.DecidedOn, c.DecidedKinds, c.DecidedFineFen, c.DeviationReason, c.ServedOn, c.PaidOn, c.ClosedOn,
        c.ArchivedOn, c.OutcomeReason, c.Version, c.PartyId, c.VehicleId, c.BenchmarkId, c.BenchmarkVersion, c.DeviationFlagged,
        [.. c.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new CaseHistoryView(h.From, h.To, CaseStatusNames.Name(h.Action), h.ActorUserName, h.On, h.AtUtc, h.Note))],
        [.. CaseTransitions.From(c.Status).Select(t => new AllowedMove(t.Action, CaseStatusNames.Name(t.Action), t.Roles))], clocks,
        c.DecisionExtensionDays, c.HearingOn, c.LegalReviewPassedOn,
        [.. c.Preservations.OrderBy(p => p.PreservedOn).ThenBy(p => p.Id).Select(p => new PreservationView(p.Id, p.Items, p.PreservedOn, p.ApprovedBy, p.DecidedOn,
            p.Disposition, p.Disposition is { } d ? CaseStatusNames.Name(d) : null, p.DecisionNote))],
        execution,
        [.. (decision?.Pauses ?? []).Select(p => new PauseView(p.Kind, CaseStatusNames.Name(p.Kind), p.From, p.To, p.Derived, p.Counted, p.DaysCounted, p.Note))]);
}

/// <summary>
/// A period left out of the decision period: recorded, or derived (the hearing); whether its kind is counted as left out,
/// and how many of its days were (overlaps count once in the clock's total, so these may add up to more).
/// </summary>
internal sealed record PauseView(CasePauseKind Kind, string KindName, DateOnly From, DateOnly? To, bool Derived, bool Counted, int DaysCounted, string? Note);

/// <summary>An open case with a deadline that needs attention (due soon or overdue).</summary>
internal sealed record AttentionView(int CaseId, string? Number, string Title, int AgencyId, string StatusName, CaseClock Clock);

/// <summary>The 加处罚款 as of a day with its computation, what is owed and what was paid by then.</summary>
internal sealed record SurchargeView(Enforcement.Domain.Cases.Execution.SurchargeResult Surcharge, long OwedFen, long PaidFen);
