using Enforcement.Data;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Personnel;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Personnel;

/// <summary>
/// Officers, certificates and training. Every read goes through the context's scope filter; every write names the
/// offending field when it refuses and saves in one SaveChanges, so nothing partial is written.
/// </summary>
internal sealed class PersonnelService(EnforcementDbContext db, TimeProvider clock, IOptions<PersonnelOptions> options)
{
    public sealed record OfficerInput(
        int? AgencyId, string? Name, string? IdNumber, string? Post, string? Categories, string? LegalQualificationNumber,
        bool IsAuxiliary, bool IsLegalReviewer, string? Phone, int? Version = null);

    public sealed record CertificateInput(string? Number, string? Issuer, string? Categories, string? RegionCode, DateOnly? IssuedOn, DateOnly? ExpiresOn);

    public sealed record StatusInput(string? Status, DateOnly? On, string? Reason, int? Version);

    public sealed record ReviewInput(int? Year, DateOnly? ReviewedOn, bool Passed, string? Reviewer, string? Note);

    public PersonnelOptions Options => options.Value;
    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<(IReadOnlyList<OfficerView> Items, int Total)> ListOfficersAsync(int? agencyId, string? search, int page, int pageSize)
    {
        var query = db.Officers.AsNoTracking();
        if (agencyId is { } a) query = query.Where(o => o.AgencyId == a);
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(o => o.Name.Contains(search.Trim()));
        var total = await query.CountAsync();
        var officers = await query.OrderBy(o => o.AgencyId).ThenBy(o => o.Id)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync();
        return (await ToViewsAsync(officers), total);
    }

    public async Task<OfficerView?> GetOfficerAsync(int id)
    {
        var officer = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        return officer is null ? null : (await ToViewsAsync([officer]))[0];
    }

    public async Task<Result<OfficerView>> CreateOfficerAsync(OfficerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checkedInput = Validate(input);
        if (!checkedInput.IsOk) return checkedInput.Refusal!;
        var (idNumber, categories) = checkedInput.Value;
        if (!db.Request.Scope.Allows(input.AgencyId!.Value) || !await db.Agencies.AnyAsync(a => a.Id == input.AgencyId))
        {
            return new Refusal("agency.out-of-scope", "agencyId", "所属机构不存在或不在您的数据范围内");
        }
        if (await db.Officers.IgnoreQueryFilters().AnyAsync(o => o.IdNumber == idNumber.Value))
        {
            return new Refusal("officer.duplicate", "idNumber", "该身份证号码的人员已登记", RefusalKind.Conflict);
        }

        var officer = new Officer
        {
            AgencyId = input.AgencyId.Value,
            Name = input.Name!.Trim(),
            IdNumber = idNumber.Value,
            Gender = idNumber.Sex == Sex.Female ? Gender.Female : Gender.Male,
            Post = Blank(input.Post),
            Categories = categories,
            LegalQualificationNumber = Blank(input.LegalQualificationNumber),
            IsAuxiliary = input.IsAuxiliary,
            IsLegalReviewer = input.IsLegalReviewer,
            Phone = Blank(input.Phone),
        };
        db.Officers.Add(officer);
        await db.SaveChangesAsync();
        return (await ToViewsAsync([officer]))[0];
    }

