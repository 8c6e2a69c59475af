using System.Security.Claims;
using Enforcement.Domain.Common;
using Enforcement.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Web.Features.Documents;

/// <summary>
/// The case page's "制作" buttons post here (plain HTML forms, antiforgery-checked) and come back to the case page
/// with the outcome: post / redirect / get, so a refresh never makes a second copy.
/// </summary>
internal static class DocumentForm
{
    internal sealed class Form
    {
        public string? Kind { get; set; }
    }

    public static void Map(WebApplication app) =>
        app.MapPost("/cases/{id:int}/documents", async (int id, [FromForm] Form form, DocumentService documents, ClaimsPrincipal user) =>
        {
            var result = await documents.GenerateAsync(id, form.Kind, user);
            if (!result.IsOk && result.Refusal!.Kind == RefusalKind.NotFound) return Results.NotFound();
            var message = result.IsOk ? $"已制作：《{result.Value!.Title}》{result.Value.Number}" : $"错误：{result.Refusal!.Message}";
            return Results.LocalRedirect($"/cases/{id}?message={Uri.EscapeDataString(message)}");
        }).RequireAuthorization(Policies.Business).ExcludeFromDescription();
}
