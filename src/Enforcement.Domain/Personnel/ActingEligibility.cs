using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Personnel;

/// <summary>
/// The one answer to "may this person act as case handler for category C in region R on date D" (RULES §10).
/// Penalties are imposed only by officers with enforcement qualification (APL Art 42), who show their certificate
/// (APL Art 55; TEP Art 61(1), Art 22); acting without one is a disciplinary matter (APL Art 76(5)). Auxiliary staff
/// may assist but never act or sign as case handler. Later modules (cases, overload) call only this.
/// </summary>
public static class ActingEligibility
{
    public static EligibilityResult Check(Officer officer, IEnumerable<Certificate> certificates, EnforcementCategory category, DivisionCode region, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(region);

        if (officer.IsAuxiliary)
        {
            return EligibilityResult.No("auxiliary", "执法辅助人员只能协助执法，不得作为承办人（行政处罚法第四十二条）");
        }
        if (!officer.InPostOn(on))
        {
            return EligibilityResult.No("left-post", $"{officer.Name}已于 {officer.LeftPostOn:yyyy-MM-dd} 离岗");
        }

        var reasons = new List<string>();
        foreach (var certificate in certificates.Where(c => c.OfficerId == officer.Id).OrderByDescending(c => c.ExpiresOn))
        {
            var problem = ProblemWith(certificate, category, region, on);
            if (problem is null) return EligibilityResult.Yes(certificate);
            reasons.Add($"证件 {certificate.Number}：{problem}");
        }
        return reasons.Count == 0
            ? EligibilityResult.No("no-certificate", $"{officer.Name}未取得执法证件（行政处罚法第四十二条）")
            : EligibilityResult.No("no-valid-certificate", string.Join("；", reasons));
    }

    /// <summary>Why this certificate does not cover the act, or null when it does.</summary>
    public static string? ProblemWith(Certificate certificate, EnforcementCategory category, DivisionCode region, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(region);
        if (on < certificate.IssuedOn) return $"{on:yyyy-MM-dd} 时尚未发证（发证日期 {certificate.IssuedOn:yyyy-MM-dd}）";
        if (on > certificate.ExpiresOn) return $"已于 {certificate.ExpiresOn:yyyy-MM-dd} 过期";
        // The status holds from the day it changed; before that day the certificate was valid.
        if (certificate.Status != CertificateStatus.Valid && (certificate.StatusChangedOn is null || certificate.StatusChangedOn <= on))
        {
            return $"状态为{CertificateStatusNames.Name(certificate.Status)}";
        }
        if (category != EnforcementCategory.None && !certificate.Categories.HasFlag(category))
        {
            return $"执法门类不含{EnforcementCategoryNames.Describe(category)}";
        }
        var certificateRegion = DivisionCode.TryParse(certificate.RegionCode);
        if (!certificateRegion.IsOk || !region.IsWithin(certificateRegion.Value!))
        {
            return $"执法区域 {certificate.RegionCode} 不含 {region}";
        }
        return null;
    }
}

/// <summary>Yes with the certificate that allows the act, or no with the Chinese reason.</summary>
public sealed record EligibilityResult(bool Allowed, string? Code, string? Reason, Certificate? Certificate)
{
    public static EligibilityResult Yes(Certificate certificate) => new(true, null, null, certificate);
    public static EligibilityResult No(string code, string reason) => new(false, code, reason, null);
}

public static class CertificateStatusNames
{
    public static string Name(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.Suspended => "暂扣",
        CertificateStatus.Cancelled => "注销",
        CertificateStatus.Withdrawn => "收回",
    };

    public static bool TryParse(string? text, out CertificateStatus status)
    {
        foreach (var s in Enum.GetValues<CertificateStatus>())
        {
            if (Name(s) == text?.Trim() || string.Equals(s.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }
        status = default;
        return false;
    }
}
