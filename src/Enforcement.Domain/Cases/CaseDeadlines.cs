using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Cases;

/// <summary>Deadlines that both a guard (refusing a late move) and a clock (showing it coming) need: computed once, here.</summary>
public static class CaseDeadlines
{
    /// <summary>
    /// 立案之日起九十日内 (APL Art 60), lengthened by an approved extension: the period is 90 + n days from
    /// registration and only its last day rolls forward past non-working days.
    /// </summary>
    public static DeadlineResult Decision(EnforcementCase c, WorkingCalendar calendar, CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        var registered = c.RegisteredOn ?? throw new InvalidOperationException("a decision deadline needs the registration date");
        var unrolled = rules.DecisionPeriod.Apply(calendar, registered, PeriodCounting.Default with { RollForwardWhenLastDayOff = false });
        var limit = calendar.AddCalendarDays(unrolled.Date, c.DecisionExtensionDays);
        return new DeadlineResult(limit.Date, unrolled.Provisional || limit.Provisional);
    }
}
