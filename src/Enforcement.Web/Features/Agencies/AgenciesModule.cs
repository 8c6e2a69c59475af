using Enforcement.Data;
using Enforcement.Domain.Agencies;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Agencies;

internal sealed record AgencyView(int Id, string Key, string Name, AgencyKind Kind, AgencyJurisdiction Jurisdiction, string DivisionCode, string? CreditCode, int? ParentId, string? Note, int Version = 0);

internal static class AgenciesModule
{
    public static IServiceCollection AddAgencies(this IServiceCollection services)
    {
        services.AddScoped<AgencyImporter>();
        services.AddScoped<AgencyService>();
        return services;
    }

    /// <summary>The agency tree is reference data: every signed-in user may read it.</summary>
    public static async Task<IReadOnlyList<AgencyView>> ListAsync(EnforcementDbContext db) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new AgencyView(a.Id, a.Key, a.Name, a.Kind, a.Jurisdiction, a.DivisionCode, a.CreditCode, a.ParentId, a.Note, a.Version))
            .ToListAsync();

    public static WebApplication MapAgencies(this WebApplication app)
    {
        var read = app.MapGroup("/api/v1").WithTags("机构").RequireAuthorization();
        var admin = app.MapGroup("/api/v1").WithTags("机构").RequireAuthorization(Policies.SystemAdmin);

        read.MapGet("/agencies", async (EnforcementDbContext db) => Results.Ok(await ListAsync(db))).WithSummary("机构树（含干线/高速支队）");
        read.MapGet("/agencies/{id:int}", async (int id, EnforcementDbContext db) =>
            (await ListAsync(db)).FirstOrDefault(a => a.Id == id) is { } agency ? Results.Ok(agency) : Problems.NotFound("机构"))
            .WithSummary("机构详情");
        read.MapGet("/divisions", async (EnforcementDbContext db) =>
            Results.Ok(await db.Divisions.AsNoTracking().OrderBy(d => d.Code).ToListAsync())).WithSummary("行政区划（GB/T 2260）");

        admin.MapPost("/agencies", async (AgencyService.AgencyInput input, AgencyService agencies) =>
            Problems.Result(await agencies.CreateAsync(input), a => Results.Created($"/api/v1/agencies/{a.Id}", a))).WithSummary("新建机构");
        admin.MapPut("/agencies/{id:int}", async (int id, AgencyService.AgencyInput input, AgencyService agencies) =>
            Problems.Result(await agencies.UpdateAsync(id, input), Results.Ok)).WithSummary("修改机构（需版本号）");
        admin.MapPost("/agencies/import", async (HttpRequest request, bool? allOrNothing, AgencyImporter importer) =>
            await ImportAsync(request, allOrNothing, importer.ImportAgenciesAsync))
            .Accepts<IFormFile>("multipart/form-data", "text/csv").WithSummary("导入机构 CSV（列：key,name,kind,jurisdiction,division_code,parent_key,credit_code,note）");
        admin.MapPost("/divisions/import", async (HttpRequest request, bool? allOrNothing, AgencyImporter importer) =>
            await ImportAsync(request, allOrNothing, importer.ImportDivisionsAsync))
            .Accepts<IFormFile>("multipart/form-data", "text/csv").WithSummary("导入行政区划 CSV（列：code,name,level,parent_code）");
        return app;
    }

    /// <summary>The file comes as a multipart upload (field "file") or as the raw text/csv body.</summary>
    private static async Task<IResult> ImportAsync(HttpRequest request, bool? allOrNothing, Func<Stream, bool, Task<ImportReport>> import)
    {
        Stream stream;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            if (form.Files.GetFile("file") is not { } file) return Problems.From(Problems.Required("file", "导入文件"));
            stream = file.OpenReadStream();
        }
        else
        {
            stream = request.Body;
        }
        await using (stream)
        {
            var report = await import(stream, allOrNothing ?? true);
            return report.Written ? Results.Ok(report) : Results.BadRequest(report);
        }
    }
}
