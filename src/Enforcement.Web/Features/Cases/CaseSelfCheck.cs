using Enforcement.Domain.Cases;

namespace Enforcement.Web.Features.Cases;

/// <summary>
/// The pre-archive self-check of the case file (PRODUCT §1 ★): what an inspector of the file would flag. This first
/// version checks the structured facts; document completeness joins when documents are generated.
/// </summary>
internal static class CaseSelfCheck
{
    public static IReadOnlyList<string> Findings(EnforcementCase c)
    {
        var findings = new List<string>();
        if (c.HandlerIds.Distinct().Count() < 2) findings.Add("承办人少于两人");
        if (c.Procedure == CaseProcedure.General && c.RegisteredOn is null && c.Status is not CaseStatus.NotRegistered) findings.Add("缺少立案日期");
        if (c.DecidedFineFen is not null && c.RecommendedMinFen is { } min && c.RecommendedMaxFen is { } max
            && (c.DecidedFineFen < min || c.DecidedFineFen > max) && string.IsNullOrWhiteSpace(c.DeviationReason))
        {
            findings.Add("罚款超出裁量基准建议范围且无书面理由");
        }
        if (c.DecidedOn is not null && c.ServedOn is null) findings.Add("决定书未送达");
        if (c.LegalReviewRequired && c.LegalReviewPassedOn is null && c.DecidedOn is not null) findings.Add("应法制审核而未审核");
        return findings;
    }
}
