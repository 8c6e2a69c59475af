using Enforcement.Data.Files;
using Enforcement.Domain.Accounts;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Stations;

internal static class StationsModule
{
    public static IServiceCollection AddStations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StationsOptions>(configuration.GetSection("Stations"));
        services.AddKeyedSingleton(DeviceCertificateService.FilesKey, (sp, _) =>
            ContentStore.Under(sp.GetRequiredService<PlatformPaths>().DataDirectory, DeviceCertificateService.FilesKey));
        services.AddScoped<StationService>();
        services.AddScoped<DeviceService>();
        services.AddScoped<DeviceCertificateService>();
        services.AddScoped<DeviceCredentialService>();
        services.AddScoped<PublicDeviceService>();

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, DeviceAuthenticationHandler>(DeviceAuthentication.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(StationPolicies.Managers, p => p.RequireRole(Roles.Head, Roles.Supervisor))
            // Gateways only: the sign-in cookie is not even looked at on these endpoints.
            .AddPolicy(DeviceAuthentication.Policy, p => p.AddAuthenticationSchemes(DeviceAuthentication.Scheme).RequireAuthenticatedUser()
                .RequireClaim(DeviceAuthentication.DeviceIdClaim));
        return services;
    }

    public static WebApplication MapStations(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<StationsOptions>>().Value;
        var read = app.MapGroup("/api/v1").WithTags("站点与设备").RequireAuthorization(Policies.Business);
        var write = app.MapGroup("/api/v1").WithTags("站点与设备").RequireAuthorization(StationPolicies.Managers);

        read.MapGet("/stations", async (string? kind, string? q, StationService stations) =>
        {
            StationKind? parsed = null;
            if (kind is not null)
            {
                if (!StationNames.TryParse<StationKind>(kind, out var k)) return Problems.From(new Enforcement.Domain.Common.Refusal("unknown", "kind", "站点类型须为超限检测站或非现场执法点"));
                parsed = k;
            }
            return Results.Ok(await stations.ListAsync(parsed, q));
        }).WithSummary("站点列表（本机构数据范围内，含设备与今日有效性）");

        read.MapGet("/stations/{id:int}", async (int id, StationService stations) =>
            await stations.GetAsync(id) is { } station ? Results.Ok(station) : Problems.NotFound("站点")).WithSummary("站点详情与设备");

        write.MapPost("/stations", async (StationService.StationInput input, StationService stations) =>
            (await stations.CreateAsync(input)).ToResult(s => Results.Created($"/api/v1/stations/{s.Id}", s)))
            .WithSummary("登记站点（编号唯一；坐标为 WGS-84 经纬度）");

        write.MapPut("/stations/{id:int}", async (int id, StationService.StationInput input, StationService stations) =>
            (await stations.UpdateAsync(id, input)).ToResult(Results.Ok)).WithSummary("修改站点（需版本号）");

        read.MapGet("/devices", async (int? stationId, DeviceService devices) => Results.Ok(await devices.ListAsync(stationId)))
            .WithSummary("设备列表（可按站点）");

        read.MapGet("/devices/{id:int}", async (int id, DateOnly? on, DeviceService devices) =>
            await devices.GetAsync(id, on) is { } device ? Results.Ok(device) : Problems.NotFound("设备"))
            .WithSummary("设备详情：检定证书、审核、公告期、执法日期、状态，以及某日（默认今天）能否作为证据及原因");

        write.MapPost("/stations/{id:int}/devices", async (int id, DeviceService.DeviceInput input, DeviceService devices) =>
            (await devices.CreateAsync(id, input)).ToResult(d => Results.Created($"/api/v1/devices/{d.Id}", d)))
            .WithSummary("在站点登记设备（动态称重设备、车牌识别摄像机、全景摄像机）");

        write.MapPut("/devices/{id:int}", async (int id, DeviceService.DeviceInput input, DeviceService devices) =>
            (await devices.UpdateAsync(id, input)).ToResult(Results.Ok))
            .WithSummary("修改设备：型号、准确度等级、速度范围、公告期、正式执法日期、状态（需版本号；公告期满后方可执法）");

        write.MapPost("/devices/{id:int}/reviews", async (int id, DeviceService.ReviewInput input, DeviceService devices) =>
            (await devices.AddReviewAsync(id, input)).ToResult(d => Results.Created($"/api/v1/devices/{d.Id}", d)))
            .WithSummary("登记法制审核或技术审核");

        write.MapPost("/devices/{id:int}/certificates", async (int id, HttpRequest request, DeviceCertificateService certificates, CancellationToken cancellationToken) =>
        {
            var input = await CertificateUpload.ReadAsync(request, cancellationToken);
            if (!input.IsOk) return Problems.From(input.Refusal!);
            return (await certificates.AddAsync(id, input.Value!, cancellationToken)).ToResult(d => Results.Created($"/api/v1/devices/{d.Id}", d));
        })
            // An API for programs: the sign-in cookie is SameSite=Lax, so another site's form cannot carry it here.
            .DisableAntiforgery()
            .WithCertificateLimits(options)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("登记检定证书（multipart：number、issuer、validFrom、validTo、file 为 PDF 或图片扫描件）");

        read.MapGet("/device-certificates/{id:int}/file", async (int id, DeviceCertificateService certificates, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var result = await certificates.OpenFileAsync(id, cancellationToken);
            if (!result.IsOk) return Problems.From(result.Refusal!);
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName);
        }).WithSummary("下载检定证书扫描件（下载前重新计算 SHA-256）");

