using Enforcement.Data.Wim;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.WimStats;

/// <summary>
/// Non-site overload statistics: the background fold into rollups, the JSON answers under
/// <c>/api/v1/wim/stats/…</c> and the dashboard page at <c>/wim/stats</c> that draws them with ECharts.
/// </summary>
internal static class WimStatsModule
{
    public static IServiceCollection AddWimStats(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new WimRollupOptions
        {
            ChunkRows = configuration.GetValue("Wim:Stats:ChunkRows", 100_000),
            Interval = TimeSpan.FromSeconds(configuration.GetValue("Wim:Stats:IntervalSeconds", 5.0)),
        });
        services.AddSingleton<WimRollupFolder>();
        services.AddSingleton<WimRollupWorker>();
        if (configuration.GetValue("Wim:Stats:Background", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<WimRollupWorker>());
        }

        services.AddScoped<WimStatsService>();
        return services;
    }

    public static WebApplication MapWimStats(this WebApplication app)
    {
        var stats = app.MapGroup("/api/v1/wim/stats").WithTags("治超统计").RequireAuthorization(Policies.Business);
        stats.MapGet("/summary", (DateOnly? from, DateOnly? to, int? stationId, WimStatsService s, CancellationToken ct) =>
                AnswerAsync(s, from, to, stationId, s.SummaryAsync, ct))
            .WithSummary("区间汇总：检测车辆、超限数与超限率（占有效记录）、百吨王、警告、罚款、无效（设备/记录）、线索、立案、告知，及统计更新时间");
        stats.MapGet("/daily", (DateOnly? from, DateOnly? to, int? stationId, WimStatsService s, CancellationToken ct) =>
                AnswerAsync(s, from, to, stationId, s.DailyAsync, ct))
            .WithSummary("逐日趋势（含无数据的日期）");
        stats.MapGet("/stations", (DateOnly? from, DateOnly? to, int? top, WimStatsService s, CancellationToken ct) =>
                AnswerAsync(s, from, to, null, (f, c) => s.StationsAsync(f, top ?? 20, c), ct))
            .WithSummary("站点排名（按超限车辆数）");
        stats.MapGet("/lanes", (DateOnly? from, DateOnly? to, int? stationId, WimStatsService s, CancellationToken ct) =>
                AnswerAsync(s, from, to, stationId, s.LanesAsync, ct))
            .WithSummary("分车道汇总");
        stats.MapGet("/heatmap", (DateOnly? from, DateOnly? to, int? stationId, WimStatsService s, CancellationToken ct) =>
                AnswerAsync(s, from, to, stationId, s.HeatMapAsync, ct))
            .WithSummary("时段热力：星期（1=周一）× 小时（北京时间）的检测与超限车辆数");
        stats.MapGet("/invalid", (DateOnly? from, DateOnly? to, int? stationId, WimStatsService s, CancellationToken ct) =>
                AnswerAsync(s, from, to, stationId, s.InvalidAsync, ct))
            .WithSummary("无效记录按原因（设备原因与记录原因）");
        return app;
    }

    private static async Task<IResult> AnswerAsync<T>(
        WimStatsService service, DateOnly? from, DateOnly? to, int? stationId, Func<WimStatsFilter, CancellationToken, Task<T>> answer, CancellationToken ct)
    {
        var filter = await service.FilterAsync(from, to, stationId, ct);
        return filter.IsOk ? Results.Ok(await answer(filter.Value!, ct)) : Problems.From(filter.Refusal!);
    }
}
