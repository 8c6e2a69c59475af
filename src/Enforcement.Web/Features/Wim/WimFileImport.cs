using System.Text;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Domain.Common;

namespace Enforcement.Web.Features.Wim;

/// <summary>Where a file import stands; read by the progress page while the import runs.</summary>
internal sealed class WimImportProgress
{
    public required Guid Id { get; init; }
    public required string FileName { get; init; }
    public long TotalBytes { get; init; }
    public int? AgencyId { get; init; }
    public string? StartedBy { get; init; }
    public DateTime StartedAtUtc { get; init; }
    public long BytesRead;
    public long Rows;
    public long Stored;
    public long Duplicate;
    public long Quarantined;
    public long Hits;
    public volatile bool Done;
    public string? Error { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>The first quarantined rows with their reasons (the rest are in the quarantine table).</summary>
    public List<WimQuarantineReport> Examples { get; } = [];

    public int Percent => TotalBytes <= 0 ? (Done ? 100 : 0) : (int)Math.Min(100, Interlocked.Read(ref BytesRead) * 100 / TotalBytes);
}

/// <summary>
/// Imports a CSV of one or several devices through the same pipeline as the gateways, streaming: the file is read a
/// chunk of rows at a time (<see cref="WimIngestOptions.ImportChunkRows"/>), each chunk is one delivery and one
/// transaction, and the next chunk is read and determined while the last one commits. Memory stays bounded whatever
/// the file's size. Importing the same file again stores nothing new (every record is identified by its device's id).
/// </summary>
internal static class WimFileImport
{
    public const int MaxExamples = 100;

    public static async Task<Result<WimImportProgress>> RunAsync(
        Stream file, WimImportProgress progress, WimIngestor ingestor, EnforcementDbContext db, IReadOnlyCollection<int>? scope,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(ingestor);
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var opened = WimCsvReader.Open(reader, defaultDeviceCode: null);
        if (!opened.IsOk)
        {
            progress.Error = opened.Refusal!.Message;
            progress.Done = true;
            return opened.Refusal;
        }

        var csv = opened.Value!;
        var sender = "import:" + progress.Id.ToString("N");
        await WimChunkedIngest.RunAsync(csv, ingestor, db, sender, scope,
            onChunkPrepared: () => Interlocked.Exchange(ref progress.BytesRead, file.CanSeek ? file.Position : 0),
            onAcknowledged: ack => Count(progress, ack),
            cancellationToken);

        Interlocked.Exchange(ref progress.BytesRead, progress.TotalBytes);
        progress.FinishedAtUtc = DateTime.UtcNow;
        progress.Done = true;
        return progress;
    }

    private static void Count(WimImportProgress progress, WimAcknowledgement ack)
    {
        Interlocked.Add(ref progress.Rows, ack.Total);
        Interlocked.Add(ref progress.Stored, ack.Stored);
        Interlocked.Add(ref progress.Duplicate, ack.Duplicate);
        Interlocked.Add(ref progress.Quarantined, ack.Quarantined);
        Interlocked.Add(ref progress.Hits, ack.Hits);
        lock (progress.Examples)
        {
            // The reader numbers rows across the whole file, so a chunk's rows already carry their file row number.
            foreach (var q in ack.QuarantinedRows)
            {
                if (progress.Examples.Count >= MaxExamples)
                {
                    break;
                }

                progress.Examples.Add(q);
            }
        }
    }
}
