using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Npgsql;

namespace Enforcement.Web.Features.Wim;

/// <summary>
/// Weigh-in-motion ingestion: gateway batches (<c>POST /api/v1/wim/batches</c>, JSON or CSV, device credential), file
/// imports (page with progress, and <c>wim import FILE</c> on the command line), and the partition maintenance at start.
/// </summary>
internal static class WimModule
{
    public static IServiceCollection AddWim(this IServiceCollection services, IConfiguration configuration)
    {
        var defaults = new WimIngestOptions();
        var options = new WimIngestOptions
        {
            MaxRowsPerBatch = configuration.GetValue("Wim:MaxRowsPerBatch", defaults.MaxRowsPerBatch),
            MaxBatchBytes = configuration.GetValue("Wim:MaxBatchBytes", defaults.MaxBatchBytes),
            ImportChunkRows = configuration.GetValue("Wim:ImportChunkRows", defaults.ImportChunkRows),
            SameTrip = new SameTripRule { Window = TimeSpan.FromHours(configuration.GetValue("Wim:SameTripWindowHours", 24.0)) },
        };
        services.AddSingleton(options);
        services.AddSingleton(OverloadRuleBook.Default);
        services.AddSingleton<RegistryWimDeviceDirectory>();
        services.AddSingleton<IWimDeviceDirectory>(sp => sp.GetRequiredService<RegistryWimDeviceDirectory>());
        services.AddSingleton<WimIngestor>();
        services.AddSingleton<WimImportJobs>();
        services.AddHostedService<WimPartitionMaintenance>();
        return services;
    }

    public static WebApplication MapWim(this WebApplication app)
    {
        app.MapPost("/api/v1/wim/batches", ReceiveBatchAsync)
            .WithTags("称重数据接入")
            .RequireAuthorization(WimGateway.Policy)
            .DisableAntiforgery()
            .Accepts<WimBatchDocument>("application/json", "text/csv")
            .Produces<WimAcknowledgement>()
            .WithSummary("网关报送一批称重记录（JSON，或带表头的CSV并以?batchId=给出批次编号）；落库提交后才确认，同一批次重复报送返回同一确认");

        app.MapPost("/wim/import", StartImportAsync).RequireAuthorization(Policies.Business).ExcludeFromDescription();
        app.MapGet("/api/v1/wim/imports/{id:guid}", (Guid id, WimImportJobs jobs) =>
                jobs.Find(id) is { } p ? Results.Ok(WimImportView.Of(p)) : Problems.NotFound("导入任务"))
            .WithTags("称重数据接入").RequireAuthorization(Policies.Business).WithSummary("文件导入进度");
        return app;
    }

    /// <summary>The JSON shape, for the API description.</summary>
    internal sealed record WimBatchDocument(string BatchId, IReadOnlyList<Dictionary<string, object?>> Records);

    private static async Task<IResult> ReceiveBatchAsync(
        HttpContext http, ClaimsPrincipal device, WimIngestor ingestor, EnforcementDbContext db, string? batchId, CancellationToken ct)
    {
        var deviceCode = WimGateway.DeviceCode(device);
        if (deviceCode is null)
        {
            return Results.Unauthorized();
        }

        var options = ingestor.Options;
        if (http.Request.ContentLength > options.MaxBatchBytes)
        {
            return Problems.From(new Domain.Common.Refusal("wim.too-large", "body", $"一批数据不能超过{options.MaxBatchBytes / 1024 / 1024} MB。"));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxBatchBytes;
        }

        var delivery = await WimBatchReading.ReadAsync(http.Request, deviceCode, batchId, options.MaxRowsPerBatch, ct);
        if (!delivery.IsOk)
        {
            return Problems.From(delivery.Refusal!);
        }

        var ack = await ingestor.IngestAsync(delivery.Value!, db, ct);
        return ack.IsOk ? Results.Ok(ack.Value) : Problems.From(ack.Refusal!);
    }

    /// <summary>The import page posts here: the upload streams to a temporary file, the import runs in the background.</summary>
    private static async Task<IResult> StartImportAsync(HttpContext http, WimImportJobs jobs, IRequestContext request, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var boundary = http.Request.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var media)
            ? HeaderUtilities.RemoveQuotes(media.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return Results.LocalRedirect("/wim/import?error=file");
        }

        Directory.CreateDirectory(jobs.UploadDirectory);
        var reader = new MultipartReader(boundary, http.Request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "wim.csv");
            var path = Path.Combine(jobs.UploadDirectory, Guid.NewGuid().ToString("N") + ".csv");
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                await section.Body.CopyToAsync(target, ct);
            }

            if (new FileInfo(path).Length == 0)
            {
                File.Delete(path);
                return Results.LocalRedirect("/wim/import?error=file");
            }

            var scope = request.Scope.Unrestricted ? null : request.Scope.AgencyIds.ToArray();
            var progress = jobs.Start(path, name, scope, request.Actor.AgencyId, request.Actor.UserName);
            return Results.LocalRedirect($"/wim/imports/{progress.Id}");
        }

        return Results.LocalRedirect("/wim/import?error=file");
    }
}

/// <summary>Creates the monthly partitions around today at start (PostgreSQL); deliveries create older months on demand.</summary>
internal sealed class WimPartitionMaintenance(IServiceScopeFactory scopes, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        if (Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database) is NpgsqlConnection connection
            && Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database).Any())
        {
            try
            {
                await WimPartitions.EnsureAroundAsync(connection, clock.GetUtcNow().UtcDateTime, ct: cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // Not migrated yet (an admin command runs before migration): the first delivery creates its month.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>What the progress page and API show of an import.</summary>
internal sealed record WimImportView(
    Guid Id, string FileName, int Percent, long Rows, long Stored, long Duplicate, long Quarantined, long Hits, bool Done, string? Error,
    IReadOnlyList<WimQuarantineReport> Examples)
{
    public static WimImportView Of(WimImportProgress p)
    {
        lock (p.Examples)
        {
            return new(p.Id, p.FileName, p.Percent, Interlocked.Read(ref p.Rows), Interlocked.Read(ref p.Stored), Interlocked.Read(ref p.Duplicate),
                Interlocked.Read(ref p.Quarantined), Interlocked.Read(ref p.Hits), p.Done, p.Error, [.. p.Examples]);
        }
    }
}
