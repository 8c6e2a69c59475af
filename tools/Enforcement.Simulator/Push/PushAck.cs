using System.Globalization;
using System.Text.Json;

namespace Enforcement.Simulator.Push;

/// <summary>
/// One acknowledgement as the gateway received it: the platform's batch id (<see cref="AckId"/>), the counts, and
/// whether it was the answer to a re-delivery. Written to the acknowledgement log as one tab-separated line.
/// </summary>
public sealed record PushAck(string DeviceCode, string BatchId, long AckId, int Total, int Stored, int Duplicate, int Quarantined, int Hits, bool Replayed)
{
    public const string LogHeader = "device\tbatchId\tackId\ttotal\tstored\tduplicate\tquarantined\thits\treplayed";

    /// <summary>The same acknowledgement, whether first or replayed (what a re-delivery must answer).</summary>
    public bool SameAs(PushAck other) =>
        other is not null && DeviceCode == other.DeviceCode && BatchId == other.BatchId && AckId == other.AckId && Total == other.Total
        && Stored == other.Stored && Duplicate == other.Duplicate && Quarantined == other.Quarantined && Hits == other.Hits;

    public string ToLogLine() => string.Create(CultureInfo.InvariantCulture,
        $"{DeviceCode}\t{BatchId}\t{AckId}\t{Total}\t{Stored}\t{Duplicate}\t{Quarantined}\t{Hits}\t{(Replayed ? 1 : 0)}");

    public static PushAck ParseLogLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var f = line.Split('\t');
        int I(int i) => int.Parse(f[i], CultureInfo.InvariantCulture);
        return new PushAck(f[0], f[1], long.Parse(f[2], CultureInfo.InvariantCulture), I(3), I(4), I(5), I(6), I(7), f[8] == "1");
    }

    /// <summary>Reads the platform's answer (<c>WimAcknowledgement</c> JSON).</summary>
    public static PushAck FromAnswer(string deviceCode, string batchId, JsonElement answer)
    {
        int Get(string name) => answer.GetProperty(name).GetInt32();
        var deliveryId = answer.GetProperty("deliveryId").GetString();
        if (!string.Equals(deliveryId, batchId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The acknowledgement of batch {batchId} names batch {deliveryId}.");
        }

        return new PushAck(deviceCode, batchId, answer.GetProperty("batchId").GetInt64(), Get("total"), Get("stored"), Get("duplicate"),
            Get("quarantined"), Get("hits"), answer.GetProperty("replayed").GetBoolean());
    }
}
