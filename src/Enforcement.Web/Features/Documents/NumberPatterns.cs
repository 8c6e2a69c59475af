using Enforcement.Data;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Documents;

/// <summary>
/// Which number pattern an agency uses for a series, from configuration (<c>Documents:Numbering</c>):
/// <code>
/// "Documents": { "Numbering": {
///   "Template": "{prefix}〔{year}〕{seq}号",                      platform default
///   "Agencies": { "gonghe-dot": {                                 by agency key
///     "ShortName": "共",                                           replaces the derived short name
///     "Template": "…",                                             this agency's template
///     "decision": { "Prefix": "共交执罚字", "Template": "…" } } } } }   one series (NumberSeriesCodes)
/// </code>
/// Without configuration the short name is the first character of the agency's division (共和县 → 共), so a
/// decision of 共和县交通运输局 reads 共交执罚〔2026〕1号.
/// </summary>
internal sealed class NumberPatterns(EnforcementDbContext db, IConfiguration configuration)
{
    public async Task<Result<DocumentNumberPattern>> ForAsync(int agencyId, NumberSeries series)
    {
        // Agencies and divisions carry no scope filter: the numbering of a case's agency is not a secret of that agency.
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => new { a.Key, a.Name, a.DivisionCode }).SingleAsync();
        var division = await db.Divisions.AsNoTracking().Where(d => d.Code == agency.DivisionCode).Select(d => d.Name).FirstOrDefaultAsync();
        return Resolve(configuration.GetSection("Documents:Numbering"), agency.Key, (division ?? agency.Name)[..1], series);
    }

    /// <summary>The most specific setting wins: the series' own, then the agency's, then the platform's, then the default.</summary>
    public static Result<DocumentNumberPattern> Resolve(IConfiguration numbering, string agencyKey, string derivedShortName, NumberSeries series)
    {
        ArgumentNullException.ThrowIfNull(numbering);
        var agency = numbering.GetSection("Agencies").GetSection(agencyKey);
        var own = agency.GetSection(NumberSeriesCodes.Code(series));
        var template = own["Template"] ?? agency["Template"] ?? numbering["Template"] ?? DocumentNumberPattern.DefaultTemplate;
        var prefix = own["Prefix"] ?? DocumentNumberPattern.DefaultPrefix(agency["ShortName"] ?? derivedShortName, series);
        var pattern = DocumentNumberPattern.Create(template, prefix);
        return pattern.IsOk
            ? pattern
            : pattern.Refusal! with
            {
                Kind = RefusalKind.Conflict,
                Message = $"机构 {agencyKey} 的文号格式配置有误（Documents:Numbering，{NumberSeriesCodes.Code(series)}）：{pattern.Refusal!.Message}",
            };
    }
}
