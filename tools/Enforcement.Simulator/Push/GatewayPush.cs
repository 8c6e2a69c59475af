using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Simulator.Push;

/// <summary>How a push ended: the acknowledgements received, and the first failure that stopped it (null when every batch was acknowledged).</summary>
public sealed record PushOutcome(IReadOnlyList<PushAck> Acknowledged, int Sent, string? Failure)
{
    public bool Complete => Failure is null;
}

/// <summary>
/// Sends planned batches as the stations' gateways would: <c>POST /api/v1/wim/batches?batchId=…</c>, CSV, each with its
/// device's credential, from a few gateways at once. An acknowledgement counts only once its answer was read in full
/// (<paramref name="onAck"/> sees it then, in arrival order). The first failure (platform gone, refusal) stops the
/// push: the gateways send nothing more, and what was not acknowledged is for the next push to send again.
/// </summary>
public static class GatewayPush
{
    public static async Task<PushOutcome> RunAsync(
        HttpClient http, IEnumerable<PlannedBatch> batches, IReadOnlyDictionary<string, string> secrets, int gateways, Action<PushAck>? onAck,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(secrets);
        var queue = new ConcurrentQueue<PlannedBatch>(batches);
        var acks = new ConcurrentQueue<PushAck>();
        var sent = 0;
        string? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var gate = new object();

        async Task GatewayAsync()
        {
            while (!stop.IsCancellationRequested && queue.TryDequeue(out var batch))
            {
                Interlocked.Increment(ref sent);
                try
                {
                    var ack = await SendAsync(http, batch, secrets[batch.DeviceCode], stop.Token);
                    // Kept even after another gateway failed: an answer read in full is an acknowledgement of a committed batch.
                    lock (gate)
                    {
                        acks.Enqueue(ack);
                        onAck?.Invoke(ack);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException or JsonException)
                {
                    lock (gate)
                    {
                        failure ??= stop.IsCancellationRequested && e is OperationCanceledException
                            ? "cancelled"
                            : $"{batch.DeviceCode} {batch.BatchId}: {e.GetType().Name}: {e.Message}";
                    }

                    await stop.CancelAsync();
                    return;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, gateways)).Select(_ => Task.Run(GatewayAsync, CancellationToken.None)));
        return new PushOutcome([.. acks], sent, failure);
    }

    /// <summary>One request: the acknowledgement, or an exception when the platform refused or did not answer.</summary>
    public static async Task<PushAck> SendAsync(HttpClient http, PlannedBatch batch, string secret, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(batch);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/wim/batches?batchId={Uri.EscapeDataString(batch.BatchId)}")
        {
            Content = new ByteArrayContent(batch.Body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Device", $"{batch.DeviceCode}:{secret}");
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"refused {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return PushAck.FromAnswer(batch.DeviceCode, batch.BatchId, answer);
    }
}
