using System.Security.Claims;
using Enforcement.Data.Evidence;
using Enforcement.Data.Files;
using Enforcement.Domain.Evidence;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Evidence;

internal static class EvidenceModule
{
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        var policy = configuration.GetSection("Evidence").Get<EvidencePolicy>() ?? EvidencePolicy.Default;
        if (policy.Validate() is { Count: > 0 } problems) throw new InvalidOperationException(string.Join("；", problems));
        services.AddSingleton(policy);
        services.AddKeyedSingleton(EvidenceService.FilesKey, (sp, _) => ContentStore.Under(sp.GetRequiredService<PlatformPaths>().DataDirectory, "evidence"));
        services.AddScoped<EvidenceService>();
        return services;
    }

    public static WebApplication MapEvidence(this WebApplication app)
    {
        var policy = app.Services.GetRequiredService<EvidencePolicy>();
        var api = app.MapGroup("/api/v1").WithTags("证据").RequireAuthorization(Policies.Business);

        api.MapPost("/cases/{id:int}/evidence", async (int id, HttpRequest request, EvidenceService evidence, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var input = await EvidenceUpload.ReadAsync(request, policy, cancellationToken);
            if (!input.IsOk) return Problems.From(input.Refusal!);
            return Problems.Result(await evidence.UploadAsync(id, input.Value!, user, cancellationToken), e => Results.Created($"/api/v1/evidence/{e.Id}", e));
        })
            // An API for programs, like the JSON ones: the sign-in cookie is SameSite=Lax, so another site's form cannot carry it here.
            .DisableAntiforgery()
            .WithUploadLimits(policy)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("上传证据（multipart：file 可选，type、title、description、collectedOn、isAudioVisualRecord、act、partyName；按文件内容识别类型）");

        api.MapGet("/cases/{id:int}/evidence", async (int id, EvidenceService evidence) =>
            await evidence.ListAsync(id) is { } items ? Results.Ok(items) : Problems.NotFound("案件")).WithSummary("案件的证据（含保管记录条数）");

        api.MapGet("/evidence/{id:int}", async (int id, EvidenceService evidence) =>
            await evidence.ViewAsync(id) is { } item ? Results.Ok(item) : Problems.NotFound("证据")).WithSummary("证据详情与保管链（本次查看也记入保管链）");

        api.MapGet("/evidence/{id:int}/file", async (int id, EvidenceService evidence, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var result = await evidence.OpenFileAsync(id, cancellationToken);
            if (!result.IsOk) return Problems.From(result.Refusal!);
            // The content type is the detected one; browsers must not second-guess it into something executable.
            response.Headers.XContentTypeOptions = "nosniff";
            var file = result.Value!;
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).WithSummary("下载证据文件（下载前重新计算 SHA-256；不一致时返回 409 并告警）");

        EvidenceUploadForm.Map(app, policy);
        return app;
    }
}
