using System.Globalization;

namespace Enforcement.Bench.Cases;

internal static class Report
{
    public static void Print(string mode, IReadOnlyList<EndpointResult> results, CaseLoadBenchmark.Options options)
    {
        var baseline = results.Single(r => r.Name == LoadTest.Baseline);
        Console.WriteLine();
        Console.WriteLine($"{mode}: {options.Cases:N0} cases, {options.Evidence:N0} evidence rows, {options.Seconds} s");
        Console.WriteLine($"| Endpoint | Requests | Errors | p50 ms | p95 ms | p99 ms | req/s | p95 ÷ baseline |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Requests:N0} | {r.Errors} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.PerSecond:F0} | {r.P95Ms / baseline.P95Ms:F1} |"));
        }
    }
}
