using System.Globalization;

namespace Enforcement.Simulator;

/// <summary>The command line: <c>--url --credentials --rate --batch --count|--duration --seed --redeliver --days --route --dry-run</c>.</summary>
internal sealed record SimulatorOptions
{
    public Uri Url { get; init; } = new("http://localhost:5080");
    public string? CredentialsFile { get; init; }
    public double RatePerSecond { get; init; } = 200;
    public int BatchSize { get; init; } = 100;
    public long? Count { get; init; }
    public TimeSpan? Duration { get; init; }
    public int Seed { get; init; } = 1;
    public double Redeliver { get; init; } = 0.02;

    /// <summary>0: records captured now (live); n: records spread over the last n days (back-fill).</summary>
    public int Days { get; init; }

    public string? Route { get; init; }
    public bool DryRun { get; init; }

    public const string Usage = """
        用法：enforcement-simulator [选项]
          --url URL             平台地址（默认 http://localhost:5080）
          --credentials FILE    设备接入凭据文件，每行“设备编号 密钥”（由 wim credentials FILE 生成）
          --rate N              每秒记录数（默认 200）
          --batch N             每批记录数（默认 100）
          --count N | --duration 秒   生成的记录数或持续时间（默认 1000 条）
          --seed N              随机种子（相同种子生成相同数据，默认 1）
          --redeliver P         重复报送整批的比例（默认 0.02）
          --days N              回填：记录时间分布在过去 N 天（默认 0：当前时间）
          --route CODE          只模拟该路线上的设备
          --dry-run             只把生成的CSV写到标准输出，不报送
        固定计划报送（N条不重复记录、过去的时间窗口、确定的批次与回执日志）：enforcement-simulator push（无参数时显示用法）
        """;

    public static SimulatorOptions? Parse(string[] args, TextWriter error)
    {
        var o = new SimulatorOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} 缺少取值");
            try
            {
                o = args[i] switch
                {
                    "--url" => o with { Url = new Uri(Value()) },
                    "--credentials" => o with { CredentialsFile = Value() },
                    "--rate" => o with { RatePerSecond = double.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--batch" => o with { BatchSize = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--count" => o with { Count = long.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--duration" => o with { Duration = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                    "--seed" => o with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--redeliver" => o with { Redeliver = double.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--days" => o with { Days = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--route" => o with { Route = Value() },
                    "--dry-run" => o with { DryRun = true },
                    _ => throw new FormatException($"未知选项 {args[i]}"),
                };
            }
            catch (FormatException e)
            {
                error.WriteLine(e.Message);
                error.WriteLine(Usage);
                return null;
            }
        }

        if (o.RatePerSecond <= 0 || o.BatchSize is < 1 or > 10_000)
        {
            error.WriteLine("--rate 须大于0，--batch 须在1到10000之间。");
            return null;
        }

        return o.Count is null && o.Duration is null ? o with { Count = 1_000 } : o;
    }
}
