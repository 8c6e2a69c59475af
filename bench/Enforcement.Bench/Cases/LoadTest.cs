using System.Diagnostics;
using System.Net;

namespace Enforcement.Bench.Cases;

internal sealed record EndpointResult(string Name, int Requests, int Errors, double P50Ms, double P95Ms, double P99Ms, double PerSecond);

/// <summary>
/// Closed-loop users: each sends a request, waits for the answer, thinks, sends the next. Endpoints are interleaved so
/// all share the same load. With no think time this is a saturation test: latency then equals users ÷ throughput.
/// </summary>
internal static class LoadTest
{
    public const string Baseline = "baseline: raw Npgsql, one case row";

    public static async Task<IReadOnlyList<EndpointResult>> RunAsync(int port, CookieContainer cookies, int users, TimeSpan duration, IReadOnlyList<int> caseIds, TimeSpan thinkTime)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, MaxConnectionsPerServer = users * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        (string Name, Func<Random, string> Url)[] endpoints =
        [
            ("case list: /api/v1/cases?page=…&pageSize=20", r => $"/api/v1/cases?page={r.Next(1, 50)}&pageSize=20"),
            ("case list filtered by status", r => $"/api/v1/cases?status=Investigating&page={r.Next(1, 5)}&pageSize=20"),
            ("case API: /api/v1/cases/{id}", r => $"/api/v1/cases/{caseIds[r.Next(caseIds.Count)]}"),
            ("case page: /cases/{id} (HTML)", r => $"/cases/{caseIds[r.Next(caseIds.Count)]}"),
            (Baseline, r => $"/bench/raw-case/{caseIds[r.Next(caseIds.Count)]}"),
        ];

        // Warm up: JIT, connection pools, plan caches.
        foreach (var (_, url) in endpoints) for (var i = 0; i < 20; i++) await http.GetAsync(url(Random.Shared));

        var samples = endpoints.Select(_ => new List<double>()).ToArray();
        var errors = new int[endpoints.Length];
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(async user =>
        {
            var random = new Random(user);
            var mine = endpoints.Select(_ => new List<double>()).ToArray();
            for (var n = user; stop.Elapsed < duration; n++)
            {
                var which = n % endpoints.Length;
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(endpoints[which].Url(random), HttpCompletionOption.ResponseContentRead);
                watch.Stop();
                if (response.StatusCode != HttpStatusCode.OK && Interlocked.Increment(ref errors[which]) == 1)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    Console.Error.WriteLine($"first error on {endpoints[which].Name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                }
                mine[which].Add(watch.Elapsed.TotalMilliseconds);
                // A person reads the answer before the next click: think time with ±50 % jitter (none in the stress run).
                if (thinkTime > TimeSpan.Zero) await Task.Delay(thinkTime * (0.5 + random.NextDouble()));
            }
            lock (samples) for (var i = 0; i < samples.Length; i++) samples[i].AddRange(mine[i]);
        }));
        var seconds = stop.Elapsed.TotalSeconds;
        return [.. endpoints.Select((e, i) =>
        {
            var sorted = samples[i].Order().ToArray();
            double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            return new EndpointResult(e.Name, sorted.Length, errors[i], At(0.50), At(0.95), At(0.99), sorted.Length / seconds);
        })];
    }
}
