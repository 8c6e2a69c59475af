using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Personnel;

internal static class PersonnelModule
{
    public static IServiceCollection AddPersonnel(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersonnelOptions>(configuration.GetSection("Personnel"));
        services.AddScoped<PersonnelService>();
        services.AddScoped<TrainingService>();
        return services;
    }

    public static WebApplication MapPersonnel(this WebApplication app)
    {
        var read = app.MapGroup("/api/v1").WithTags("执法人员").RequireAuthorization(Policies.Business);
        var write = app.MapGroup("/api/v1").WithTags("执法人员").RequireAuthorization(Policies.PersonnelManagers);

        read.MapGet("/officers", async (int? agencyId, string? q, int? page, int? pageSize, PersonnelService personnel) =>
        {
            var size = Math.Clamp(pageSize ?? 50, 1, 200);
            var (items, total) = await personnel.ListOfficersAsync(agencyId, q, page ?? 1, size);
            return Results.Ok(new { total, page = page ?? 1, pageSize = size, items });
        }).WithSummary("执法人员列表（身份证号脱敏）");

        read.MapGet("/officers/{id:int}", async (int id, PersonnelService personnel) =>
            await personnel.GetOfficerAsync(id) is { } officer ? Results.Ok(officer) : Problems.NotFound("人员"))
            .WithSummary("执法人员详情");

        write.MapPost("/officers", async (PersonnelService.OfficerInput input, PersonnelService personnel) =>
            Problems.Result(await personnel.CreateOfficerAsync(input), o => Results.Created($"/api/v1/officers/{o.Id}", o)))
            .WithSummary("登记执法人员");

        write.MapPut("/officers/{id:int}", async (int id, PersonnelService.OfficerInput input, PersonnelService personnel) =>
            Problems.Result(await personnel.UpdateOfficerAsync(id, input), Results.Ok)).WithSummary("修改执法人员（需版本号）");

        write.MapPost("/officers/{id:int}/leave", async (int id, LeaveInput input, PersonnelService personnel) =>
            Problems.Result(await personnel.LeavePostAsync(id, input.On), Results.Ok)).WithSummary("离岗（注销其全部有效证件）");

        read.MapGet("/officers/{id:int}/certificates", async (int id, PersonnelService personnel) =>
            await personnel.GetOfficerAsync(id) is null ? Problems.NotFound("人员") : Results.Ok(await personnel.CertificatesOfAsync(id)))
            .WithSummary("人员的执法证件");

        write.MapPost("/officers/{id:int}/certificates", async (int id, PersonnelService.CertificateInput input, PersonnelService personnel) =>
            Problems.Result(await personnel.AddCertificateAsync(id, input), c => Results.Created($"/api/v1/certificates/{c.Id}", c)))
            .WithSummary("发放执法证件（编号唯一）");

        write.MapPut("/certificates/{id:int}/status", async (int id, PersonnelService.StatusInput input, PersonnelService personnel) =>
            Problems.Result(await personnel.ChangeCertificateStatusAsync(id, input), Results.Ok)).WithSummary("变更证件状态（有效/暂扣/注销/收回）");

        write.MapPost("/certificates/{id:int}/reviews", async (int id, PersonnelService.ReviewInput input, PersonnelService personnel) =>
            Problems.Result(await personnel.AddReviewAsync(id, input), Results.Ok)).WithSummary("登记年度审验");

        read.MapGet("/certificates/expiring", async (int? days, PersonnelService personnel) =>
            Results.Ok(await personnel.ExpiringAsync(days))).WithSummary("即将到期的证件（默认 30 天，可配置）");

        read.MapGet("/officers/{id:int}/eligibility", async (int id, string? category, string? region, DateOnly? on, PersonnelService personnel) =>
            Problems.Result(await personnel.EligibilityAsync(id, category, region, on), Results.Ok))
            .WithSummary("能否在某门类、某区域、某日作为承办人执法（RULES §10）");

        read.MapGet("/training/ledger", async (int? year, int? agencyId, TrainingService training) =>
            Results.Ok(await training.LedgerAsync(year ?? training.CurrentYear, agencyId))).WithSummary("培训台账（学时与达标）");

        write.MapPost("/training/courses", async (TrainingService.CourseInput input, TrainingService training) =>
            Problems.Result(await training.AddCourseAsync(input), c => Results.Created($"/api/v1/training/courses/{c.Id}", c))).WithSummary("登记培训课程");

        write.MapPost("/training/courses/{id:int}/records", async (int id, TrainingService.RecordInput input, TrainingService training) =>
            Problems.Result(await training.AddRecordAsync(id, input), r => Results.Created($"/api/v1/training/courses/{id}/records/{r.Id}", r)))
            .WithSummary("登记参训记录与考试成绩");

        read.MapGet("/indicators", async (int? year, TrainingService training) =>
            Results.Ok(await training.IndicatorsAsync(year ?? training.CurrentYear))).WithSummary("队伍指标：持证率、培训达标率、法制审核人员占比");
        return app;
    }

    internal sealed record LeaveInput(DateOnly? On);
}
