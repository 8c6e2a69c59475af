using System.Collections.Concurrent;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Wim;

/// <summary>
/// File imports started from the page run here in the background, one at a time per node, from a temporary copy of the
/// upload under the data directory (deleted when done). Progress lives in memory: after a restart an import is simply
/// run again, which stores nothing twice.
/// </summary>
internal sealed class WimImportJobs(IServiceScopeFactory scopes, PlatformPaths paths, ILogger<WimImportJobs> log) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, WimImportProgress> _jobs = new();
    private readonly SemaphoreSlim _one = new(1, 1);

    public string UploadDirectory => Path.Combine(paths.DataDirectory, "wim-imports");

    public WimImportProgress? Find(Guid id) => _jobs.GetValueOrDefault(id);

    public WimImportProgress Start(string uploadedFile, string fileName, IReadOnlyCollection<int>? scope, int? agencyId, string? user)
    {
        var progress = new WimImportProgress
        {
            Id = Guid.NewGuid(),
            FileName = fileName,
            TotalBytes = new FileInfo(uploadedFile).Length,
            AgencyId = agencyId,
            StartedBy = user,
            StartedAtUtc = DateTime.UtcNow,
        };
        _jobs[progress.Id] = progress;
        _ = Task.Run(() => RunAsync(uploadedFile, progress, scope));
        return progress;
    }

    private async Task RunAsync(string path, WimImportProgress progress, IReadOnlyCollection<int>? scope)
    {
        await _one.WaitAsync();
        try
        {
            await using var scopeServices = scopes.CreateAsyncScope();
            var db = scopeServices.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            var ingestor = scopeServices.ServiceProvider.GetRequiredService<WimIngestor>();
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            await WimFileImport.RunAsync(file, progress, ingestor, db, scope, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Data.Common.DbException)
        {
            log.LogError(e, "Weigh-in-motion import {Id} failed", progress.Id);
            progress.Error = "导入中断：" + e.Message + "（已确认的部分已保存，重新导入同一文件不会重复保存）";
            progress.Done = true;
        }
        finally
        {
            _one.Release();
            try { File.Delete(path); } catch (IOException) { /* left for the next start's clean-up */ }
        }
    }

    public void Dispose() => _one.Dispose();
}
