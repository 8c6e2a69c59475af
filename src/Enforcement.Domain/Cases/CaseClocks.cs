using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Cases;

public enum ClockState
{
    /// <summary>Running, due date ahead.</summary>
    Running,
    /// <summary>Running, due within the warning window.</summary>
    DueSoon,
    /// <summary>Running past its due date: overdue now.</summary>
    Overdue,
    /// <summary>The step was done in time.</summary>
    Met,
    /// <summary>The step was done, but late.</summary>
    MetLate,
}

/// <summary>One statutory deadline of a case: what runs, from when, until when, under which article, and where it stands.</summary>
public sealed record CaseClock(string Code, string Name, string Article, DateOnly Start, DateOnly Due, bool Provisional, ClockState State, DateOnly? DoneOn, int DaysLeft)
{
    public bool NeedsAttention => State is ClockState.DueSoon or ClockState.Overdue;
}

/// <summary>
/// The statutory clocks of a case (RULES §1.2–1.3, §9), each computed with the working calendar from the dates the
/// case records. A clock starts when its triggering event is recorded and stops when its completing event is.
/// </summary>
public static class CaseClocks
{
    public static IReadOnlyList<CaseClock> For(EnforcementCase c, WorkingCalendar calendar, CaseRules rules, DateOnly today, int warningDays = 3)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        var clocks = new List<CaseClock>();
        void Add(string code, string name, PeriodRule rule, DateOnly? start, DateOnly? done) =>
            AddDue(code, name, rule.Article, start, start is { } from ? rule.Apply(calendar, from) : default, done);
        void AddDue(string code, string name, string article, DateOnly? start, DeadlineResult due, DateOnly? done)
        {
            if (start is not { } from) return;
            var dueDate = due.Date;
            var state = done is { } d
                ? d <= dueDate ? ClockState.Met : ClockState.MetLate
                : today > dueDate ? ClockState.Overdue : dueDate.DayNumber - today.DayNumber <= warningDays ? ClockState.DueSoon : ClockState.Running;
            clocks.Add(new CaseClock(code, name, article, from, dueDate, due.Provisional, state, done, dueDate.DayNumber - today.DayNumber));
        }

        // 立案之日起九十日内作出决定 (APL Art 60), plus an approved extension.
        var decided = c.DecidedOn ?? (c.Status is CaseStatus.Withdrawn or CaseStatus.Transferred ? c.ClosedOn ?? today : null);
        if (c.Procedure == CaseProcedure.General && c.RegisteredOn is not null)
        {
            AddDue("decision", "作出处罚决定", rules.DecisionPeriod.Article, c.RegisteredOn, CaseDeadlines.Decision(c, calendar, rules), decided);
        }

        // 陈述申辩 and the hearing request run from the notice (APL Arts 45, 64(1)); they end at the decision stage.
        var statementDone = c.StatementReceivedOn ?? (c.DefenceWaived ? c.NoticeServedOn : null) ?? LeftStatus(c, CaseStatus.Notified);
        Add("statement", "陈述、申辩期", rules.StatementPeriod, c.NoticeServedOn, statementDone);
        if (c.HearingRight) Add("hearing-request", "听证申请期", rules.HearingRequestPeriod, c.NoticeServedOn, c.HearingRequestedOn ?? (c.HearingWaived ? c.NoticeServedOn : null) ?? LeftStatus(c, CaseStatus.Notified));

        // 送达: within 7 working days of the decision when the party was absent (APL Art 61).
        Add("service", "送达决定书", StatutoryPeriods.ServiceWhenAbsent, c.Procedure == CaseProcedure.General ? c.DecidedOn : null, c.ServedOn);

        // 缴纳罚款: 15 days from service (APL Art 67); only where a fine was decided.
        if (c.DecidedFineFen is > 0) Add("payment", "缴纳罚款", StatutoryPeriods.Payment, c.ServedOn, c.PaidOn);

        // 当场处罚决定备案: within 5 days (TEP Art 61(8)).
        if (c.Procedure == CaseProcedure.Summary) Add("on-the-spot-filing", "当场处罚备案", StatutoryPeriods.OnTheSpotFiling, c.DecidedOn, LeftStatus(c, CaseStatus.OnTheSpotDecided));
        return clocks;
    }

    /// <summary>The day the case left a status, from its history (null while it is still there or never was).</summary>
    private static DateOnly? LeftStatus(EnforcementCase c, CaseStatus status) =>
        c.History.Where(h => h.From == status && h.To != status).OrderBy(h => h.On).Select(h => (DateOnly?)h.On).FirstOrDefault();
}