        read.MapGet("/devices/certificates/expiring", async (int? days, DeviceCertificateService certificates) =>
            Results.Ok(await certificates.ExpiringAsync(days))).WithSummary("检定证书到期预警（默认 30 天内，含已过期）");

        write.MapPost("/devices/{id:int}/credential", async (int id, DeviceCredentialService credentials) =>
            Problems.Result(await credentials.IssueAsync(id), c => Results.Json(c, statusCode: StatusCodes.Status201Created)))
            .WithSummary("签发设备接入凭据（密钥只在此次返回中出现一次）");

        write.MapPost("/devices/{id:int}/credential/rotate", async (int id, DeviceCredentialService credentials) =>
            Problems.Result(await credentials.RotateAsync(id), Results.Ok)).WithSummary("轮换设备接入凭据（旧密钥立即失效）");

        write.MapDelete("/devices/{id:int}/credential", async (int id, DeviceCredentialService credentials) =>
            Problems.Result(await credentials.RevokeAsync(id), Results.Ok)).WithSummary("吊销设备接入凭据");

        // Public (APL Art 41): device locations and enforcement start dates, no sign-in, cacheable.
        app.MapGet("/api/v1/public/devices", async (string? route, PublicDeviceService devices, HttpResponse response) =>
        {
            response.Headers.CacheControl = $"public, max-age={options.PublicListingMaxAgeSeconds}";
            return Results.Ok(await devices.ListAsync(route));
        }).AllowAnonymous().WithTags("站点与设备").WithSummary("公示：非现场执法设备的设置地点和正式执法日期（无需登录）");

        var wim = app.MapGroup("/api/v1/wim").WithTags("称重数据接入").RequireAuthorization(DeviceAuthentication.Policy);
        wim.MapGet("/whoami", (System.Security.Claims.ClaimsPrincipal device) => Results.Ok(new
        {
            deviceId = DeviceAuthentication.DeviceId(device),
            deviceCode = device.FindFirst(DeviceAuthentication.DeviceCodeClaim)?.Value,
            stationId = DeviceAuthentication.StationId(device),
            stationCode = device.FindFirst(DeviceAuthentication.StationCodeClaim)?.Value,
        })).WithSummary("站点网关自检：以设备凭据（Authorization: Device 编号:密钥，或 HTTP Basic）返回设备与站点");

        CertificateUpload.MapForm(app, options);
        return app;
    }
}
