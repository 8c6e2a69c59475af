using System.Globalization;
using Enforcement.Domain.Calendar;

namespace Enforcement.Domain.Cases;

/// <summary>
/// A period the decision deadline may leave out: recorded on the case, or (the hearing) derived from its dates.
/// <paramref name="To"/> is null while it runs; <paramref name="Counted"/> says whether its kind is enabled;
/// <paramref name="DaysCounted"/> is how many of its days fell inside the period and were left out.
/// </summary>
public sealed record DecisionPauseSpan(CasePauseKind Kind, DateOnly From, DateOnly? To, bool Derived, bool Counted, int DaysCounted, string? Note)
{
    public bool Running => To is null;
}

/// <summary>
/// The last day to decide and how it was reached: the period, the approved extension, the pauses left out (overlapping
/// pauses count once) and whether a counted pause runs on the day asked about.
/// </summary>
public sealed record DecisionDeadline(
    DateOnly Date, bool Provisional, DateOnly Registered, int ExtensionDays, int PausedDays, bool Paused,
    IReadOnlyList<DecisionPauseSpan> Pauses, IReadOnlyList<string> Explanation)
{
    public DeadlineResult Result => new(Date, Provisional);
}

/// <summary>Deadlines that both a guard (refusing a late move) and a clock (showing it coming) need: computed once, here.</summary>
public static class CaseDeadlines
{
    /// <summary>
    /// 立案之日起九十日内 (APL Art 60), lengthened by an approved extension, not counting the days covered by pauses of
    /// the enabled kinds (<see cref="CaseRules.DecisionPauseKinds"/>): the period is 90 + n counted days after
    /// registration, a paused day is not counted, and only the last day rolls forward past non-working days.
    /// A pause still running counts up to <paramref name="asOf"/> (the day of the move, or today for the clock); a pause
    /// that starts after the period ran out does not revive it.
    /// </summary>
    public static DecisionDeadline Decision(EnforcementCase c, WorkingCalendar calendar, CaseRules rules, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        var registered = c.RegisteredOn ?? throw new InvalidOperationException("a decision deadline needs the registration date");
        var unrolled = rules.DecisionPeriod.Apply(calendar, registered, PeriodCounting.Default with { RollForwardWhenLastDayOff = false });
        var unpaused = calendar.AddCalendarDays(unrolled.Date, c.DecisionExtensionDays, rollForward: false).Date;
        var daysToCount = unpaused.DayNumber - registered.DayNumber;

        var spans = Pauses(c).Select(p => (p.Kind, p.From, p.To, p.Derived, p.Note, Counted: rules.DecisionPauseKinds.Contains(p.Kind), Last: p.To ?? asOf)).ToList();
        bool PausedOn(DateOnly day) => spans.Any(s => s.Counted && s.From <= day && day <= s.Last);

        // Walk the days after registration: each day no counted pause covers is one day of the period.
        var last = registered;
        for (var counted = 0; counted < daysToCount;)
        {
            last = last.AddDays(1);
            if (!PausedOn(last)) counted++;
        }
        var pausedDays = last.DayNumber - unpaused.DayNumber;
        var limit = calendar.AddCalendarDays(last, 0, rollForward: true);

        int Inside((CasePauseKind Kind, DateOnly From, DateOnly? To, bool Derived, string? Note, bool Counted, DateOnly Last) s)
        {
            if (!s.Counted) return 0;
            var from = s.From > registered ? s.From : registered.AddDays(1);
            var to = s.Last < last ? s.Last : last;
            return to < from ? 0 : to.DayNumber - from.DayNumber + 1;
        }
        var result = spans.Select(s => new DecisionPauseSpan(s.Kind, s.From, s.To, s.Derived, s.Counted, Inside(s), s.Note)).ToList();
        var paused = asOf < last && spans.Any(s => s.Counted && s.To is null && s.From <= asOf);

        return new DecisionDeadline(limit.Date, unrolled.Provisional || limit.Provisional, registered, c.DecisionExtensionDays, pausedDays, paused, result,
            Explain(rules, registered, unrolled.Date, c.DecisionExtensionDays, result, pausedDays, last, limit.Date));
    }

    /// <summary>
    /// The case's pauses: the recorded ones, and the hearing's, from the party's request to the hearing held, both days
    /// included (running while the case waits for the hearing; ended the day the case left the hearing step without one).
    /// </summary>
    public static IEnumerable<(CasePauseKind Kind, DateOnly From, DateOnly? To, bool Derived, string? Note)> Pauses(EnforcementCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.HearingRequestedOn is { } requested)
        {
            var held = c.HearingOn ?? (c.Status == CaseStatus.Hearing ? null : CaseClocks.LeftStatus(c, CaseStatus.Hearing) ?? requested);
            yield return (CasePauseKind.Hearing, requested, held, true, null);
        }
        foreach (var p in c.Pauses.OrderBy(p => p.StartedOn).ThenBy(p => p.Id)) yield return (p.Kind, p.StartedOn, p.EndedOn, false, p.Note);
    }

    private static List<string> Explain(CaseRules rules, DateOnly registered, DateOnly day90, int extension, List<DecisionPauseSpan> spans, int pausedDays,
        DateOnly last, DateOnly limit)
    {
        var culture = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(culture, $"立案 {registered:yyyy-MM-dd}，次日起算 {rules.DecisionPeriod.Count} 日至 {day90:yyyy-MM-dd}（{rules.DecisionPeriod.Article}）"),
        };
        if (extension > 0) lines.Add(string.Create(culture, $"经负责人批准延长 {extension} 日"));
        foreach (var s in spans)
        {
            var name = CaseStatusNames.Name(s.Kind);
            var range = s.To is { } to ? string.Create(culture, $"{s.From:yyyy-MM-dd} 至 {to:yyyy-MM-dd}") : string.Create(culture, $"{s.From:yyyy-MM-dd} 起，进行中");
            var source = s.Derived ? "（按听证申请和举行日期）" : "";
            lines.Add(s.Counted
                ? string.Create(culture, $"{name}{source}：{range}，不计入期限 {s.DaysCounted} 日")
                : $"{name}{source}：{range}，该类期间未设为不计入期限，照常计算");
        }
        if (pausedDays > 0) lines.Add(string.Create(culture, $"不计入期限的期间共 {pausedDays} 日（重叠的日期只计一次）"));
        lines.Add(limit == last
            ? string.Create(culture, $"期限届满日 {limit:yyyy-MM-dd}")
            : string.Create(culture, $"期限最后一日 {last:yyyy-MM-dd} 为节假日，顺延至 {limit:yyyy-MM-dd}"));
        return lines;
    }
}
