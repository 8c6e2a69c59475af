using Enforcement.Domain.Calendar;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>A condition a move must meet, with the article that imposes it. Returns null when met.</summary>
public sealed record CaseGuard(string Code, string Article, Func<EnforcementCase, CaseCommand, CaseContext, Refusal?> Check);

/// <summary>The guards of the lifecycle, one per legal condition. Refusals: 409 for an unlawful move, 400 for a missing fact.</summary>
public static partial class CaseGuards
{
    private static Refusal Unlawful(string code, string message, string article) =>
        new($"case.{code}", null, $"{message}（{article}）", RefusalKind.Conflict);

    private static Refusal Missing(string field, string label) => new("required", field, $"{label}不能为空");

    public static readonly CaseGuard ActorIsHandler = new("actor-is-handler", "《交通运输行政执法程序规定》",
        (c, cmd, _) => cmd.Actor.OfficerId is { } id && c.HandlerIds.Contains(id)
            ? null
            : Unlawful("actor-is-handler", "只有本案承办人可以办理此步骤", "《交通运输行政执法程序规定》"));

    /// <summary>At least two officers who may act, none recused, each eligible on the act date (APL Arts 42–43, RULES §10).</summary>
    public static readonly CaseGuard TwoEligibleHandlers = new("two-handlers", "《行政处罚法》第四十二条",
        (c, cmd, ctx) =>
        {
            var handlers = (cmd.HandlerIds ?? c.HandlerIds).Distinct().ToList();
            if (handlers.Count < 2) return Unlawful("two-handlers", "执法人员不得少于两人", "《行政处罚法》第四十二条");
            if (handlers.FirstOrDefault(c.RecusedIds.Contains) is var recused and not 0)
            {
                return Unlawful("recused", $"人员 {recused} 已回避，不得承办本案", "《行政处罚法》第四十三条");
            }
            foreach (var officer in handlers)
            {
                var eligibility = ctx.Eligibility(officer, cmd.On);
                if (!eligibility.Allowed) return Unlawful("handler-not-eligible", $"承办人不具备执法资格：{eligibility.Reason}", "《行政处罚法》第四十二条");
            }
            return null;
        });

    /// <summary>
    /// Not penalised if not discovered within 2 years of the violation (its end if continuing), 5 where life, health,
    /// safety or finance were harmed (APL Art 36). The law counts to discovery, so a clue recorded in time stays
    /// punishable however long registration takes; without a discovery date the move's own date counts.
    /// </summary>
    public static readonly CaseGuard WithinLimitation = new("limitation", "《行政处罚法》第三十六条",
        (c, cmd, ctx) =>
        {
            var from = c.ViolationEndedOn ?? c.ViolationOn;
            var years = c.FiveYearLimitation ? ctx.Rules.LongLimitationYears : ctx.Rules.LimitationYears;
            return (c.DiscoveredOn ?? cmd.On) > from.AddYears(years)
                ? Unlawful("limitation", $"违法行为自 {from:yyyy-MM-dd} 起已超过 {years} 年未被发现，不再给予行政处罚", "《行政处罚法》第三十六条")
                : null;
        });

    public static readonly CaseGuard NumberGiven = new("number", "",
        (c, cmd, _) => string.IsNullOrWhiteSpace(cmd.Number) && c.Number is null ? Missing("number", "案号") : null);

    public static readonly CaseGuard ReasonGiven = new("reason", "",
        (_, cmd, _) => string.IsNullOrWhiteSpace(cmd.Reason) ? Missing("reason", "理由") : null);

