using System.Security.Claims;
using Enforcement.Domain.Cases.Parties;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Parties;

internal static class PartiesModule
{
    public static IServiceCollection AddParties(this IServiceCollection services)
    {
        services.AddScoped<PartyService>();
        services.AddScoped<VehicleService>();
        return services;
    }

    public static WebApplication MapParties(this WebApplication app)
    {
        var parties = app.MapGroup("/api/v1/parties").WithTags("当事人").RequireAuthorization(Policies.Business);
        parties.MapPost("", async (Party.Input input, PartyService service, ClaimsPrincipal user) =>
            Problems.Result(await service.CreateAsync(input, user), r => r.Created
                ? Results.Created($"/api/v1/parties/{r.Party.Id}", r.Party)
                : Results.Ok(r.Party)))
            .WithSummary("登记当事人（同一机构内证件号码或信用代码相同的当事人已存在时返回该当事人）");
        parties.MapGet("", async (string? q, PartyService service) => Results.Ok(await service.SearchAsync(q)))
            .WithSummary("按名称或完整证件号码、信用代码、号牌查找当事人（号码脱敏）");
        parties.MapGet("/{id:int}", async (int id, PartyService service) =>
            await service.GetAsync(id) is { } p ? Results.Ok(p) : Problems.NotFound("当事人")).WithSummary("当事人详情（号码脱敏）");
        parties.MapGet("/{id:int}/history", async (int id, string? itemCode, DateOnly? on, int? caseId, PartyService service) =>
            await service.HistoryAsync(id, itemCode, on, caseId) is { } h ? Results.Ok(h) : Problems.NotFound("当事人"))
            .WithSummary("当事人在本人数据范围内的案件；给出执法事项时附十二个月内的重复违法次数");
        parties.MapGet("/{id:int}/repeats", async (int id, string? itemCode, DateOnly? on, int? caseId, PartyService service) =>
            Problems.Result(await service.RepeatsAsync(id, itemCode, on, caseId), Results.Ok))
            .WithSummary("十二个月内同一事项已作出处罚决定的次数（供裁量基准计算）");

        var vehicles = app.MapGroup("/api/v1/vehicles").WithTags("当事人").RequireAuthorization(Policies.Business);
        vehicles.MapPost("", async (VehicleService.CreateInput input, VehicleService service, ClaimsPrincipal user) =>
            Problems.Result(await service.CreateAsync(input, user), r => r.Created
                ? Results.Created($"/api/v1/vehicles?plate={Uri.EscapeDataString(r.Vehicle.Plate)}", r.Vehicle)
                : Results.Ok(r.Vehicle)))
            .WithSummary("登记车辆（同一机构内号牌号码与颜色相同的车辆已存在时返回该车辆）");
        vehicles.MapGet("", async (string? plate, string? colour, VehicleService service) =>
            Problems.Result(await service.FindAsync(plate, colour), Results.Ok)).WithSummary("按号牌查找车辆");
        vehicles.MapGet("/repeats", async (string? plate, string? colour, string? itemCode, DateOnly? on, int? caseId, VehicleService service) =>
            Problems.Result(await service.RepeatsAsync(plate, colour, itemCode, on, caseId), Results.Ok))
            .WithSummary("按号牌统计十二个月内同一事项已作出处罚决定的次数");

        app.MapPut("/api/v1/cases/{id:int}/party", async (int id, PartyService.LinkInput input, PartyService service) =>
            Problems.Result(await service.LinkCaseAsync(id, input), Results.Ok))
            .WithTags("案件").RequireAuthorization(Policies.Business)
            .WithSummary("确定案件当事人与车辆（作出决定前）");
        CasePartyForm.Map(app);
        return app;
    }
}
