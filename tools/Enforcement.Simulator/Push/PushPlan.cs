using System.Globalization;
using System.Text;
using Enforcement.Data.Wim;

namespace Enforcement.Simulator.Push;

/// <summary>What a deterministic push sends: how many distinct records, over which past window, from which seed, in batches of which size.</summary>
public sealed record PushPlanSettings
{
    public int Seed { get; init; } = 1;

    /// <summary>Distinct records to send (re-sent copies of a record, which the platform stores once, come on top).</summary>
    public int Records { get; init; } = 1_000_000;

    /// <summary>Most records in one batch of one device.</summary>
    public int BatchSize { get; init; } = 1_000;

    /// <summary>Start of the capture window (UTC, inclusive).</summary>
    public DateTime FromUtc { get; init; }

    /// <summary>End of the capture window (UTC, exclusive); must lie in the past, or the platform quarantines the records as future captures.</summary>
    public DateTime ToUtc { get; init; }
}

/// <summary>One gateway request of the plan: the device's CSV batch (UTF-8, header line first) and its batch id.</summary>
public sealed record PlannedBatch(string DeviceCode, string BatchId, int Rows, byte[] Body);

/// <summary>A plan: the batches in the order they are sent, and what the platform must end up storing.</summary>
public sealed record PushPlan(IReadOnlyList<PlannedBatch> Batches, int DistinctRecords, long Rows)
{
    /// <summary>
    /// Generates the traffic (<see cref="WimTrafficGenerator"/>, with its over-limit share, same-trip repeats and re-sent
    /// records, but no malformed rows, so every distinct record must be stored) until exactly
    /// <see cref="PushPlanSettings.Records"/> distinct (device, record id) pairs were produced, and cuts each device's
    /// rows into batches as a gateway would. The same settings and scales give the same batches, byte for byte.
    /// </summary>
    public static PushPlan Build(IEnumerable<SimulatedScale> scales, PushPlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Records < 1 || settings.BatchSize < 1 || settings.ToUtc <= settings.FromUtc)
        {
            throw new ArgumentException("A push needs at least one record, a batch size and a window that ends after it starts.", nameof(settings));
        }

        var generator = new WimTrafficGenerator(scales, new WimTrafficSettings { Seed = settings.Seed, BadRowShare = 0 });
        // Batch ids name the plan, so a different plan pushed to the same platform never replays this one's acknowledgements.
        var prefix = string.Create(CultureInfo.InvariantCulture,
            $"p{settings.Seed}-{settings.FromUtc:yyyyMMddHH}-{(settings.ToUtc - settings.FromUtc).TotalHours:0}h-{settings.Records}");
        var distinct = new HashSet<(string, string)>();
        var pending = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var batches = new List<PlannedBatch>();
        long rows = 0;
        foreach (var row in generator.Generate(settings.FromUtc, settings.ToUtc, int.MaxValue))
        {
            if (distinct.Count == settings.Records && !distinct.Contains((row.DeviceCode, row.RecordId)))
            {
                break;
            }

            distinct.Add((row.DeviceCode, row.RecordId));
            rows++;
            if (!pending.TryGetValue(row.DeviceCode, out var lines))
            {
                pending[row.DeviceCode] = lines = [];
            }

            lines.Add(row.CsvLine);
            if (lines.Count == settings.BatchSize)
            {
                batches.Add(Batch(row.DeviceCode, lines));
                lines.Clear();
            }
        }

        foreach (var (device, lines) in pending.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            batches.Add(Batch(device, lines));
        }

        return new PushPlan(batches, distinct.Count, rows);

        PlannedBatch Batch(string device, List<string> lines)
        {
            var ordinal = ordinals[device] = ordinals.GetValueOrDefault(device) + 1;
            var text = new StringBuilder(WimTrafficGenerator.CsvHeader.Length + (lines.Count * 360));
            text.Append(WimTrafficGenerator.CsvHeader).Append('\n');
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }

            return new PlannedBatch(device, string.Create(CultureInfo.InvariantCulture, $"{prefix}-{ordinal:D5}"), lines.Count,
                Encoding.UTF8.GetBytes(text.ToString()));
        }
    }
}
