using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>
/// Recording the party's answer to the notice: a statement or defence received, or an express waiver of statement
/// and defence and, separately, of the hearing (APL Arts 45, 62–64). It changes no status; the periods it ends are
/// what <see cref="CaseGuards.StatementPeriodOver"/> and the clocks read.
/// </summary>
public static class CaseStatement
{
    public static Refusal? Record(EnforcementCase c, DateOnly on, DateOnly today, bool statementReceived, bool defenceWaived, bool hearingWaived)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Status is not (CaseStatus.Notified or CaseStatus.Hearing))
        {
            return new Refusal("case.statement-status", null, $"案件处于“{CaseStatusNames.Name(c.Status)}”，只有已告知的案件才能登记陈述申辩", RefusalKind.Conflict);
        }
        if (on < c.NoticeServedOn || on > today) return new Refusal("case.statement-date", "on", "陈述申辩日期须在告知送达之后、且不晚于今天");
        if (!statementReceived && !defenceWaived && !hearingWaived) return new Refusal("required", "statementReceived", "请登记陈述申辩或放弃的情况");
        if (statementReceived) c.StatementReceivedOn = on;
        c.DefenceWaived |= defenceWaived;
        // A waiver of the hearing is its own express act: waiving defence does not waive the hearing (APL Art 64(1)).
        c.HearingWaived |= hearingWaived;
        return null;
    }
}
