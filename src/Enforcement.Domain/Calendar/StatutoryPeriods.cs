namespace Enforcement.Domain.Calendar;

/// <summary>
/// The statutory periods used in transport enforcement, with their articles. Rules flagged
/// <see cref="PeriodRule.IsConfigurableDefault"/> are not fixed by a verified legal text: configuration should
/// override them (construct a <see cref="PeriodRule"/> with the configured count).
/// <para>
/// 《行政处罚法》(2021) 第八十五条: "本法中'二日''三日''五日''七日'的规定是指工作日，不含法定节假日" — so the 2/3/5/7-day
/// periods of that law are working days, while its 15-day and 90-day periods are calendar days.
/// </para>
/// </summary>
public static class StatutoryPeriods
{
    /// <summary>当事人要求听证：行政机关告知后五日内提出（工作日）。</summary>
    public static readonly PeriodRule HearingRequest = new(
        "hearing-request", 5, PeriodUnit.WorkingDays, "《行政处罚法》第六十四条第（一）项、第八十五条");

    /// <summary>
    /// 听证通知：举行听证的七日前通知当事人（工作日）。Counted backwards from the hearing day: the result is the latest
    /// notice date, the seventh working day before the hearing.
    /// </summary>
    public static readonly PeriodRule HearingNotice = new(
        "hearing-notice", 7, PeriodUnit.WorkingDays, "《行政处罚法》第六十四条第（二）项、第八十五条", countsBackward: true);

    /// <summary>先行登记保存的证据：七日内作出处理决定（工作日）。</summary>
    public static readonly PeriodRule EvidencePreservationDecision = new(
        "evidence-preservation-decision", 7, PeriodUnit.WorkingDays, "《行政处罚法》第五十六条、第八十五条");

    /// <summary>当事人不在场：七日内依照民事诉讼法送达行政处罚决定书（工作日）。</summary>
    public static readonly PeriodRule ServiceWhenAbsent = new(
        "service-when-absent", 7, PeriodUnit.WorkingDays, "《行政处罚法》第六十一条、第八十五条");

    /// <summary>处罚决定被变更、撤销、确认违法或无效：三日内撤回已公开的决定信息（工作日）。</summary>
    public static readonly PeriodRule PublicationWithdrawal = new(
        "publication-withdrawal", 3, PeriodUnit.WorkingDays, "《行政处罚法》第四十八条第二款、第八十五条");

    /// <summary>行政处罚决定信息：作出之日起七个工作日内公开。Unverified: configurable default.</summary>
    public static readonly PeriodRule Publication = new(
        "publication", 7, PeriodUnit.WorkingDays, "国办发〔2018〕118号",
        isConfigurableDefault: true,
        note: "Text of 国办发〔2018〕118号 not verified here; configurable default.");

    /// <summary>陈述、申辩期限：法律未规定具体天数，默认三个工作日。Unverified: configurable default.</summary>
    public static readonly PeriodRule StatementAndDefence = new(
        "statement-and-defence", 3, PeriodUnit.WorkingDays, "《行政处罚法》第四十四条、第四十五条",
        isConfigurableDefault: true,
        note: "The law fixes no number of days; 3 working days is a default for configuration to override.");

    /// <summary>缴纳罚款：收到行政处罚决定书之日起十五日内（自然日，第八十五条不适用于十五日）。</summary>
    public static readonly PeriodRule Payment = new(
        "payment", 15, PeriodUnit.CalendarDays, "《行政处罚法》第六十七条第三款");

    /// <summary>作出行政处罚决定：立案之日起九十日内（自然日）。</summary>
    public static readonly PeriodRule Decision = new(
        "decision", 90, PeriodUnit.CalendarDays, "《行政处罚法》第六十条");

    /// <summary>申请行政复议：知道或者应当知道行政行为之日起六十日内（自然日）。</summary>
    public static readonly PeriodRule ReconsiderationRequest = new(
        "reconsideration-request", 60, PeriodUnit.CalendarDays, "《行政复议法》(2023) 第二十条");

    /// <summary>提起行政诉讼：知道或者应当知道作出行政行为之日起六个月内。</summary>
    public static readonly PeriodRule Litigation = new(
        "litigation", 6, PeriodUnit.Months, "《行政诉讼法》第四十六条");

    /// <summary>
    /// 当场处罚决定报所属执法部门备案：五日。The 交通运输行政执法程序规定 is a departmental rule, not the 行政处罚法, so
    /// 行政处罚法第八十五条 does not apply to it directly; counted as working days by the same reasoning.
    /// Configurable default.
    /// </summary>
    public static readonly PeriodRule OnTheSpotFiling = new(
        "on-the-spot-filing", 5, PeriodUnit.WorkingDays, "《交通运输行政执法程序规定》第六十一条第（八）项",
        isConfigurableDefault: true,
        note: "Working days by analogy with 《行政处罚法》第八十五条; the rule itself does not say. Configurable default.");

    /// <summary>公告送达：自发出公告之日起经过三十日即视为送达（自然日）。</summary>
    public static readonly PeriodRule PublicNoticeService = new(
        "public-notice-service", 30, PeriodUnit.CalendarDays, "《民事诉讼法》(2023) 第九十五条");

    /// <summary>
    /// 催告书送达十日后当事人仍未履行的，方可申请人民法院强制执行。行政强制法第六十九条: "本法中十日以内期限的规定是指工作日" —
    /// so ten working days.
    /// </summary>
    public static readonly PeriodRule EnforcementReminder = new(
        "enforcement-reminder", 10, PeriodUnit.WorkingDays, "《行政强制法》第五十四条、第六十九条");

    /// <summary>申请人民法院强制执行：自复议、诉讼期限届满之日起三个月内（自然月）。</summary>
    public static readonly PeriodRule CourtEnforcementApplication = new(
        "court-enforcement-application", 3, PeriodUnit.Months, "《行政强制法》第五十三条");

    /// <summary>不服复议决定的：收到复议决定书之日起十五日内向人民法院提起诉讼（自然日）。</summary>
    public static readonly PeriodRule LitigationAfterReconsideration = new(
        "litigation-after-reconsideration", 15, PeriodUnit.CalendarDays, "《行政诉讼法》第四十五条");

    /// <summary>Every rule above, in declaration order.</summary>
    public static readonly IReadOnlyList<PeriodRule> All =
    [
        HearingRequest,
        HearingNotice,
        EvidencePreservationDecision,
        ServiceWhenAbsent,
        PublicationWithdrawal,
        Publication,
        StatementAndDefence,
        Payment,
        Decision,
        ReconsiderationRequest,
        Litigation,
        OnTheSpotFiling,
        PublicNoticeService,
        EnforcementReminder,
        CourtEnforcementApplication,
        LitigationAfterReconsideration,
    ];
}
