using Enforcement.Domain.Cases.Execution;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>The guards of execution: payment, deferral and instalments, remedies, 催告 and the court (APL Arts 66–73; 行政强制法 Arts 45–54).</summary>
public static partial class CaseGuards
{
    private static Refusal? NotInFuture(CaseCommand cmd, string label) =>
        cmd.EventOn > cmd.On ? new Refusal("case.future", "occurredOn", $"{label}不能晚于今天") : null;

    private static string Yuan(long fen) => Surcharge.Yuan(fen);

    /// <summary>There is a fine, and it is not settled.</summary>
    public static readonly CaseGuard FineOutstanding = new("fine-outstanding", "《行政处罚法》第六十六条",
        (c, _, _) =>
        {
            if (c.DecidedFineFen is not > 0) return Unlawful("no-fine", "本案没有罚款", "《行政处罚法》第六十六条");
            return c.PaidOn is { } paid ? Unlawful("paid", $"罚款已于 {paid:yyyy-MM-dd} 缴清", "《行政处罚法》第六十六条") : null;
        });

    /// <summary>A payment: a positive amount, on a day between the decision and today, not more than is owed.</summary>
    public static readonly CaseGuard PaymentAcceptable = new("payment", "《行政处罚法》第六十七条",
        (c, cmd, ctx) =>
        {
            if (cmd.AmountFen is not { } amount) return Missing("amountYuan", "缴款金额");
            if (amount <= 0) return new Refusal("case.payment-amount", "amountYuan", "缴款金额须大于零");
            if (NotInFuture(cmd, "缴款日期") is { } future) return future;
            if (cmd.EventOn < c.DecidedOn) return new Refusal("case.payment-date", "occurredOn", "缴款日期不能早于处罚决定日期");
            var owed = ExecutionRules.Owed(c, ctx.Calendar, cmd.On);
            return amount > owed
                ? new Refusal("case.overpayment", "amountYuan", $"缴款金额 {Yuan(amount)} 元超过尚欠的 {Yuan(owed)} 元（罚款及加处罚款）")
                : null;
        });

    /// <summary>
    /// Deferral or instalments on the party's application for economic hardship, approved by the head (APL Art 66 ¶2):
    /// one plan per case, due dates from the approval on in order, covering exactly the unpaid fine.
    /// </summary>
    public static readonly CaseGuard PaymentPlanAcceptable = new("payment-plan", "《行政处罚法》第六十六条第二款",
        (c, cmd, ctx) =>
        {
            if (c.PaymentPlanApprovedOn is { } approved) return Unlawful("plan-exists", $"已于 {approved:yyyy-MM-dd} 批准延期（分期）缴纳", "《行政处罚法》第六十六条第二款");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Missing("reason", "当事人申请延期（分期）缴纳的理由");
            if (NotInFuture(cmd, "当事人申请日期") is { } future) return future;
            if (cmd.Instalments is not { Count: > 0 } plan) return Missing("instalments", "延期（分期）缴纳的期限和金额");
            if (plan.Any(i => i.AmountFen <= 0)) return new Refusal("case.plan-amount", "instalments", "每期金额须大于零");
            if (plan[0].DueOn < cmd.On) return new Refusal("case.plan-date", "instalments", "缴纳期限不能早于批准日期");
            if (plan.Zip(plan.Skip(1)).Any(p => p.Second.DueOn <= p.First.DueOn)) return new Refusal("case.plan-date", "instalments", "各期缴纳期限须依次推后");
            var unpaid = c.DecidedFineFen!.Value - ExecutionRules.FinePaid(c);
            var total = plan.Sum(i => i.AmountFen);
            return total != unpaid
                ? new Refusal("case.plan-total", "instalments", $"各期金额合计 {Yuan(total)} 元，应等于未缴罚款 {Yuan(unpaid)} 元")
                : null;
        });

    /// <summary>The party applied for reconsideration or sued: recorded once the decision is served, one proceeding at a time.</summary>
    public static readonly CaseGuard RemedyApplicationAcceptable = new("remedy", "《行政处罚法》第七十三条",
        (c, cmd, _) =>
        {
            if (cmd.RemedyKind is null) return Missing("remedyKind", "复议或诉讼");
            if (NotInFuture(cmd, "申请复议或起诉日期") is { } future) return future;
            if (cmd.EventOn < c.DecidedOn) return new Refusal("case.remedy-date", "occurredOn", "申请复议或起诉日期不能早于处罚决定日期");
            return ExecutionRules.OpenRemedy(c) is { } open
                ? Unlawful("remedy-open", $"{CaseStatusNames.Name(open.Kind)}（{open.StartedOn:yyyy-MM-dd} 起）尚未结束", "《行政处罚法》第七十三条")
                : null;
        });

