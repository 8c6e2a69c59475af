using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases.Execution;

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
    /// <summary>Stopped: a period the law leaves out of the count runs now, and the due date moves with it. Not overdue.</summary>
    Paused,
}

/// <summary>One statutory deadline of a case: what runs, from when, until when, under which article, and where it stands.</summary>
/// <remarks><see cref="Explanation"/> says how the due date was reached where that is more than one period (the decision's extension and pauses).</remarks>
public sealed record CaseClock(string Code, string Name, string Article, DateOnly Start, DateOnly Due, bool Provisional, ClockState State, DateOnly? DoneOn, int DaysLeft,
    IReadOnlyList<string>? Explanation = null)
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
        void AddDue(string code, string name, string article, DateOnly? start, DeadlineResult due, DateOnly? done, bool paused = false, IReadOnlyList<string>? explanation = null)
        {
            if (start is not { } from) return;
            var dueDate = due.Date;
            var state = done is { } d
                ? d <= dueDate ? ClockState.Met : ClockState.MetLate
                : today > dueDate ? ClockState.Overdue
                : paused ? ClockState.Paused
                : dueDate.DayNumber - today.DayNumber <= warningDays ? ClockState.DueSoon : ClockState.Running;
            clocks.Add(new CaseClock(code, name, article, from, dueDate, due.Provisional, state, done, dueDate.DayNumber - today.DayNumber, explanation));
        }

        // 立案之日起九十日内作出决定 (APL Art 60), plus an approved extension, less the pauses the rules leave out; while
        // one runs the clock shows paused, not counting down.
        var decided = c.DecidedOn ?? (c.Status is CaseStatus.Withdrawn or CaseStatus.Transferred ? c.ClosedOn ?? today : null);
        if (c.Procedure == CaseProcedure.General && c.RegisteredOn is not null)
        {
            var deadline = CaseDeadlines.Decision(c, calendar, rules, decided ?? today);
            AddDue("decision", "作出处罚决定", rules.DecisionPeriod.Article, c.RegisteredOn, deadline.Result, decided, deadline.Paused, deadline.Explanation);
        }

        // 先行登记保存: a 处理决定 within 7 working days of each preservation (APL Art 56).
        var preservations = c.Preservations.OrderBy(p => p.PreservedOn).ThenBy(p => p.Id).ToList();
        for (var i = 0; i < preservations.Count; i++)
        {
            var p = preservations[i];
            Add($"evidence-preservation-{i + 1}", $"先行登记保存处理决定（{p.Items}）", rules.PreservationDecisionPeriod, p.PreservedOn, p.DecidedOn);
        }

        // 陈述申辩 and the hearing request run from the notice (APL Arts 45, 64(1)); they end at the decision stage.
        var statementDone = c.StatementReceivedOn ?? (c.DefenceWaived ? c.NoticeServedOn : null) ?? LeftStatus(c, CaseStatus.Notified);
        Add("statement", "陈述、申辩期", rules.StatementPeriod, c.NoticeServedOn, statementDone);
        if (c.HearingRight) Add("hearing-request", "听证申请期", rules.HearingRequestPeriod, c.NoticeServedOn, c.HearingRequestedOn ?? (c.HearingWaived ? c.NoticeServedOn : null) ?? LeftStatus(c, CaseStatus.Notified));

        // 送达: within 7 working days of the decision when the party was absent (APL Art 61).
        Add("service", "送达决定书", StatutoryPeriods.ServiceWhenAbsent, c.Procedure == CaseProcedure.General ? c.DecidedOn : null, c.ServedOn);

        // 缴纳罚款: 15 days from service (APL Art 67), or the approved deferral or instalments (Art 66 ¶2): the next
        // amount not yet covered while unpaid, the last due date once paid.
        if (ExecutionRules.Schedule(c, calendar) is { } schedule)
        {
            var due = c.PaidOn is not null ? schedule.FinalDueOn : ExecutionRules.NextDueOn(c, calendar, today)!.Value;
            var provisional = !schedule.HasPlan && StatutoryPeriods.Payment.Apply(calendar, c.ServedOn!.Value).Provisional;
            AddDue("payment", schedule.HasPlan ? "缴纳罚款（延期或分期）" : "缴纳罚款",
                schedule.HasPlan ? "《行政处罚法》第六十六条第二款" : StatutoryPeriods.Payment.Article, c.ServedOn, new DeadlineResult(due, provisional), c.PaidOn);
        }

        // 申请人民法院强制执行: within 3 months after the remedy deadline (行政强制法 Art 53; APL Art 72 ¶2), shown while
        // enforcing; not once the fine was paid or enforcement ended without the court.
        var courtNotNeeded = c.CourtAppliedOn is null && (c.PaidOn is not null || c.EnforcementConcludedOn is not null);
        if ((c.Status == CaseStatus.Enforcing || c.CourtAppliedOn is not null) && !courtNotNeeded
            && ExecutionRules.CourtApplicationWindow(c, calendar) is { } window)
        {
            AddDue("court-application", "申请人民法院强制执行", StatutoryPeriods.CourtEnforcementApplication.Article, window.Opens,
                new DeadlineResult(window.Closes, window.Provisional), c.CourtAppliedOn);
        }

        // 当场处罚决定备案: within 5 days (TEP Art 61(8)).
        if (c.Procedure == CaseProcedure.Summary) Add("on-the-spot-filing", "当场处罚备案", StatutoryPeriods.OnTheSpotFiling, c.DecidedOn, LeftStatus(c, CaseStatus.OnTheSpotDecided));
        return clocks;
    }

    /// <summary>The day the case left a status, from its history (null while it is still there or never was).</summary>
    internal static DateOnly? LeftStatus(EnforcementCase c, CaseStatus status) =>
        c.History.Where(h => h.From == status && h.To != status).OrderBy(h => h.On).Select(h => (DateOnly?)h.On).FirstOrDefault();
}