    public async Task<Result<OfficerView>> UpdateOfficerAsync(int id, OfficerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checkedInput = Validate(input with { AgencyId = input.AgencyId ?? 0 });
        if (!checkedInput.IsOk) return checkedInput.Refusal!;
        if (input.Version is null) return Problems.Required("version", "版本号");
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == id);
        if (officer is null) return Problems.Missing("人员");
        if (input.AgencyId is { } agency && agency != officer.AgencyId && !db.Request.Scope.Allows(agency))
        {
            return new Refusal("agency.out-of-scope", "agencyId", "所属机构不存在或不在您的数据范围内");
        }
        var (idNumber, categories) = checkedInput.Value;
        if (idNumber.Value != officer.IdNumber && await db.Officers.IgnoreQueryFilters().AnyAsync(o => o.IdNumber == idNumber.Value))
        {
            return new Refusal("officer.duplicate", "idNumber", "该身份证号码的人员已登记", RefusalKind.Conflict);
        }
        db.Entry(officer).Property(o => o.Version).OriginalValue = input.Version.Value;
        officer.AgencyId = input.AgencyId ?? officer.AgencyId;
        officer.Name = input.Name!.Trim();
        officer.IdNumber = idNumber.Value;
        officer.Gender = idNumber.Sex == Sex.Female ? Gender.Female : Gender.Male;
        officer.Post = Blank(input.Post);
        officer.Categories = categories;
        officer.LegalQualificationNumber = Blank(input.LegalQualificationNumber);
        officer.IsAuxiliary = input.IsAuxiliary;
        officer.IsLegalReviewer = input.IsLegalReviewer;
        officer.Phone = Blank(input.Phone);
        var saved = await SaveAsync();
        return saved is null ? (await ToViewsAsync([officer]))[0] : saved;
    }

    /// <summary>Leaving the post cancels every certificate still in force (RULES §10).</summary>
    public async Task<Result<OfficerView>> LeavePostAsync(int id, DateOnly? on)
    {
        if (on is null) return Problems.Required("on", "离岗日期");
        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == id);
        if (officer is null) return Problems.Missing("人员");
        if (officer.LeftPostOn is not null) return new Refusal("officer.already-left", null, "该人员已离岗", RefusalKind.Conflict);
        officer.LeftPostOn = on;
        foreach (var certificate in await db.Certificates.Where(c => c.OfficerId == id && c.Status == CertificateStatus.Valid).ToListAsync())
        {
            certificate.Status = CertificateStatus.Cancelled;
            certificate.StatusChangedOn = on;
            certificate.StatusReason = "离岗注销";
        }
        await db.SaveChangesAsync();
        return (await ToViewsAsync([officer]))[0];
    }

    public async Task<IReadOnlyList<CertificateView>> CertificatesOfAsync(int officerId)
    {
        var certificates = await db.Certificates.AsNoTracking().Include(c => c.Officer).Include(c => c.Reviews)
            .Where(c => c.OfficerId == officerId).OrderByDescending(c => c.ExpiresOn).ToListAsync();
        return [.. certificates.Select(ToView)];
    }

    public async Task<Result<CertificateView>> AddCertificateAsync(int officerId, CertificateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Number)) return Problems.Required("number", "证件编号");
        if (string.IsNullOrWhiteSpace(input.Issuer)) return Problems.Required("issuer", "发证机关");
        if (!EnforcementCategoryNames.TryParse(input.Categories, out var categories, out var unknown))
        {
            return new Refusal("categories.unknown", "categories", $"未知的执法门类“{unknown}”");
        }
        if (categories == EnforcementCategory.None) return Problems.Required("categories", "执法门类");
        var region = DivisionCode.TryParse(input.RegionCode);
        if (!region.IsOk) return region.Refusal!.For("regionCode");
        if (input.IssuedOn is null) return Problems.Required("issuedOn", "发证日期");
        if (input.ExpiresOn is null) return Problems.Required("expiresOn", "有效期至");
        if (input.ExpiresOn <= input.IssuedOn) return new Refusal("certificate.dates", "expiresOn", "有效期至必须晚于发证日期");

        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId);
        if (officer is null) return Problems.Missing("人员");
        if (officer.IsAuxiliary) return new Refusal("certificate.auxiliary", "officerId", "执法辅助人员不能持有执法证件", RefusalKind.Conflict);
        if (officer.LeftPostOn is not null) return new Refusal("certificate.left-post", "officerId", "该人员已离岗，不能发证", RefusalKind.Conflict);
        var number = input.Number.Trim();
        if (await db.Certificates.IgnoreQueryFilters().AnyAsync(c => c.Number == number))
        {
            return new Refusal("certificate.duplicate", "number", $"证件编号 {number} 已存在", RefusalKind.Conflict);
        }
        var certificate = new Certificate
        {
            OfficerId = officerId,
            Number = number,
            Issuer = input.Issuer.Trim(),
            Categories = categories,
            RegionCode = region.Value!.Value,
            IssuedOn = input.IssuedOn.Value,
            ExpiresOn = input.ExpiresOn.Value,
        };
        db.Certificates.Add(certificate);
        var saved = await SaveAsync();
        if (saved is not null) return saved;
        certificate.Officer = officer;
        return ToView(certificate);
    }

    public async Task<Result<CertificateView>> ChangeCertificateStatusAsync(int id, StatusInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CertificateStatusNames.TryParse(input.Status, out var status)) return new Refusal("certificate.status", "status", "状态须为 有效/暂扣/注销/收回");
        if (input.On is null) return Problems.Required("on", "生效日期");
        if (input.Version is null) return Problems.Required("version", "版本号");
        if (status != CertificateStatus.Valid && string.IsNullOrWhiteSpace(input.Reason)) return Problems.Required("reason", "原因");
        var certificate = await db.Certificates.Include(c => c.Officer).Include(c => c.Reviews).FirstOrDefaultAsync(c => c.Id == id);
        if (certificate is null) return Problems.Missing("证件");
        // Cancelled and withdrawn certificates are final: a new certificate is issued instead.
        if (certificate.Status is CertificateStatus.Cancelled or CertificateStatus.Withdrawn)
        {
            return new Refusal("certificate.final", "status", $"证件已{CertificateStatusNames.Name(certificate.Status)}，不能再变更状态", RefusalKind.Conflict);
        }
        db.Entry(certificate).Property(c => c.Version).OriginalValue = input.Version.Value;
        certificate.Status = status;
        certificate.StatusChangedOn = input.On;
        certificate.StatusReason = Blank(input.Reason);
        var saved = await SaveAsync();
        return saved is null ? ToView(certificate) : saved;
    }

    public async Task<Result<CertificateView>> AddReviewAsync(int certificateId, ReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Year is null) return Problems.Required("year", "审验年度");
        if (input.ReviewedOn is null) return Problems.Required("reviewedOn", "审验日期");
        if (string.IsNullOrWhiteSpace(input.Reviewer)) return Problems.Required("reviewer", "审验机关");
        var certificate = await db.Certificates.Include(c => c.Officer).Include(c => c.Reviews).FirstOrDefaultAsync(c => c.Id == certificateId);
        if (certificate is null) return Problems.Missing("证件");
        if (certificate.Reviews.Any(r => r.Year == input.Year)) return new Refusal("review.duplicate", "year", $"{input.Year} 年度已审验", RefusalKind.Conflict);
        certificate.Reviews.Add(new CertificateReview { Year = input.Year.Value, ReviewedOn = input.ReviewedOn.Value, Passed = input.Passed, Reviewer = input.Reviewer.Trim(), Note = Blank(input.Note) });
        await db.SaveChangesAsync();
        return ToView(certificate);
    }

    /// <summary>Certificates in scope that expire within the warning window, or have already expired while still marked valid.</summary>
    public async Task<IReadOnlyList<CertificateView>> ExpiringAsync(int? withinDays = null)
    {
        var limit = Today.AddDays(withinDays ?? Options.ExpiryWarningDays);
        var certificates = await db.Certificates.AsNoTracking().Include(c => c.Officer).Include(c => c.Reviews)
            .Where(c => c.Status == CertificateStatus.Valid && c.ExpiresOn <= limit && c.Officer!.LeftPostOn == null)
            .OrderBy(c => c.ExpiresOn).ToListAsync();
        return [.. certificates.Select(ToView)];
    }

    public async Task<Result<EligibilityView>> EligibilityAsync(int officerId, string? category, string? region, DateOnly? on)
    {
        if (!EnforcementCategoryNames.TryParse(category, out var categories, out var unknown)) return new Refusal("categories.unknown", "category", $"未知的执法门类“{unknown}”");
        var division = DivisionCode.TryParse(region);
        if (!division.IsOk) return division.Refusal!.For("region");
        var officer = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == officerId);
        if (officer is null) return Problems.Missing("人员");
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.OfficerId == officerId).ToListAsync();
        var result = ActingEligibility.Check(officer, certificates, categories, division.Value!, on ?? Today);
        return new EligibilityView(result.Allowed, result.Code, result.Reason, result.Certificate?.Number);
    }

    private Result<(ResidentIdNumber IdNumber, EnforcementCategory Categories)> Validate(OfficerInput input)
    {
        if (input.AgencyId is null) return Problems.Required("agencyId", "所属机构");
        if (string.IsNullOrWhiteSpace(input.Name)) return Problems.Required("name", "姓名");
        if (input.Name.Trim().Length > 50) return new Refusal("name.length", "name", "姓名不能超过 50 个字");
        var idNumber = ResidentIdNumber.TryParse(input.IdNumber, Today);
        if (!idNumber.IsOk) return idNumber.Refusal!.For("idNumber");
        if (!EnforcementCategoryNames.TryParse(input.Categories, out var categories, out var unknown))
        {
            return new Refusal("categories.unknown", "categories", $"未知的执法门类“{unknown}”");
        }
        if (input.IsAuxiliary && input.IsLegalReviewer) return new Refusal("officer.auxiliary-reviewer", "isLegalReviewer", "执法辅助人员不能担任法制审核人员");
        return (idNumber.Value!, categories);
    }

    private async Task<Refusal?> SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion;
        }
    }

    private async Task<IReadOnlyList<OfficerView>> ToViewsAsync(IReadOnlyList<Officer> officers)
    {
        var ids = officers.Select(o => o.Id).ToList();
        var agencyIds = officers.Select(o => o.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name);
        var certificates = (await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.OfficerId)).ToListAsync()).ToLookup(c => c.OfficerId);
        var today = Today;
        return [.. officers.Select(o => new OfficerView(
            o.Id, o.Name, Masking.IdNumber(o.IdNumber), o.Gender, o.AgencyId, agencies.GetValueOrDefault(o.AgencyId, ""), o.Post,
            EnforcementCategoryNames.Describe(o.Categories), o.IsAuxiliary, o.IsLegalReviewer, o.LegalQualificationNumber,
            o.Phone is null ? null : Masking.Phone(o.Phone), o.LeftPostOn, CertificateState(o, certificates[o.Id], today), o.Version))];
    }

    private string CertificateState(Officer officer, IEnumerable<Certificate> certificates, DateOnly today)
    {
        if (officer.IsAuxiliary) return "辅助人员（无证）";
        var valid = certificates.Where(c => ActingEligibility.ProblemWith(c, EnforcementCategory.None, DivisionCode.Parse(c.RegionCode), today) is null)
            .OrderByDescending(c => c.ExpiresOn).FirstOrDefault();
        if (valid is null) return certificates.Any() ? "无有效证件" : "未持证";
        return valid.ExpiresOn <= today.AddDays(Options.ExpiryWarningDays) ? $"有效，{valid.ExpiresOn:yyyy-MM-dd} 到期" : "有效";
    }

    private CertificateView ToView(Certificate c) => new(
        c.Id, c.OfficerId, c.Officer?.Name ?? "", c.Number, c.Issuer, EnforcementCategoryNames.Describe(c.Categories), c.RegionCode,
        c.IssuedOn, c.ExpiresOn, c.Status, CertificateStatusNames.Name(c.Status), c.StatusChangedOn, c.StatusReason,
        c.ExpiresOn.DayNumber - Today.DayNumber, c.Version,
        [.. c.Reviews.OrderBy(r => r.Year).Select(r => new CertificateReviewView(r.Year, r.ReviewedOn, r.Passed, r.Reviewer, r.Note))]);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
