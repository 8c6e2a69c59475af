using System.Globalization;
using System.Security.Claims;
using Enforcement.Domain.Common;
using Enforcement.Domain.Evidence;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace Enforcement.Web.Features.Evidence;

/// <summary>
/// The case page's upload form posts here (a plain multipart HTML form, antiforgery-checked) and comes back to the
/// case page with the outcome: post / redirect / get, so a refresh never uploads twice.
/// </summary>
internal static class EvidenceUploadForm
{
    public static void Map(WebApplication app, EvidencePolicy policy) =>
        app.MapPost("/cases/{id:int}/evidence", async (int id, HttpRequest request, EvidenceService evidence, ClaimsPrincipal user,
            IStringLocalizer<Strings> L, CancellationToken cancellationToken) =>
        {
            // The antiforgery middleware only records its verdict; form-bound parameters would check it, a handler reading the form must.
            if (request.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return BackToCase(id, L["错误：表单已失效，请刷新页面后重试"]);
            }
            var input = await EvidenceUpload.ReadAsync(request, policy, cancellationToken);
            var result = input.IsOk ? await evidence.UploadAsync(id, input.Value!, user, cancellationToken) : input.Refusal!;
            if (!result.IsOk && result.Refusal!.Kind == RefusalKind.NotFound) return Results.NotFound();
            var message = result.IsOk
                ? string.Format(CultureInfo.CurrentCulture, L["已添加证据：{0}"], result.Value!.Title)
                : string.Format(CultureInfo.CurrentCulture, L["错误：{0}"], result.Refusal!.Message);
            return BackToCase(id, message);
        })
            .RequireAuthorization(Policies.Business)
            // The handler reads the form itself (to stream the file), so the token check is asked for explicitly.
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .WithUploadLimits(policy)
            .ExcludeFromDescription();

    private static IResult BackToCase(int id, string message) => Results.LocalRedirect($"/cases/{id}?message={Uri.EscapeDataString(message)}#evidence");
}