    /// <summary>A first-time legal reviewer holds the legal professional qualification (APL Art 58 ¶2); a reviewer does not review own case.</summary>
    public static readonly CaseGuard QualifiedReviewer = new("reviewer", "《行政处罚法》第五十八条第二款",
        (c, cmd, ctx) =>
        {
            if (cmd.Actor.OfficerId is not { } reviewer) return Unlawful("reviewer", "审核人员须为登记的法制审核人员", "《行政处罚法》第五十八条第二款");
            if (c.HandlerIds.Contains(reviewer)) return Unlawful("reviewer-is-handler", "承办人不得审核本人承办的案件", "《行政处罚法》第五十八条");
            return ctx.HasLegalQualification(reviewer) ? null : Unlawful("reviewer", "初次从事法制审核的人员须取得法律职业资格", "《行政处罚法》第五十八条第二款");
        });

    public static readonly CaseGuard ProposedPenaltyGiven = new("proposed-penalty", "《行政处罚法》第四十四条",
        (_, cmd, _) => cmd.Kinds is null or Catalog.PenaltyKinds.None
            ? Missing("kinds", "拟处罚种类")
            : cmd.Kinds.Value.HasFlag(Catalog.PenaltyKinds.Fine) && cmd.FineFen is not > 0 ? Missing("fineFen", "拟罚款金额") : null);

    /// <summary>Hearing requested within 5 working days after the notice (APL Art 64(1)), and only where the right exists (Art 63).</summary>
    public static readonly CaseGuard HearingRequestInTime = new("hearing-request", "《行政处罚法》第六十四条第（一）项",
        (c, cmd, ctx) =>
        {
            if (!c.HearingRight) return Unlawful("no-hearing-right", "本案拟处罚不属于应告知听证权利的情形", "《行政处罚法》第六十三条");
            var last = ctx.Rules.HearingRequestPeriod.Apply(ctx.Calendar, c.NoticeServedOn!.Value).Date;
            return cmd.On > last ? Unlawful("hearing-late", $"听证申请期限已于 {last:yyyy-MM-dd} 届满", "《行政处罚法》第六十四条第（一）项") : null;
        });

    /// <summary>The hearing notice reached the party at least 7 working days before the hearing (APL Art 64(2)).</summary>
    public static readonly CaseGuard HearingNoticeInTime = new("hearing-notice", "《行政处罚法》第六十四条第（二）项",
        (_, cmd, ctx) =>
        {
            if (cmd.HearingNoticeOn is not { } notice) return Missing("hearingNoticeOn", "听证通知送达日期");
            if (cmd.HearingOn is not { } hearing) return Missing("hearingOn", "听证日期");
            var latest = ctx.Rules.HearingNoticePeriod.Apply(ctx.Calendar, hearing).Date;
            return notice > latest
                ? Unlawful("hearing-notice", $"听证通知应不迟于 {latest:yyyy-MM-dd}（听证七个工作日前）送达", "《行政处罚法》第六十四条第（二）项")
                : null;
        });

    /// <summary>The statement-and-defence period has run (or the party spoke) and, with a hearing right, so has the request period; or the party waived.</summary>
    public static readonly CaseGuard StatementPeriodOver = new("statement-period", "《行政处罚法》第四十五条",
        (c, cmd, ctx) =>
        {
            // A statement or a waiver of statement ends the statement period, not the right to ask for a hearing within
            // its own period (Art 64(1)); only an express waiver of the hearing ends that.
            DateOnly? statementEnds = c.StatementReceivedOn is null && !c.DefenceWaived ? ctx.Rules.StatementPeriod.Apply(ctx.Calendar, c.NoticeServedOn!.Value).Date : null;
            DateOnly? hearingEnds = c.HearingRight && !c.HearingWaived ? ctx.Rules.HearingRequestPeriod.Apply(ctx.Calendar, c.NoticeServedOn!.Value).Date : null;
            DateOnly? latest = statementEnds is { } s && hearingEnds is { } h ? (s > h ? s : h) : statementEnds ?? hearingEnds;
            if (latest is not { } ends) return null;
            return cmd.On <= ends
                ? Unlawful("statement-period", $"当事人陈述、申辩（及听证申请）期限至 {ends:yyyy-MM-dd} 届满，期满前不得作出决定", "《行政处罚法》第四十五条、第六十四条")
                : null;
        });

