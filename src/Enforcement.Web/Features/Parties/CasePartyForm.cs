using Enforcement.Domain.Common;
using Enforcement.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Web.Features.Parties;

/// <summary>
/// The case page's party section posts here (a plain HTML form, antiforgery-checked): link or change the case's party
/// and vehicle through the same rule as the API (<see cref="PartyService.LinkCaseAsync"/>: before a decision, on the
/// version read), then back to the case page with the outcome.
/// </summary>
internal static class CasePartyForm
{
    internal sealed class Form
    {
        public int? PartyId { get; set; }
        public int? VehicleId { get; set; }
        public int? Version { get; set; }
    }

    public static void Map(WebApplication app) =>
        app.MapPost("/cases/{id:int}/party", async (int id, [FromForm] Form form, PartyService parties) =>
        {
            var result = await parties.LinkCaseAsync(id, new(form.PartyId, form.VehicleId, form.Version));
            if (!result.IsOk && result.Refusal!.Kind == RefusalKind.NotFound && result.Refusal.Field is null) return Results.NotFound();
            var message = result.IsOk ? "已确定案件当事人与车辆" : $"错误：{result.Refusal!.Message}";
            return Results.LocalRedirect($"/cases/{id}?message={Uri.EscapeDataString(message)}#case-party");
        }).RequireAuthorization(Policies.Business).ExcludeFromDescription();
}
