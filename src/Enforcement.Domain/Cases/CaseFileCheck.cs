using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Cases;

/// <summary>
/// The pre-archive self-check of the case file (PRODUCT §1 ★): what an inspector of the file (案卷评查, RULES §7)
/// would flag before it is sealed — documents the path of the case requires, deadlines breached, handlers without a
/// valid certificate on the day they acted (APL Art 42), a fine outside the benchmark without a written reason, a
/// decision not served, a required legal review missing (APL Art 58) or not held after a hearing, a 先行登记保存
/// decided late or not at all (APL Art 56: the clock, or the preservation itself once the investigation is over).
/// </summary>
public static class CaseFileCheck
{
    /// <summary>The moves that are enforcement acts of the handlers (the days their certificates must cover).</summary>
    private static readonly CaseAction[] HandlerActs = [CaseAction.SubmitRegistration, CaseAction.ApproveRegistration, CaseAction.SendNotice, CaseAction.Decide];

    public static IReadOnlyList<string> Findings(
        EnforcementCase c,
        IReadOnlySet<DocumentKind> documentsOnFile,
        IReadOnlyList<CaseClock> clocks,
        Func<int, DateOnly, EligibilityResult> eligibility)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(documentsOnFile);
        ArgumentNullException.ThrowIfNull(clocks);
        ArgumentNullException.ThrowIfNull(eligibility);
        var findings = new List<string>();

        if (c.HandlerIds.Distinct().Count() < 2 && c.Status is not (CaseStatus.NotRegistered or CaseStatus.Clue)) findings.Add("承办人少于两人（行政处罚法第四十二条）");
        foreach (var act in c.History.Where(h => HandlerActs.Contains(h.Action)).OrderBy(h => h.On))
        {
            foreach (var handler in c.HandlerIds.Distinct())
            {
                var result = eligibility(handler, act.On);
                if (!result.Allowed) findings.Add($"{act.On:yyyy-MM-dd}“{CaseStatusNames.Name(act.Action)}”时承办人不具备执法资格：{result.Reason}");
            }
        }

        foreach (var kind in RequiredDocuments(c).Where(k => !documentsOnFile.Contains(k)))
        {
            findings.Add($"缺少{DocumentRules.Name(kind)}");
        }

        foreach (var clock in clocks.Where(k => k.State is ClockState.MetLate or ClockState.Overdue))
        {
            findings.Add($"{clock.Name}超过法定期限（应于 {clock.Due:yyyy-MM-dd} 前，{clock.Article}）");
        }

        if (c.DecidedFineFen is { } fine && c.RecommendedMinFen is { } min && c.RecommendedMaxFen is { } max
            && (fine < min || fine > max) && string.IsNullOrWhiteSpace(c.DeviationReason))
        {
            findings.Add("罚款超出裁量基准建议范围且无书面理由（行政处罚法第三十四条）");
        }
        if (c.DecidedOn is not null && c.ServedOn is null) findings.Add("决定书未送达（行政处罚法第六十一条）");
        if (c.LegalReviewRequired && c.LegalReviewPassedOn is null && c.DecidedOn is not null) findings.Add("应法制审核而未审核（行政处罚法第五十八条）");
        if (c.HearingOn is { } hearing && c.DecidedOn is not null && !(c.LegalReviewPassedOn >= hearing))
        {
            findings.Add("经过听证的案件，听证后未经法制审核即作出决定（行政处罚法第五十八条第一款第（二）项）");
        }
        foreach (var p in c.Preservations.Where(p => p.DecidedOn is null && c.Status is not CaseStatus.Investigating))
        {
            findings.Add($"{p.PreservedOn:yyyy-MM-dd} 先行登记保存的证据（{p.Items}）未作出处理决定（行政处罚法第五十六条）");
        }
        return findings;
    }

    /// <summary>The documents the path this case took must have produced, in the order of the file.</summary>
    public static IEnumerable<DocumentKind> RequiredDocuments(EnforcementCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Procedure == CaseProcedure.Summary)
        {
            yield return DocumentKind.OnTheSpotDecision;
            yield break;
        }
        if (c.RegisteredOn is not null) yield return DocumentKind.RegistrationForm;
        if (c.Preservations.Count > 0) yield return DocumentKind.EvidenceList;
        if (c.NoticeServedOn is not null) yield return DocumentKind.ViolationNotice;
        if (c.HearingOn is not null) yield return DocumentKind.HearingNotice;
        if (c.DecidedOn is not null)
        {
            yield return c.DecidedKinds == Catalog.PenaltyKinds.None ? DocumentKind.NoPenaltyDecision : DocumentKind.PenaltyDecision;
        }
        if (c.ServedOn is not null && c.ServiceMethod != ServiceMethod.PublicNotice) yield return DocumentKind.ServiceReceipt;
        if (c.ReminderServedOn is not null) yield return DocumentKind.Reminder;
        if (c.ClosedOn is not null) yield return DocumentKind.ClosingReport;
    }
}