    /// <summary>
    /// Decision within 90 days of registration plus any approved extension, not counting the periods the rules leave out
    /// (APL Art 60): the same deadline the decision clock shows.
    /// </summary>
    public static readonly CaseGuard DecisionInTime = new("decision-period", "《行政处罚法》第六十条",
        (c, cmd, ctx) =>
        {
            var deadline = CaseDeadlines.Decision(c, ctx.Calendar, ctx.Rules, cmd.On);
            var extended = deadline.ExtensionDays > 0 ? $"，已延长 {deadline.ExtensionDays} 日" : "";
            var paused = deadline.PausedDays > 0 ? $"，不计入期限的期间 {deadline.PausedDays} 日" : "";
            return cmd.On > deadline.Date
                ? Unlawful("decision-late", $"应于 {deadline.Date:yyyy-MM-dd} 前作出处罚决定（立案之日起九十日{extended}{paused}）", "《行政处罚法》第六十条")
                : null;
        });

    public static readonly CaseGuard LegalReviewPassedIfRequired = new("legal-review", "《行政处罚法》第五十八条",
        (c, _, _) => c.LegalReviewRequired && c.LegalReviewPassedOn is null
            ? Unlawful("legal-review", "本案须经法制审核，未经审核或审核未通过的不得作出决定", "《行政处罚法》第五十八条")
            : null);

    /// <summary>
    /// A case that went through a hearing is decided only after a legal review passed after the hearing
    /// (APL Art 58 ¶1(二)); a review passed before the hearing does not count.
    /// </summary>
    public static readonly CaseGuard LegalReviewAfterHearing = new("legal-review-after-hearing", "《行政处罚法》第五十八条第一款第（二）项",
        (c, _, _) => c.HearingOn is { } hearing && !(c.LegalReviewPassedOn >= hearing)
            ? Unlawful("legal-review-after-hearing", $"本案于 {hearing:yyyy-MM-dd} 举行听证，听证后须经法制审核通过方可作出决定", "《行政处罚法》第五十八条第一款第（二）项")
            : null);

    /// <summary>
    /// The head extends the decision period before it runs out, by a number of days, so that the total stays within the
    /// configured maximum (APL Art 60; RULES §1.3 row 12: 30 days, unverified).
    /// </summary>
    public static readonly CaseGuard ExtensionWithinMaximum = new("decision-extension", "《行政处罚法》第六十条",
        (c, cmd, ctx) =>
        {
            if (cmd.ExtensionDays is not { } days) return Missing("extensionDays", "延长天数");
            if (days <= 0) return new Refusal("case.extension-days", "extensionDays", "延长天数须为正整数");
            var max = ctx.Rules.MaxDecisionExtensionDays;
            return c.DecisionExtensionDays + days > max
                ? Unlawful("decision-extension", $"办案期限已延长 {c.DecisionExtensionDays} 日，再延长 {days} 日将超过可延长的 {max} 日", "《行政处罚法》第六十条")
                : null;
        });

    public static readonly CaseGuard CollectiveDiscussionIfRequired = new("collective-discussion", "《行政处罚法》第五十七条第二款",
        (c, _, _) => c.CollectiveDiscussionRequired && c.CollectiveDiscussionOn is null
            ? Unlawful("collective-discussion", "情节复杂或者重大违法行为，应当由负责人集体讨论决定", "《行政处罚法》第五十七条第二款")
            : null);

