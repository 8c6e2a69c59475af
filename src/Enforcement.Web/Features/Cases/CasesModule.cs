using System.Security.Claims;
using Enforcement.Domain.Cases;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Cases;

internal static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        // Read once: the kinds of period left out of the decision period (Cases:DecisionPauses).
        services.AddSingleton(sp => CaseRulesConfiguration.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<CaseService>();
        services.AddScoped<CaseInboxService>();
        return services;
    }

    public static WebApplication MapCases(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/cases").WithTags("案件").RequireAuthorization(Policies.Business);
        api.MapPost("", async (CaseService.CreateInput input, CaseService cases, ClaimsPrincipal user) =>
            Problems.Result(await cases.CreateClueAsync(input, user), c => Results.Created($"/api/v1/cases/{c.Id}", c))).WithSummary("登记案源");
        api.MapGet("", async (CaseStatus? status, string? q, int? page, int? pageSize, CaseService cases) =>
        {
            var size = Math.Clamp(pageSize ?? 50, 1, 200);
            var (items, total) = await cases.ListAsync(status, q, page ?? 1, size);
            return Results.Ok(new { total, page = page ?? 1, pageSize = size, items });
        }).WithSummary("案件列表");
        api.MapPost("/{id:int}/statement", async (int id, CaseService.StatementInput input, CaseService cases) =>
            Problems.Result(await cases.RecordStatementAsync(id, input), Results.Ok)).WithSummary("登记当事人陈述申辩，或明确放弃陈述申辩、听证");
        api.MapGet("/{id:int}/self-check", async (int id, CaseService cases) =>
            await cases.SelfCheckAsync(id) is { } findings ? Results.Ok(new { findings }) : Problems.NotFound("案件"))
            .WithSummary("归档前自查：缺少的文书、超期、承办人资格、裁量偏离、未送达、法制审核");
        api.MapGet("/{id:int}/surcharge", async (int id, DateOnly? asOf, CaseService cases) =>
            await cases.SurchargeAsync(id, asOf) is { } result ? Problems.Result(result, Results.Ok) : Problems.NotFound("案件"))
            .WithSummary("加处罚款：截至某日的金额、计算过程（每日 3%，不超过罚款数额，复议、诉讼期间不计算）、尚欠与已缴金额");
        api.MapGet("/deviations", async (CaseService cases) => Results.Ok(await cases.DeviationsAsync()))
            .WithSummary("罚款偏离裁量基准建议范围的决定（监督人员含下级机构）");
        api.MapGet("/attention", async (CaseService cases) => Results.Ok(await cases.AttentionAsync()))
            .WithSummary("期限预警与超期案件（本机构；监督人员含下级机构）");
        api.MapGet("/{id:int}", async (int id, CaseService cases) =>
            await cases.GetAsync(id) is { } c ? Results.Ok(c) : Problems.NotFound("案件")).WithSummary("案件详情（含流转记录与可办理的下一步）");
        api.MapPost("/{id:int}/moves/{action}", async (int id, CaseAction action, CaseService.MoveInput input, CaseService cases, ClaimsPrincipal user) =>
            Problems.Result(await cases.MoveAsync(id, action, input, user), Results.Ok))
            .WithSummary("办理下一步（流转表决定是否合法；不合法返回 409 并说明条款）");
        CaseMoveForm.Map(app);
        CaseInboxModule.Map(app);
        return app;
    }
}
