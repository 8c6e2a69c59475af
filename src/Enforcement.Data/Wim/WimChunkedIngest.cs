using System.Diagnostics;
using System.Globalization;

namespace Enforcement.Data.Wim;

/// <summary>
/// A CSV stream ingested in chunks (file imports and the CLI): each chunk of <see cref="WimIngestOptions.ImportChunkRows"/>
/// rows is one delivery ("import:{id}", chunk number) prepared row by row as it is read, and committed while the next
/// chunk is read and determined — one commit at a time, on the one connection, so reading and storing overlap on two
/// cores and memory stays at about two chunks whatever the size of the file.
/// </summary>
public static class WimChunkedIngest
{
    /// <param name="onChunkPrepared">Called after each chunk was read and determined (e.g. to report bytes read).</param>
    /// <param name="onAcknowledged">Called with each chunk's acknowledgement, in order.</param>
    /// <returns>Time spent reading and determining, and time spent waiting for a commit to finish (the store was the slower side).</returns>
    public static async Task<(TimeSpan Preparing, TimeSpan WaitingForCommits)> RunAsync(
        WimCsvReader csv, WimIngestor ingestor, EnforcementDbContext db, string sender, IReadOnlyCollection<int>? scope,
        Action? onChunkPrepared, Action<WimAcknowledgement> onAcknowledged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(onAcknowledged);
        var chunkRows = ingestor.Options.ImportChunkRows;
        var chunk = 0;
        Task<WimAcknowledgement>? pending = null;
        var watch = Stopwatch.StartNew();
        TimeSpan preparing = default, waiting = default;
        while (true)
        {
            var started = watch.Elapsed;
            // Cheap unless the registry changed: a certificate or device changed during a long import applies from the next chunk.
            await ingestor.Devices.RefreshAsync(cancellationToken);
            var builder = ingestor.Begin(sender, (++chunk).ToString(CultureInfo.InvariantCulture), onlyDeviceCode: null, scope, chunkRows);
            while (builder.Count < chunkRows && csv.ReadRow() is { } row)
            {
                builder.Add(row);
            }

            if (builder.Count == 0)
            {
                break;
            }

            var prepared = builder.Finish().Unwrap();
            onChunkPrepared?.Invoke();
            preparing += watch.Elapsed - started;
            if (pending is not null)
            {
                started = watch.Elapsed;
                var ack = await pending;
                waiting += watch.Elapsed - started;
                onAcknowledged(ack);
            }

            pending = Task.Run(() => WimIngestor.CommitAsync(prepared, db, cancellationToken), cancellationToken);
        }

        if (pending is not null)
        {
            var started = watch.Elapsed;
            var ack = await pending;
            waiting += watch.Elapsed - started;
            onAcknowledged(ack);
        }

        return (preparing, waiting);
    }
}
