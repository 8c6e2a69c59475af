using System.Security.Claims;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Review;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Clues;

/// <summary>
/// The clue review (线索中心): API under <c>/api/v1/wim/clues</c>, the review screen at <c>/wim/clues</c>, and the
/// owner's public statement page at <c>/public/statement/{token}</c> with its API under <c>/api/v1/public/statements</c>.
/// </summary>
internal static class CluesModule
{
    public static IServiceCollection AddClues(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ClueOptions.From(configuration));
        services.AddScoped<ClueService>();
        return services;
    }

    public static WebApplication MapClues(this WebApplication app)
    {
        var clues = app.MapGroup("/api/v1/wim/clues").WithTags("线索审核").RequireAuthorization(Policies.Business);
        clues.MapGet("", async (ClueStatus? status, int? stationId, DateOnly? from, DateOnly? to, OverloadOutcome? outcome, int? page, int? pageSize, ClueService service) =>
                Results.Ok(await service.ListAsync(new(status, stationId, from, to, outcome, page ?? 1, pageSize ?? 50))))
            .WithSummary("线索队列（按站点、日期、状态、处理结果筛选；标记一年内超限超过3次的车辆）");
        clues.MapGet("/invalid-reasons", () => Results.Ok(ClueInvalidReasons.All)).WithSummary("无效原因列表");
        clues.MapGet("/{id:long}", async (long id, ClueService service, ClaimsPrincipal user) =>
                await service.GetAsync(id, user) is { } clue ? Results.Ok(clue) : Problems.NotFound("线索"))
            .WithSummary("线索详情：称重数据、认定过程与条款、同一趟次的全部记录、图像、审核记录与告知");
        clues.MapPost("/{id:long}/valid", async (long id, ClueService.MoveInput input, ClueService service, ClaimsPrincipal user) =>
                Problems.Result(await service.MoveAsync(id, ClueAction.MarkValid, input, user), Results.Ok))
            .WithSummary("认定有效（初审或复审）");
        clues.MapPost("/{id:long}/invalid", async (long id, ClueService.MoveInput input, ClueService service, ClaimsPrincipal user) =>
                Problems.Result(await service.MoveAsync(id, ClueAction.MarkInvalid, input, user), Results.Ok))
            .WithSummary("认定无效（reason 取自无效原因列表；“其他”须写明说明）");
        clues.MapPost("/{id:long}/case", async (long id, ClueService.CaseInput input, ClueService service, ClaimsPrincipal user, CancellationToken ct) =>
                Problems.Result(await service.OpenCaseAsync(id, input, user, ct), c => Results.Created($"/api/v1/cases/{c.CaseId}", c)))
            .WithSummary("转立案：登记非现场线索案件，关联车辆与当事人，证据包归入案件证据");
        clues.MapPost("/{id:long}/notice", async (long id, ClueService.NoticeInput input, ClueService service, ClaimsPrincipal user) =>
                Problems.Result(await service.NotifyAsync(id, input, user), Results.Ok))
            .WithSummary("告知车主：生成一次性公开链接（令牌只在此返回一次），车主可在线陈述申辩");
        clues.MapGet("/{id:long}/images/{sha256}", async (long id, string sha256, ClueService service, CancellationToken ct) =>
            {
                var image = await service.ImageAsync(id, sha256, ct);
                return image.IsOk ? Results.Stream(image.Value.Content, image.Value.ContentType) : Problems.From(image.Refusal!);
            })
            .WithSummary("线索记录的图像（读取时校验 SHA-256）");

        var statements = app.MapGroup("/api/v1/public/statements").WithTags("公开").AllowAnonymous();
        statements.MapGet("/{token}", async (string token, ClueService service) =>
                await service.PublicViewAsync(token) is { } view ? Results.Ok(view) : Problems.NotFound("告知"))
            .WithSummary("车主查询被告知的违法行为（个人信息脱敏）");
        statements.MapPost("/{token}", async (string token, ClueService.StatementInput input, ClueService service, HttpContext http) =>
                Problems.Result(await service.SubmitStatementAsync(token, input, http.Connection.RemoteIpAddress?.ToString()), Results.Ok))
            .DisableAntiforgery()
            .WithSummary("车主在线陈述申辩（kind=statement，附 text）或确认无异议（kind=accept）；每个链接只能提交一次");
        return app;
    }
}
