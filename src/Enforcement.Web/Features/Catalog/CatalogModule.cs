using Enforcement.Domain.Catalog;
using Enforcement.Domain.Personnel;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Catalog;

/// <summary>An item as the public and the API see it: the penalty spelled out in Chinese.</summary>
internal sealed record ItemView(string Code, int Version, string Name, string Category, string ProvisionViolated, string PenaltyProvision,
    string Kinds, string Fines, string? Orders, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Source, string? Note)
{
    public static ItemView From(EnforcementItem i) => new(i.Code, i.Version, i.Name, EnforcementCategoryNames.Describe(i.Category),
        i.ProvisionViolated, i.PenaltyProvision, PenaltyKindsNotation.Describe(i.Penalty.Kinds), PenaltyNotation.Format(i.Penalty.Fines),
        i.Penalty.Orders, i.EffectiveFrom, i.EffectiveTo, i.Source, i.Note);
}

internal static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddScoped<CatalogService>();
        return services;
    }

    public static WebApplication MapCatalog(this WebApplication app)
    {
        // Public (权责清单 and benchmarks are published, APL Art 34): no sign-in needed to read.
        var read = app.MapGroup("/api/v1/catalog").WithTags("执法事项");
        read.MapGet("/items", async (DateOnly? on, CatalogService catalog) =>
            Results.Ok((await catalog.ItemsAsync(on)).Select(ItemView.From))).AllowAnonymous().WithSummary("执法事项清单（可按日期取当日有效版本）");
        read.MapGet("/items/{code}", async (string code, CatalogService catalog) =>
            await catalog.VersionsAsync(code) is { Count: > 0 } versions ? Results.Ok(versions.Select(ItemView.From)) : Problems.NotFound("执法事项"))
            .AllowAnonymous().WithSummary("某事项的全部版本");
        read.MapGet("/export", async (string? format, CatalogService catalog) =>
        {
            var excel = format != "csv";
            return Results.File(await catalog.ExportAsync(excel),
                excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
                excel ? "执法事项清单.xlsx" : "执法事项清单.csv");
        }).AllowAnonymous().WithSummary("导出执法事项清单（Excel 或 CSV）");

        app.MapPost("/api/v1/catalog/import", async (HttpRequest request, CatalogService catalog) =>
        {
            if (!request.HasFormContentType || (await request.ReadFormAsync()).Files.GetFile("file") is not { } file)
            {
                return Problems.From(Problems.Required("file", "导入文件"));
            }
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            buffer.Position = 0;
            var report = await catalog.ImportAsync(buffer, excel: file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));
            return report.Written ? Results.Ok(report) : Results.BadRequest(report);
        }).WithTags("执法事项").RequireAuthorization(Policies.SystemAdmin).DisableAntiforgery()
          .WithSummary("导入执法事项（Excel 或 CSV，有错误时不写入）");
        return app;
    }
}
