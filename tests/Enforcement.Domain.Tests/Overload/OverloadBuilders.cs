using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>A device in enforcement and a clean record, so each test changes only what it is about.</summary>
internal static class OverloadBuilders
{
    /// <summary>14:00 China time on 2026-05-20, well inside every validity window of <see cref="Device"/>.</summary>
    public static readonly DateTime CapturedAtUtc = new(2026, 5, 20, 6, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly CapturedOn = new(2026, 5, 20);

    public static readonly VehiclePlate Plate = VehiclePlate.Parse("青A12345", "黄");

    public static WimDevice Device { get; } = new()
    {
        Code = "QH-G109-K1890-01",
        AccuracyClass = AccuracyClass.Class5,
        Certificates = [new VerificationCertificate("QHJL-2026-0188", "青海省计量检测研究院", new DateOnly(2026, 1, 10), new DateOnly(2027, 1, 9))],
        LegalReviews = [new DeviceReview(new DateOnly(2025, 11, 3), "法制科", Passed: true)],
        TechnicalReviews = [new DeviceReview(new DateOnly(2025, 11, 5), "科技信息中心", Passed: true)],
        NoticeFrom = new DateOnly(2025, 12, 1),
        NoticeTo = new DateOnly(2025, 12, 31),
        EnforcementStartsOn = new DateOnly(2026, 1, 1),
        RouteCode = "G109",
    };

    /// <summary>A 6-axle articulated train (code 157, limit 49 t) weighing <paramref name="grossKg"/>, valid in every respect.</summary>
    public static WimRecord Record(int grossKg = 49_000, string code = "157", int axles = 6) => new()
    {
        DeviceCode = Device.Code,
        RecordId = "R-000001",
        Lane = 1,
        CapturedAtUtc = CapturedAtUtc,
        Plate = "青A12345",
        PlateColour = "黄",
        PlateConfidence = 0.97m,
        AxleCount = axles,
        ConfigurationCode = code,
        GrossKg = grossKg,
        AxleKg = Split(grossKg, axles),
        SpeedKmh = 62.5m,
        Images =
        [
            new WimImage("img/front.jpg", new string('a', 64)),
            new WimImage("img/side.jpg", new string('b', 64)),
        ],
    };

    /// <summary>No tolerance, FLOOR: the Art 43 arithmetic on the measured mass.</summary>
    public static DeterminationSettings NoTolerance { get; } = DeterminationSettings.Default with
    {
        Version = "测试-无误差", Tolerance = new TolerancePolicy { Mode = ToleranceMode.None },
    };

    public static OverloadDeterminer Determiner(DeterminationSettings? settings = null) =>
        new(OverloadLimitTables.Order62Of2016, settings ?? DeterminationSettings.Default);

    public static OverloadDetermination Determine(
        WimRecord record, DeterminationSettings? settings = null, WimDevice? device = null, VehiclePlate? plate = null,
        bool noPlate = false, int? registeredGrossKg = null, Money otherFines = default) =>
        Determiner(settings).Determine(record, device ?? Device, noPlate ? null : plate ?? Plate, registeredGrossKg, otherFines);

    public static AxleLoads Split(int grossKg, int axles)
    {
        Span<int> loads = stackalloc int[axles];
        for (var i = 0; i < axles; i++)
        {
            loads[i] = grossKg / axles + (i < grossKg % axles ? 1 : 0);
        }

        return AxleLoads.From(loads);
    }

    public static Money Y(decimal yuan) => Money.FromYuan(yuan);
}
