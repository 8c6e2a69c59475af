using System.Globalization;
using Enforcement.Domain.Common;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Stations;

/// <summary>
/// Reads a certificate upload (multipart: number, issuer, validFrom, validTo, file) for the API and the device
/// page's form alike. The form reader keeps at most 64 KB of a part in memory and spills the rest to disk.
/// </summary>
internal static class CertificateUpload
{
    /// <summary>Room for the text fields and multipart headers next to the largest allowed scan.</summary>
    private const long FormOverheadBytes = 1024 * 1024;

    public static RouteHandlerBuilder WithCertificateLimits(this RouteHandlerBuilder endpoint, StationsOptions options)
    {
        var limit = options.CertificateMaxBytes + FormOverheadBytes;
        return endpoint.WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit);
    }

    public static async Task<Result<DeviceCertificateService.CertificateUpload>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return new Refusal("certificate.form", null, "请以 multipart/form-data 表单上传检定证书");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return new Refusal("certificate.file-size", "file", "上传内容过大或格式有误");
        }
        var file = form.Files.GetFile("file");
        // A form sent without choosing a file still has an empty, nameless part: that is "no file".
        if (file is { Length: 0 } && string.IsNullOrEmpty(file.FileName)) file = null;
        return new DeviceCertificateService.CertificateUpload(Field(form, "number"), Field(form, "issuer"), Field(form, "validFrom"), Field(form, "validTo"),
            file is null ? null : new DeviceCertificateService.CertificateFile(file.FileName, file.Length, file.OpenReadStream));
    }

    /// <summary>The device page's form: post, then back to the page with the outcome (post / redirect / get).</summary>
    public static void MapForm(WebApplication app, StationsOptions options) =>
        app.MapPost("/devices/{id:int}/certificates", async (int id, HttpRequest request, DeviceCertificateService certificates,
            IStringLocalizer<Strings> L, CancellationToken cancellationToken) =>
        {
            if (request.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Back(id, L["错误：表单已失效，请刷新页面后重试"]);
            }
            var input = await ReadAsync(request, cancellationToken);
            var result = input.IsOk ? await certificates.AddAsync(id, input.Value!, cancellationToken) : input.Refusal!;
            if (!result.IsOk && result.Refusals.Any(r => r.Kind == RefusalKind.NotFound)) return Results.NotFound();
            var message = result.IsOk
                ? string.Format(CultureInfo.CurrentCulture, L["已登记检定证书：{0}"], input.Value!.Number?.Trim())
                : string.Format(CultureInfo.CurrentCulture, L["错误：{0}"], result.Message);
            return Back(id, message);
        })
            .RequireAuthorization(StationPolicies.Managers)
            // The handler reads the form itself (to stream the file), so the token check is asked for explicitly.
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .WithCertificateLimits(options)
            .ExcludeFromDescription();

    private static IResult Back(int id, string message) => Results.LocalRedirect($"/devices/{id}?message={Uri.EscapeDataString(message)}#certificates");

    private static string? Field(IFormCollection form, string name) => form.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}

/// <summary>Who may change the registry: the agency's head and supervisors (reading needs any business role).</summary>
internal static class StationPolicies
{
    public const string Managers = "station-managers";
}
