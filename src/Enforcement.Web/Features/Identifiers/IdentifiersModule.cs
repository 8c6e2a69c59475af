using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Identifiers;

/// <summary>
/// POST /api/v1/identifiers/check: the same validation every form uses, for clients (mobile, gateways) that want
/// to check a credit code, ID number, plate with colour or division code before submitting.
/// </summary>
internal static class IdentifiersModule
{
    public sealed record CheckRequest(string? CreditCode, string? IdNumber, string? Plate, string? PlateColour, string? DivisionCode);

    public sealed record CheckResult(string? CreditCode, IReadOnlyList<string> Warnings, string? IdNumberMasked, string? Plate, string? DivisionCode, string? DivisionLevel);

    public static WebApplication MapIdentifiers(this WebApplication app)
    {
        app.MapPost("/api/v1/identifiers/check", (CheckRequest request, TimeProvider clock) =>
        {
            var warnings = new List<string>();
            string? credit = null, id = null, plate = null, division = null, level = null;
            if (request.CreditCode is not null)
            {
                var parsed = CreditCode.TryParse(request.CreditCode);
                if (!parsed.IsOk) return Problems.From(parsed.Refusal!.For("creditCode"));
                credit = parsed.Value!.Value;
                if (!parsed.Value.OrganisationCodeCheckPasses) warnings.Add("内嵌组织机构代码校验位不符（GB 11714），请核对；历史代码可能存在此情况");
            }
            if (request.IdNumber is not null)
            {
                var parsed = ResidentIdNumber.TryParse(request.IdNumber, ChinaTime.Today(clock.GetUtcNow()));
                if (!parsed.IsOk) return Problems.From(parsed.Refusal!.For("idNumber"));
                id = parsed.Value!.Masked;
            }
            if (request.Plate is not null || request.PlateColour is not null)
            {
                var parsed = VehiclePlate.TryParse(request.Plate, request.PlateColour);
                if (!parsed.IsOk) return Problems.From(parsed.Refusal!);
                plate = parsed.Value!.ToString();
            }
            if (request.DivisionCode is not null)
            {
                var parsed = DivisionCode.TryParse(request.DivisionCode);
                if (!parsed.IsOk) return Problems.From(parsed.Refusal!.For("divisionCode"));
                division = parsed.Value!.Value;
                level = parsed.Value.Level.ToString();
            }
            return Results.Ok(new CheckResult(credit, warnings, id, plate, division, level));
        }).RequireAuthorization().WithTags("标识校验").WithSummary("校验统一社会信用代码、身份证号、号牌（含颜色）、区划代码");
        return app;
    }
}
