using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Discretion;

/// <summary>A benchmark as the public sees it (APL Art 34: benchmarks are published).</summary>
internal sealed record BenchmarkView(string Id, string ItemCode, int Version, string Document, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    bool Unverified, string? Note, IReadOnlyList<TierView> Tiers, IReadOnlyList<string> ExemptionConditions)
{
    public static BenchmarkView From(DiscretionBenchmark b) => new(b.Id, b.ItemCode, b.Version, b.Citation, b.EffectiveFrom, b.EffectiveTo, b.Unverified, b.Note,
        [.. b.Tiers.OrderBy(t => t.Order).Select(t => new TierView(t.Name, t.Description ?? string.Join("；", t.Predicates.Select(p => p.Describe())),
            t.Amount.Describe(), t.IncomeAmount?.Describe()))],
        b.MinorExemption is { } e ? [.. e.Conditions.Select(c => c.Describe())] : []);
}

internal sealed record TierView(string Name, string Circumstances, string Amount, string? IncomeAmount);

internal static class DiscretionModule
{
    public static IServiceCollection AddDiscretion(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DiscretionOptions>(configuration.GetSection("Discretion"));
        services.AddScoped<DiscretionService>();
        return services;
    }

    public static WebApplication MapDiscretion(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/discretion").WithTags("裁量基准");
        api.MapGet("/benchmarks", () => Results.Ok(DiscretionService.Benchmarks.Select(BenchmarkView.From)))
            .AllowAnonymous().WithSummary("裁量基准（依法公开）");
        api.MapPost("/recommend", async (DiscretionService.RecommendInput input, DiscretionService discretion) =>
            Problems.Result(await discretion.RecommendAsync(input), Results.Ok))
            .RequireAuthorization(Policies.Business).WithSummary("裁量计算：适用版本（从旧兼从轻）、阶次、建议金额与范围、说理过程和引用条款");
        return app;
    }
}
