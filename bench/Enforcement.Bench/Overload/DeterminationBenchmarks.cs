using BenchmarkDotNet.Attributes;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;

namespace Enforcement.Bench.Overload;

/// <summary>
/// The per-record work of non-site ingest: checking a delivered row for quarantine and determining it. Ingest runs
/// these for every weighing, so they must stay far below the cost of storing the row. Baseline: the bare arithmetic
/// (gross − limit − 5 %) that a system without device gating, invalidity rules or a trace would do.
/// </summary>
[MemoryDiagnoser]
public class DeterminationBenchmarks
{
    private static readonly DateTime CapturedAt = new(2026, 5, 20, 6, 0, 0, DateTimeKind.Utc);

    private readonly OverloadDeterminer determiner = new(OverloadLimitTables.Order62Of2016, DeterminationSettings.Default);
    private readonly VehiclePlate plate = VehiclePlate.Parse("青A12345", "黄");

    private readonly WimDevice device = new()
    {
        Code = "QH-G109-K1890-01",
        Certificates = [new VerificationCertificate("QHJL-2026-0188", "青海省计量检测研究院", new DateOnly(2026, 1, 10), new DateOnly(2027, 1, 9))],
        LegalReviews = [new DeviceReview(new DateOnly(2025, 11, 3), "法制科", true)],
        TechnicalReviews = [new DeviceReview(new DateOnly(2025, 11, 5), "科技信息中心", true)],
        NoticeFrom = new DateOnly(2025, 12, 1),
        NoticeTo = new DateOnly(2025, 12, 31),
        EnforcementStartsOn = new DateOnly(2026, 1, 1),
    };

    private readonly WimRecord overLimit = Record(60_000);
    private readonly WimRecord compliant = Record(38_500);

    [Benchmark(Baseline = true)]
    public long Baseline_BareArithmetic()
    {
        var gross = overLimit.GrossKg!.Value;
        return gross - 49_000 - (gross * 5L / 100);
    }

    [Benchmark]
    public OverloadDetermination Determine_OverLimitRecord() => determiner.Determine(overLimit, device, plate);

    [Benchmark]
    public OverloadDetermination Determine_CompliantRecord() => determiner.Determine(compliant, device, plate);

    [Benchmark]
    public WimRecordCheckResult QuarantineCheck_GoodRow() => WimRecordCheck.Check(overLimit, CapturedAt.AddMinutes(1));

    [Benchmark]
    public string TraceJson_OverLimitRecord() => OverloadTraceJson.Write(determiner.Determine(overLimit, device, plate));

    private static WimRecord Record(int gross) => new()
    {
        DeviceCode = "QH-G109-K1890-01",
        RecordId = "R-000001",
        Lane = 1,
        CapturedAtUtc = CapturedAt,
        Plate = "青A12345",
        PlateColour = "黄",
        PlateConfidence = 0.97m,
        AxleCount = 6,
        ConfigurationCode = "157",
        GrossKg = gross,
        AxleKg = AxleLoads.From([7_000, 11_000, 11_000, gross / 3 - 9_667, gross / 3 - 9_667, gross / 3 - 9_666]),
        SpeedKmh = 62.5m,
        Images = [new WimImage("img/front.jpg", new string('a', 64)), new WimImage("img/side.jpg", new string('b', 64))],
    };
}
