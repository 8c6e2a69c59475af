namespace Enforcement.Domain.Cases.Execution;

/// <summary>
/// When how much of the fine falls due: the whole fine 15 days after service (APL Art 67 ¶3), or, from the day after
/// the head approved a deferral or instalments (APL Art 66 ¶2), the plan's due dates for what was unpaid then.
/// Before the approval the original due date stands, so a surcharge already running is not undone by a later plan.
/// </summary>
public sealed record PaymentSchedule(long FineFen, DateOnly OriginalDueOn, DateOnly? PlanApprovedOn, IReadOnlyList<InstalmentInput> Plan)
{
    public bool HasPlan => PlanApprovedOn is not null && Plan.Count > 0;

    /// <summary>How much of the fine had fallen due before <paramref name="day"/> (an amount due by D is late from D + 1).</summary>
    public long DueBefore(DateOnly day)
    {
        if (HasPlan && day > PlanApprovedOn!.Value)
        {
            // What the plan does not cover had been paid when it was approved (the plan covers exactly the unpaid fine).
            return FineFen - Plan.Sum(i => i.AmountFen) + Plan.Where(i => i.DueOn < day).Sum(i => i.AmountFen);
        }
        return day > OriginalDueOn ? FineFen : 0;
    }

    /// <summary>The last due date: the end of the payment period, or of the deferral or instalment period.</summary>
    public DateOnly FinalDueOn => HasPlan ? Plan.Max(i => i.DueOn) : OriginalDueOn;

    /// <summary>The first day on which any amount can be late.</summary>
    public DateOnly FirstDueOn => HasPlan ? (Plan.Min(i => i.DueOn) is var first && first < OriginalDueOn ? first : OriginalDueOn) : OriginalDueOn;

    /// <summary>Every due date, in order (the original one and the plan's).</summary>
    public IEnumerable<DateOnly> DueDates => (HasPlan ? Plan.Select(i => i.DueOn).Append(OriginalDueOn) : [OriginalDueOn]).Distinct().Order();
}
