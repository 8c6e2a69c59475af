using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Data.Wim;
using Enforcement.Simulator;

// Weigh-in-motion traffic simulator: generates traffic for the scales the platform publishes (/api/v1/public/devices)
// and pushes it as each device's gateway would (POST /api/v1/wim/batches, CSV, device credential) at a chosen rate,
// printing every acknowledgement. Deterministic for a seed.
//   dotnet run --project tools/Enforcement.Simulator -- --url http://localhost:5080 --credentials devices.txt --rate 500 --count 20000
// `push` sends a fixed plan instead (N distinct records over a past window, deterministic batches, acknowledgement log):
//   dotnet run --project tools/Enforcement.Simulator -- push --credentials devices.txt --count 1000000 --log acks.tsv
Console.OutputEncoding = Encoding.UTF8;
if (args is ["push", ..])
{
    return await Enforcement.Simulator.Push.PushCommand.RunAsync(args[1..]);
}

var options = SimulatorOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromMinutes(2) };
var scales = await PublishedScales.LoadAsync(http, options.Route);
var secrets = options.CredentialsFile is { } file ? Credentials.Read(file) : [];
if (!options.DryRun)
{
    scales = [.. scales.Where(s => secrets.ContainsKey(s.DeviceCode))];
}

if (scales.Count == 0)
{
    await Console.Error.WriteLineAsync(options.DryRun
        ? "平台未公示称重设备。"
        : "没有可报送的称重设备：凭据文件中的设备须是平台公示的动态称重设备（先运行 wim credentials FILE）。");
    return 1;
}

var generator = new WimTrafficGenerator(scales, new WimTrafficSettings { Seed = options.Seed });
var shuffle = new Random(options.Seed ^ 0x5EED);
if (options.DryRun)
{
    Console.WriteLine(WimTrafficGenerator.CsvHeader);
    var now = DateTime.UtcNow;
    foreach (var row in generator.Generate(now.AddDays(-Math.Max(1, options.Days)), now.AddMinutes(-1), (int)Math.Min(options.Count ?? 1_000, int.MaxValue)))
    {
        Console.WriteLine(row.CsvLine);
    }

    return 0;
}

var pending = new Dictionary<string, List<SimulatedRow>>(StringComparer.Ordinal);
var sent = new List<(string Device, string BatchId, string Body)>();
var clock = Stopwatch.StartNew();
long generated = 0, stored = 0, duplicate = 0, quarantined = 0, hits = 0, batches = 0, failures = 0;
var runId = options.Seed.ToString(CultureInfo.InvariantCulture) + "-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var backfillFrom = DateTime.UtcNow.AddDays(-options.Days);
var backfill = options.Days > 0 ? generator.Generate(backfillFrom, DateTime.UtcNow.AddMinutes(-1), int.MaxValue).GetEnumerator() : null;

while ((options.Count is not { } count || generated < count) && (options.Duration is not { } duration || clock.Elapsed < duration))
{
    // Pace: never ahead of rate × elapsed.
    var due = (long)(options.RatePerSecond * clock.Elapsed.TotalSeconds);
    if (generated >= due)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(1000.0 / options.RatePerSecond, 1, 200)));
        continue;
    }

    IEnumerable<SimulatedRow> rows = backfill is not null && backfill.MoveNext() ? [backfill.Current] : generator.At(DateTime.UtcNow.AddSeconds(-1));
    foreach (var row in rows)
    {
        generated++;
        if (!pending.TryGetValue(row.DeviceCode, out var list))
        {
            pending[row.DeviceCode] = list = [];
        }

        list.Add(row);
        if (list.Count >= options.BatchSize)
        {
            await SendAsync(row.DeviceCode, list);
            list.Clear();
        }
    }
}

foreach (var (device, list) in pending.Where(p => p.Value.Count > 0))
{
    await SendAsync(device, list);
}

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"完成：生成 {generated} 条，{batches} 批；新存 {stored}，重复 {duplicate}，隔离 {quarantined}，违法记录 {hits}，失败批次 {failures}；用时 {seconds:0.0} 秒（{generated / Math.Max(seconds, 0.001):0} 条/秒）。"));
return failures == 0 ? 0 : 1;

async Task SendAsync(string device, List<SimulatedRow> rows)
{
    var body = WimTrafficGenerator.CsvHeader + "\n" + string.Join("\n", rows.Select(r => r.CsvLine)) + "\n";
    var batchId = string.Create(CultureInfo.InvariantCulture, $"sim-{runId}-{++batches:D7}");
    await PostAsync(device, batchId, body);
    sent.Add((device, batchId, body));
    if (sent.Count > 64)
    {
        sent.RemoveAt(0);
    }

    // A gateway that did not see the acknowledgement sends the batch again: same id, nothing new stored.
    if (shuffle.NextDouble() < options.Redeliver)
    {
        var again = sent[shuffle.Next(sent.Count)];
        await PostAsync(again.Device, again.BatchId, again.Body);
    }
}

async Task PostAsync(string device, string batchId, string body)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/wim/batches?batchId={Uri.EscapeDataString(batchId)}")
    {
        Content = new StringContent(body, Encoding.UTF8, "text/csv"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Device", $"{device}:{secrets[device]}");
    using var response = await http.SendAsync(request);
    if (!response.IsSuccessStatusCode)
    {
        failures++;
        Console.WriteLine($"{batchId} {device} 拒收 {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return;
    }

    var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
    int Get(string name) => ack.GetProperty(name).GetInt32();
    stored += Get("stored");
    duplicate += Get("duplicate");
    quarantined += Get("quarantined");
    hits += Get("hits");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{batchId} {device} 共{Get("total")} 新存{Get("stored")} 重复{Get("duplicate")} 隔离{Get("quarantined")} 违法{Get("hits")}{(ack.GetProperty("replayed").GetBoolean() ? " （重复报送，返回原确认）" : "")}"));
}
