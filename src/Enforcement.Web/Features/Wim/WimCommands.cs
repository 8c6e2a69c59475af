using System.Globalization;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Wim;

/// <summary>
/// <c>dotnet run --project src/Enforcement.Web -- wim import FILE</c>: imports a CSV of weighing records through the
/// ingest pipeline, streaming, with progress on standard error. Exit code 0 when the file was read to its end (bad
/// rows are quarantined and counted), 1 when it could not be (missing file, malformed header).
/// </summary>
internal static class WimCommands
{
    public static async Task<bool> ImportAsync(WebApplication app, string path)
    {
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"文件不存在：{path}");
            Environment.ExitCode = 1;
            return true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        await db.Database.MigrateAsync();
        var ingestor = scope.ServiceProvider.GetRequiredService<WimIngestor>();
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var progress = new WimImportProgress { Id = Guid.NewGuid(), FileName = Path.GetFileName(path), TotalBytes = file.Length, StartedAtUtc = DateTime.UtcNow };
        using var timer = new Timer(_ => Report(progress), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await WimFileImport.RunAsync(file, progress, ingestor, db, scope: null, CancellationToken.None);
        if (!result.IsOk)
        {
            await Console.Error.WriteLineAsync($"导入失败：{result.Refusal!.Message}");
            Environment.ExitCode = 1;
            return true;
        }

        var seconds = started.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"导入完成：共 {progress.Rows} 行，新存 {progress.Stored}，重复 {progress.Duplicate}，隔离 {progress.Quarantined}，违法线索记录 {progress.Hits}；用时 {seconds:0.0} 秒（{progress.Rows / Math.Max(seconds, 0.001):0} 行/秒）。"));
        // Peak resident memory of the whole process (the import streams: it stays flat whatever the file's size).
        using (var self = System.Diagnostics.Process.GetCurrentProcess())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"峰值内存（工作集）：{self.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
        }

        foreach (var q in progress.Examples.Take(20))
        {
            Console.WriteLine($"  第{q.Row}行 {q.RecordId}：{string.Join("；", q.Reasons.Select(r => $"{r.Field}：{r.Message}"))}");
        }

        Environment.ExitCode = 0;
        return true;
    }

    private static void Report(WimImportProgress p) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{p.Percent,3}%  {Interlocked.Read(ref p.Rows)} 行，新存 {Interlocked.Read(ref p.Stored)}，重复 {Interlocked.Read(ref p.Duplicate)}，隔离 {Interlocked.Read(ref p.Quarantined)}"));
}