    /// <summary>No heavier penalty because the party defended itself (APL Art 45 ¶2): not above the notice.</summary>
    public static readonly CaseGuard NotHeavierThanNotice = new("not-heavier", "《行政处罚法》第四十五条第二款",
        (c, cmd, _) =>
        {
            if (cmd.Kinds is null or Catalog.PenaltyKinds.None) return Missing("kinds", "处罚种类");
            if (cmd.Kinds.Value.HasFlag(Catalog.PenaltyKinds.Fine) && cmd.FineFen is not > 0) return Missing("fineFen", "罚款金额");
            var heavierKinds = cmd.Kinds.Value & ~c.ProposedKinds;
            if (heavierKinds != Catalog.PenaltyKinds.None || (cmd.FineFen ?? 0) > (c.ProposedFineFen ?? 0))
            {
                return Unlawful("heavier-than-notice", "决定不得重于事先告知的处罚（不得因当事人陈述申辩而加重处罚）", "《行政处罚法》第四十五条第二款");
            }
            return null;
        });

    /// <summary>A fine outside the benchmark's recommended range needs a written reason (and is flagged to supervisors).</summary>
    public static readonly CaseGuard DeviationExplained = new("deviation", "《行政处罚法》第三十四条",
        (c, cmd, _) =>
        {
            if (cmd.FineFen is not { } fine || c.RecommendedMinFen is not { } min || c.RecommendedMaxFen is not { } max) return null;
            return (fine < min || fine > max) && string.IsNullOrWhiteSpace(cmd.Reason)
                ? new Refusal("case.deviation", "reason", $"罚款 {fine / 100m:0.##} 元超出裁量基准建议范围 {min / 100m:0.##}–{max / 100m:0.##} 元，须书面说明理由（《行政处罚法》第三十四条）")
                : null;
        });

    /// <summary>The case's own handlers (not a list named in the command, which the move does not record) may act on the act date.</summary>
    public static readonly CaseGuard CaseHandlersEligible = new("case-handlers", "《行政处罚法》第四十二条",
        (c, cmd, ctx) => TwoEligibleHandlers.Check(c, cmd with { HandlerIds = null }, ctx));

    /// <summary>RULES §10: handlers must still hold valid certificates on the decision date (configurable).</summary>
    public static readonly CaseGuard HandlersStillEligible = new("handlers-at-decision", "《行政处罚法》第四十二条",
        (c, cmd, ctx) => ctx.Rules.BlockLapsedHandlersAtDecision ? CaseHandlersEligible.Check(c, cmd, ctx) : null);

    /// <summary>Electronic service only with the party's consent (APL Art 61 ¶2).</summary>
    public static readonly CaseGuard ServiceLawful = new("service", "《行政处罚法》第六十一条",
        (c, cmd, _) =>
        {
            if (cmd.ServiceMethod is null) return Missing("serviceMethod", "送达方式");
            return cmd.ServiceMethod == ServiceMethod.Electronic && !(cmd.ElectronicConsent ?? c.ElectronicServiceConsent)
                ? Unlawful("service-consent", "当事人同意并签订确认书的，方可采用传真、电子邮件等方式送达", "《行政处罚法》第六十一条第二款")
                : null;
        });

    /// <summary>A case closes when nothing is left to execute: no fine, fine paid, or enforcement concluded.</summary>
    public static readonly CaseGuard ExecutionComplete = new("execution", "《行政处罚法》第六十六条",
        (c, _, _) => c.Status is CaseStatus.Withdrawn or CaseStatus.Transferred || c.DecidedFineFen is not > 0 || c.PaidOn is not null || c.EnforcementConcludedOn is not null
            ? null
            : Unlawful("not-executed", "罚款尚未缴纳或执行完毕，不能结案", "《行政处罚法》第六十六条"));

    /// <summary>Archive only when the self-check finds nothing, or the head overrides with a recorded reason.</summary>
    public static readonly CaseGuard SelfCheckResolved = new("self-check", "案卷归档自查",
        (c, cmd, ctx) =>
        {
            var findings = ctx.SelfCheckFindings(c);
            return findings.Count == 0 || !string.IsNullOrWhiteSpace(cmd.Reason)
                ? null
                : new Refusal("case.self-check", "reason", $"归档前自查发现 {findings.Count} 个问题：{string.Join("；", findings)}。整改后再归档，或由负责人填写理由后归档", RefusalKind.Conflict);
        });
}
