using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Execution;

namespace Enforcement.Web.Features.Cases;

internal sealed record PreservationView(int Id, string Items, DateOnly PreservedOn, int? ApprovedBy, DateOnly? DecidedOn,
    PreservationDisposition? Disposition, string? DispositionName, string? DecisionNote);

internal sealed record PaymentView(DateOnly PaidOn, long AmountFen, string? Reference);

internal sealed record InstalmentView(int Sequence, DateOnly DueOn, long AmountFen);

internal sealed record RemedyView(RemedyKind Kind, string KindName, DateOnly StartedOn, DateOnly? EndedOn, string? Outcome);

/// <summary>
/// Where the execution of the fine stands on a day: what was due when, what was paid, the 加处罚款 with its
/// computation, what is still owed, remedies, 催告 and the window for the court.
/// </summary>
internal sealed record ExecutionView(
    DateOnly AsOf, long FineFen, long PaidFen, long OwedFen, DateOnly? NextDueOn, DateOnly? PaidOn,
    DateOnly? PaymentPlanAppliedOn, DateOnly? PaymentPlanApprovedOn, IReadOnlyList<InstalmentView> Instalments, IReadOnlyList<PaymentView> Payments,
    SurchargeResult Surcharge, IReadOnlyList<RemedyView> Remedies, DateOnly? ReminderServedOn, CourtWindow? CourtWindow, DateOnly? CourtAppliedOn,
    DateOnly? EnforcementConcludedOn, string? EnforcementOutcome)
{
    /// <summary>The execution of a served fine as of <paramref name="asOf"/>; null when there is no fine or it is not served yet.</summary>
    public static ExecutionView? For(EnforcementCase c, WorkingCalendar calendar, DateOnly asOf)
    {
        if (ExecutionRules.Schedule(c, calendar) is null) return null;
        return new ExecutionView(asOf, c.DecidedFineFen!.Value, ExecutionRules.Paid(c), c.PaidOn is null ? ExecutionRules.Owed(c, calendar, asOf) : 0,
            c.PaidOn is null ? ExecutionRules.NextDueOn(c, calendar, asOf) : null, c.PaidOn, c.PaymentPlanAppliedOn, c.PaymentPlanApprovedOn,
            [.. c.Instalments.OrderBy(i => i.Sequence).Select(i => new InstalmentView(i.Sequence, i.DueOn, i.AmountFen))],
            [.. c.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Id).Select(p => new PaymentView(p.PaidOn, p.AmountFen, p.Reference))],
            ExecutionRules.SurchargeAsOf(c, calendar, asOf),
            [.. c.Remedies.OrderBy(r => r.StartedOn).Select(r => new RemedyView(r.Kind, CaseStatusNames.Name(r.Kind), r.StartedOn, r.EndedOn, r.Outcome))],
            c.ReminderServedOn, ExecutionRules.CourtApplicationWindow(c, calendar), c.CourtAppliedOn, c.EnforcementConcludedOn, c.EnforcementOutcome);
    }
}
