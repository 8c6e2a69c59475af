using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Web.Features.WimStats;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.WimSimulation;

/// <summary>
/// Demo weigh-in-motion traffic: on a demo start with registered scales and no records yet, a few weeks of generated
/// traffic (<see cref="WimTrafficGenerator"/>, seed fixed) go through the same ingest pipeline as a gateway's batches
/// (CSV reader, check, determination, de-duplication, trip merge), then the statistics are folded, so the dashboard
/// and the clue queue are not empty. <c>Seed:DemoTrafficRecords</c> sets the size (0: none; test hosts default to 0).
/// </summary>
internal sealed partial class DemoTraffic(
    IServiceScopeFactory scopes, WimIngestor ingestor, WimRollupWorker rollups, TimeProvider clock, IConfiguration configuration,
    IHostEnvironment environment, ILogger<DemoTraffic> log) : IHostedService
{
    public const int DefaultRecords = 30_000;
    public const int Days = 28;
    public const int BatchRows = 1_000;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Demo", true))
        {
            return;
        }

        var records = configuration.GetValue("Seed:DemoTrafficRecords", environment.IsEnvironment("Testing") ? 0 : DefaultRecords);
        if (records > 0)
        {
            await SeedAsync(records, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Generates and ingests about <paramref name="records"/> records unless records exist already; answers how many were stored.</summary>
    public async Task<long> SeedAsync(int records, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        if (await db.WimRecords.IgnoreQueryFilters().AnyAsync(ct))
        {
            return 0;
        }

        var scales = await SimulatedScales.LoadAsync(db, ct);
        if (scales.Count == 0)
        {
            return 0;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var generator = new WimTrafficGenerator(scales, new WimTrafficSettings { Seed = 2026 });
        await ingestor.Devices.RefreshAsync(ct);
        var pending = new Dictionary<string, List<SimulatedRow>>(StringComparer.Ordinal);
        long stored = 0;
        var batch = 0;
        foreach (var row in generator.Generate(now.AddDays(-Days), now.AddMinutes(-10), records))
        {
            if (!pending.TryGetValue(row.DeviceCode, out var rows))
            {
                pending[row.DeviceCode] = rows = [];
            }

            rows.Add(row);
            if (rows.Count == BatchRows)
            {
                stored += await IngestAsync(db, row.DeviceCode, ++batch, rows, ct);
                rows.Clear();
            }
        }

        foreach (var (device, rows) in pending.Where(p => p.Value.Count > 0))
        {
            stored += await IngestAsync(db, device, ++batch, rows, ct);
        }

        await rollups.CatchUpAsync(ct);
        LogSeeded(log, stored, scales.Count, started.ElapsedMilliseconds);
        return stored;
    }

    private async Task<int> IngestAsync(EnforcementDbContext db, string device, int batch, List<SimulatedRow> rows, CancellationToken ct)
    {
        var csv = WimTrafficGenerator.CsvHeader + "\n" + string.Join("\n", rows.Select(r => r.CsvLine));
        using var text = new StringReader(csv);
        var reader = WimCsvReader.Open(text, device).Value!;
        var input = new List<WimInputRow>(rows.Count);
        while (reader.ReadRow() is { } r)
        {
            input.Add(r);
        }

        var prepared = ingestor.Prepare(new WimDelivery("device:" + device, $"demo-{batch:D6}", device, input));
        if (!prepared.IsOk)
        {
            throw new InvalidOperationException($"Demo traffic batch refused: {prepared.Refusal!.Message}");
        }

        var ack = await WimIngestor.CommitAsync(prepared.Value!, db, ct);
        return ack.Stored;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo weigh-in-motion traffic: {Stored} records stored for {Scales} scales in {Milliseconds} ms")]
    private static partial void LogSeeded(ILogger logger, long stored, int scales, long milliseconds);
}
