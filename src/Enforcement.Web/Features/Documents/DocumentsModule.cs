using System.Security.Claims;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Features.Documents.CaseFile;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Documents;

internal static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<NumberPatterns>();
        services.AddScoped<NumberingService>();
        services.AddSingleton<DocumentStore>();
        services.AddScoped<DocumentService>();
        services.AddScoped<CaseFileAssembler>();
        services.AddScoped<CaseFileService>();
        return services;
    }

    public static WebApplication MapDocuments(this WebApplication app)
    {
        var cases = app.MapGroup("/api/v1/cases/{id:int}/documents").WithTags("文书").RequireAuthorization(Policies.Business);
        cases.MapGet("", async (int id, DocumentService documents) =>
            await documents.ListAsync(id) is { } list ? Results.Ok(list) : Problems.NotFound("案件"))
            .WithSummary("案件的文书（已制作的文书，以及当前状态可制作的文书种类）");
        cases.MapPost("/{kind}", async (int id, string kind, DocumentService documents, ClaimsPrincipal user) =>
            Problems.Result(await documents.GenerateAsync(id, kind, user), d => Results.Created(d.DocxUrl, d)))
            .WithSummary("制作文书（当前状态不允许制作该文书时返回 409 并说明原因；被拒绝的请求不占用文号）");

        var files = app.MapGroup("/api/v1/documents").WithTags("文书").RequireAuthorization(Policies.Business);
        files.MapGet("/{id:int}.docx", async (int id, DocumentService documents) => await documents.ReadAsync(id, print: false) switch
        {
            null => Problems.NotFound("文书"),
            { IsOk: false } refused => Problems.From(refused.Refusal!),
            { } file => Results.File(file.Value!.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.Value.FileName),
        }).WithSummary("下载文书 DOCX（读取时重新校验 SHA-256，不一致返回 409）");
        files.MapGet("/{id:int}/print", async (int id, DocumentService documents) => await documents.ReadAsync(id, print: true) switch
        {
            null => Problems.NotFound("文书"),
            { IsOk: false } refused => Problems.From(refused.Refusal!),
            { } file => Results.Bytes(file.Value!.Content, "text/html; charset=utf-8"),
        }).WithSummary("文书打印页（A4 版式；读取时重新校验 SHA-256，不一致返回 409）");

        var caseFile = app.MapGroup("/api/v1/cases/{id:int}").WithTags("电子案卷").RequireAuthorization(Policies.Business);
        caseFile.MapGet("/case-file", async (int id, CaseFileService files, ClaimsPrincipal user) => Problems.Result(await files.CatalogueAsync(id, user), Results.Ok))
            .WithSummary("电子案卷的卷内目录（已归档：封存的案卷；未归档：按案件现状组卷的预览）：封面、按法定顺序排列的各件及页号、备考表");
        caseFile.MapGet("/case-file/print", async (int id, CaseFileService files, ClaimsPrincipal user) =>
                Problems.Result(await files.FileAsync(id, print: true, user), f => Results.Bytes(f.Content, "text/html; charset=utf-8")))
            .WithSummary("电子案卷打印页（A4，每件另起一页，页号与卷内目录一致；封存的案卷读取时重新校验 SHA-256）");
        caseFile.MapGet("/case-file.docx", async (int id, CaseFileService files, ClaimsPrincipal user) =>
                Problems.Result(await files.FileAsync(id, print: false, user),
                    f => Results.File(f.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", f.FileName)))
            .WithSummary("电子案卷 DOCX（与打印页同样分页和编页号）");

        DocumentForm.Map(app);
        return app;
    }
}
