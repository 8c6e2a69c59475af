using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Enforcement.Simulator.Push;

/// <summary>
/// <c>enforcement-simulator push</c>: a deterministic push of N distinct records over a fixed past window (see
/// <see cref="PushPlan"/>), each acknowledgement written to a log as it arrives. Pushing the same plan again after an
/// interruption re-delivers every batch: those already stored answer their first acknowledgement.
/// </summary>
internal static class PushCommand
{
    public const string Usage = """
        用法：enforcement-simulator push [选项]
          --url URL             平台地址（默认 http://localhost:5080）
          --credentials FILE    设备接入凭据文件（由 wim credentials FILE 生成），必填
          --count N             不重复的记录数（默认 1000000）
          --batch N             每批记录数（默认 1000）
          --gateways N          同时报送的网关数（默认 4）
          --seed N              随机种子（默认 1）
          --from YYYY-MM-DD     采集时间窗口起始日（UTC，默认今天前 --days 天）
          --days N              窗口天数（默认 28；须在过去）
          --log FILE            回执日志（每行一个回执，制表符分隔；默认 acks.tsv）
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        if (Value("--credentials") is not { } credentials)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var days = Int("--days", 28);
        var from = Value("--from") is { } f
            ? DateTime.SpecifyKind(DateTime.ParseExact(f, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc)
            : DateTime.UtcNow.Date.AddDays(-days);
        var settings = new PushPlanSettings
        {
            Seed = Int("--seed", 1), Records = Int("--count", 1_000_000), BatchSize = Int("--batch", 1_000), FromUtc = from, ToUtc = from.AddDays(days),
        };
        if (settings.ToUtc > DateTime.UtcNow)
        {
            await Console.Error.WriteLineAsync("采集时间窗口须在过去：平台把将来时间的记录隔离。");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = new Uri(Value("--url") ?? "http://localhost:5080"), Timeout = TimeSpan.FromMinutes(5) };
        var secrets = Credentials.Read(credentials);
        var scales = (await PublishedScales.LoadAsync(http, null)).Where(s => secrets.ContainsKey(s.DeviceCode)).ToList();
        if (scales.Count == 0)
        {
            await Console.Error.WriteLineAsync("没有可报送的称重设备：凭据文件中的设备须是平台公示的动态称重设备（先运行 wim credentials FILE）。");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var plan = PushPlan.Build(scales, settings);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"计划：{plan.DistinctRecords} 条不重复记录（含重复报送的记录共 {plan.Rows} 行），{plan.Batches.Count} 批，{scales.Count} 台设备；生成用时 {clock.Elapsed.TotalSeconds:0.0} 秒。"));

        var logPath = Value("--log") ?? "acks.tsv";
        await using var log = new StreamWriter(logPath, append: false, new UTF8Encoding(false));
        await log.WriteLineAsync(PushAck.LogHeader);
        clock.Restart();
        long stored = 0, rows = 0, replayed = 0;
        var outcome = await GatewayPush.RunAsync(http, plan.Batches, secrets, Int("--gateways", 4), ack =>
        {
            log.WriteLine(ack.ToLogLine());
            rows += ack.Total;
            stored += ack.Stored;
            replayed += ack.Replayed ? 1 : 0;
        });
        await log.FlushAsync();
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"回执 {outcome.Acknowledged.Count}/{plan.Batches.Count} 批（其中重复报送返回原回执 {replayed} 批），{rows} 行，新存 {stored} 条；用时 {seconds:0.0} 秒，{rows / seconds:0} 行/秒。回执日志：{logPath}"));
        if (!outcome.Complete)
        {
            Console.WriteLine($"报送中断：{outcome.Failure}。再次运行同一命令即可补报（已确认的批次只返回原回执）。");
            return 1;
        }

        return 0;
    }
}
