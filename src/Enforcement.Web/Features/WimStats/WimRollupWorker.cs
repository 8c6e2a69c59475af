using Enforcement.Data;
using Enforcement.Data.Wim;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.WimStats;

/// <summary>
/// Keeps the statistics rollups current: every few seconds folds what was stored since the last fold
/// (<see cref="WimRollupFolder"/>). A failed fold (database restarting, not migrated yet) is logged and retried at the
/// next tick; nothing is lost, because the watermark only moves with the rollups it produced.
/// </summary>
internal sealed partial class WimRollupWorker(IServiceScopeFactory scopes, WimRollupFolder folder, ILogger<WimRollupWorker> log) : BackgroundService
{
    /// <summary>Folds everything committed so far (also called by the demo seed and by tests that need fresh numbers now).</summary>
    public async Task<WimFoldResult> CatchUpAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        return await folder.CatchUpAsync(db.Database.GetDbConnection(), ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(folder.Options.Interval);
        do
        {
            try
            {
                var folded = await CatchUpAsync(stoppingToken);
                if (folded.Records > 0 || folded.Violations > 0)
                {
                    LogFolded(log, folded.Records, folded.Violations, folded.RecordsWatermark);
                }
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                LogFailed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Statistics folded {Records} records and {Violations} violations (records up to {Watermark})")]
    private static partial void LogFolded(ILogger logger, long records, long violations, long watermark);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statistics fold failed; retried at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