    /// <summary>The outcome of the open proceeding, on or after its start.</summary>
    public static readonly CaseGuard RemedyOutcomeAcceptable = new("remedy-outcome", "《行政处罚法》第七十三条",
        (c, cmd, _) =>
        {
            if (ExecutionRules.OpenRemedy(c) is not { } open) return Unlawful("no-open-remedy", "没有进行中的行政复议或者行政诉讼", "《行政处罚法》第七十三条");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Missing("reason", "复议或诉讼结果");
            if (NotInFuture(cmd, "结束日期") is { } future) return future;
            return cmd.EventOn < open.StartedOn ? new Refusal("case.remedy-date", "occurredOn", "结束日期不能早于申请或起诉日期") : null;
        });

    /// <summary>Enforcement starts only once the party is in default under the schedule (APL Arts 67, 72).</summary>
    public static readonly CaseGuard PaymentOverdue = new("payment-overdue", "《行政处罚法》第七十二条",
        (c, cmd, ctx) =>
        {
            if (c.PaidOn is not null) return Unlawful("paid", "罚款已缴纳", "《行政处罚法》第七十二条");
            if (c.DecidedFineFen is not > 0) return Unlawful("no-fine", "本案无罚款需强制执行", "《行政处罚法》第七十二条");
            if (ExecutionRules.Overdue(c, ctx.Calendar, cmd.On)) return null;
            var due = ExecutionRules.NextDueOn(c, ctx.Calendar, cmd.On);
            return Unlawful("not-overdue", $"缴款期限至 {due:yyyy-MM-dd} 届满，期满前不得强制执行", "《行政处罚法》第六十七条、第七十二条");
        });

    /// <summary>A 催告 is served when the party is in default (行政强制法 Art 54; APL Art 72).</summary>
    public static readonly CaseGuard ReminderLawful = new("reminder", "《行政强制法》第五十四条",
        (c, cmd, ctx) =>
        {
            if (NotInFuture(cmd, "催告书送达日期") is { } future) return future;
            return ExecutionRules.Overdue(c, ctx.Calendar, cmd.EventOn)
                ? null
                : Unlawful("reminder-not-overdue", $"{cmd.EventOn:yyyy-MM-dd} 当事人尚未逾期，不得催告", "《行政强制法》第五十四条；《行政处罚法》第七十二条");
        });

    /// <summary>
    /// The court may be asked only after a 催告书 served at least ten working days before went unheeded (ACL Arts 54, 69),
    /// with no reconsideration or lawsuit pending, within three months after the remedy deadline (ACL Art 53) or the
    /// end of an approved deferral or instalment period (APL Art 72 ¶2).
    /// </summary>
    public static readonly CaseGuard CourtApplicationLawful = new("court-application", "《行政强制法》第五十三条、第五十四条",
        (c, cmd, ctx) =>
        {
            if (c.CourtAppliedOn is { } applied) return Unlawful("court-applied", $"已于 {applied:yyyy-MM-dd} 申请人民法院强制执行", "《行政强制法》第五十三条");
            if (NotInFuture(cmd, "申请日期") is { } future) return future;
            if (ExecutionRules.OpenRemedy(c) is { } open)
            {
                return Unlawful("remedy-open", $"{CaseStatusNames.Name(open.Kind)}尚未结束，不得申请人民法院强制执行", "《行政强制法》第五十三条");
            }
            if (c.ReminderServedOn is null) return Unlawful("no-reminder", "申请人民法院强制执行前，应当催告当事人履行义务", "《行政强制法》第五十四条");
            var window = ExecutionRules.CourtApplicationWindow(c, ctx.Calendar)!;
            var on = cmd.EventOn;
            if (on <= window.ReminderWaitEnds)
            {
                return Unlawful("reminder-wait", $"催告书送达十个工作日后（{window.ReminderWaitEnds:yyyy-MM-dd} 以后）当事人仍未履行的，方可申请", "《行政强制法》第五十四条、第六十九条");
            }
            if (on < window.Opens)
            {
                return Unlawful("court-too-early", $"复议、诉讼期限（或延期、分期缴纳期限）至 {window.CountsFrom:yyyy-MM-dd} 届满，届满后方可申请", "《行政强制法》第五十三条");
            }
            return on > window.Closes
                ? Unlawful("court-too-late", $"申请期限已于 {window.Closes:yyyy-MM-dd} 届满（期限届满之日起三个月内）", "《行政强制法》第五十三条")
                : null;
        });

    /// <summary>How enforcement ended, on a day not in the future.</summary>
    public static readonly CaseGuard EnforcementOutcomeGiven = new("enforcement-outcome", "《行政强制法》第四十条",
        (c, cmd, _) =>
        {
            if (c.EnforcementConcludedOn is { } concluded) return Unlawful("enforcement-concluded", $"执行已于 {concluded:yyyy-MM-dd} 完毕或终结", "《行政强制法》第四十条");
            if (string.IsNullOrWhiteSpace(cmd.Reason)) return Missing("reason", "执行结果");
            return NotInFuture(cmd, "执行完毕或终结日期");
        });
}
