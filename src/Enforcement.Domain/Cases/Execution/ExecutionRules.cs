using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Cases.Execution;

/// <summary>
/// When the court may be asked to enforce (ACL Arts 53–54; APL Art 72 ¶2): the window opens when the remedy periods
/// have run and closes three months later; the 催告书 must have been served ten working days before.
/// </summary>
/// <param name="RemedyDeadline">The end of the period to seek reconsideration or sue (6 months from service, RULES §1.3 row 16),
/// later where a proceeding ended.</param>
/// <param name="CountsFrom">The day the three months count from: the remedy deadline, or the end of an approved
/// deferral or instalment period if later (APL Art 72 ¶2).</param>
/// <param name="Closes">The last day to apply.</param>
/// <param name="ReminderWaitEnds">The tenth working day after the 催告书 was served (null: none served yet); the
/// application may be made after it.</param>
public sealed record CourtWindow(DateOnly RemedyDeadline, DateOnly CountsFrom, DateOnly Closes, DateOnly? ReminderWaitEnds, bool Provisional)
{
    public DateOnly Opens => CountsFrom.AddDays(1);
}

/// <summary>
/// The execution of a fine in one place (APL Arts 66–73; 行政强制法 Arts 45, 53, 54): what is due when, what has been
/// paid, the 加处罚款, whether the fine is settled or late, and the window for applying to the court.
/// </summary>
public static class ExecutionRules
{
    /// <summary>The case's payment schedule; null while there is no served fine.</summary>
    public static PaymentSchedule? Schedule(EnforcementCase c, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        if (c.DecidedFineFen is not > 0 || c.ServedOn is not { } served) return null;
        // 当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款 (APL Art 67 ¶3).
        var due = StatutoryPeriods.Payment.Apply(calendar, served).Date;
        return new PaymentSchedule(c.DecidedFineFen.Value, due, c.PaymentPlanApprovedOn,
            [.. c.Instalments.OrderBy(i => i.Sequence).Select(i => new InstalmentInput(i.DueOn, i.AmountFen))]);
    }

    /// <summary>Everything paid up to and including <paramref name="through"/> (all payments when null).</summary>
    public static long Paid(EnforcementCase c, DateOnly? through = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Payments.Where(p => through is not { } t || p.PaidOn <= t).Sum(p => p.AmountFen);
    }

    /// <summary>The part of the fine paid by <paramref name="through"/>: payments settle the fine before the surcharge.</summary>
    public static long FinePaid(EnforcementCase c, DateOnly? through = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Math.Min(c.DecidedFineFen ?? 0, Paid(c, through));
    }

    public static SurchargeResult SurchargeAsOf(EnforcementCase c, WorkingCalendar calendar, DateOnly asOf) =>
        Schedule(c, calendar) is { } schedule ? Surcharge.AsOf(schedule, c.Payments, c.Remedies, asOf) : SurchargeResult.None(asOf);

    /// <summary>What the party still owes on <paramref name="asOf"/>: the fine plus the surcharge so far, less what was paid by then.</summary>
    public static long Owed(EnforcementCase c, WorkingCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.DecidedFineFen is not > 0) return 0;
        return Math.Max(0, c.DecidedFineFen.Value + SurchargeAsOf(c, calendar, asOf).AmountFen - Paid(c, asOf));
    }

    /// <summary>
    /// The day the party had paid everything owed on that day (the fine and any surcharge): the case's
    /// <see cref="EnforcementCase.PaidOn"/>. Null while something is still owed.
    /// </summary>
    public static DateOnly? PaidInFullOn(EnforcementCase c, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.DecidedFineFen is not > 0 || c.Payments.Count == 0) return null;
        foreach (var day in c.Payments.Select(p => p.PaidOn).Distinct().Order())
        {
            if (Owed(c, calendar, day) == 0) return day;
        }
        return null;
    }

    /// <summary>Recomputes <see cref="EnforcementCase.PaidOn"/> from the payments (kept as recorded where none are on file).</summary>
    public static void Settle(EnforcementCase c, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Payments.Count > 0) c.PaidOn = PaidInFullOn(c, calendar);
    }

    /// <summary>
    /// Whether the party is in default on <paramref name="on"/>: part of the fine that fell due before that day is
    /// unpaid, or the fine is paid but the surcharge it ran up is not.
    /// </summary>
    public static bool Overdue(EnforcementCase c, WorkingCalendar calendar, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.PaidOn is not null || Schedule(c, calendar) is not { } schedule) return false;
        var finePaid = FinePaid(c, on);
        return schedule.DueBefore(on) > finePaid || (finePaid >= schedule.FineFen && Owed(c, calendar, on) > 0);
    }

    /// <summary>The due date of the first amount not yet covered by payments (the final one once all are).</summary>
    public static DateOnly? NextDueOn(EnforcementCase c, WorkingCalendar calendar, DateOnly asOf)
    {
        if (Schedule(c, calendar) is not { } schedule) return null;
        var finePaid = FinePaid(c, asOf);
        foreach (var due in schedule.DueDates)
        {
            if (schedule.DueBefore(due.AddDays(1)) > finePaid) return due;
        }
        return schedule.FinalDueOn;
    }

    /// <summary>The proceeding still open (the party applied or sued and no outcome is recorded).</summary>
    public static RemedyProceeding? OpenRemedy(EnforcementCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Remedies.FirstOrDefault(r => r.EndedOn is null);
    }

    /// <summary>
    /// The end of the period in which the party may still seek a remedy (RULES §1.3 row 16): six months from service
    /// (《行政诉讼法》 Art 46; the 60 days of reconsideration end earlier); after a reconsideration decision, 15 days
    /// (Art 45); after a judgment, its day. Null while a proceeding is open or nothing was served.
    /// </summary>
    public static DeadlineResult? RemedyDeadline(EnforcementCase c, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        if (c.ServedOn is not { } served || OpenRemedy(c) is not null) return null;
        var deadline = StatutoryPeriods.Litigation.Apply(calendar, served);
        foreach (var ended in c.Remedies.Where(r => r.EndedOn is not null))
        {
            var after = ended.Kind == RemedyKind.Reconsideration
                ? StatutoryPeriods.LitigationAfterReconsideration.Apply(calendar, ended.EndedOn!.Value)
                : new DeadlineResult(ended.EndedOn!.Value, false);
            if (after.Date > deadline.Date) deadline = after;
        }
        return deadline;
    }

    /// <summary>The window to apply to the court (ACL Art 53, APL Art 72 ¶2); null while it cannot be known.</summary>
    public static CourtWindow? CourtApplicationWindow(EnforcementCase c, WorkingCalendar calendar)
    {
        if (RemedyDeadline(c, calendar) is not { } remedy || Schedule(c, calendar) is not { } schedule) return null;
        var countsFrom = schedule.HasPlan && schedule.FinalDueOn > remedy.Date ? schedule.FinalDueOn : remedy.Date;
        var closes = StatutoryPeriods.CourtEnforcementApplication.Apply(calendar, countsFrom);
        var wait = c.ReminderServedOn is { } reminder ? StatutoryPeriods.EnforcementReminder.Apply(calendar, reminder) : (DeadlineResult?)null;
        return new CourtWindow(remedy.Date, countsFrom, closes.Date, wait?.Date, remedy.Provisional || closes.Provisional || wait?.Provisional == true);
    }
}
