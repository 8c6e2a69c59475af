using System.Globalization;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;

namespace Enforcement.Domain.Tests.Overload.Stations;

/// <summary>The stored device as the determination sees it, judged by DeviceGate on the boundary days.</summary>
public sealed class DeviceRegistryTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Certificate 2026-01-10 … 2027-01-09; reviews in November 2025; notice December 2025; enforcement from 2026-01-01.</summary>
    private static Device Scale(DeviceKind kind = DeviceKind.WimScale)
    {
        var station = new Station { Code = "QH-FX-GH-01", Name = "倒淌河东", RouteCode = "G109", Stake = "K1970+200", AgencyId = 1 };
        var device = new Device
        {
            Code = "QH-FX-GH-01-WIM1", Kind = kind, Model = "DWS", Manufacturer = "厂家", Station = station,
            AccuracyClass = kind == DeviceKind.WimScale ? AccuracyClass.Class2 : null, MinSpeedKmh = 10, MaxSpeedKmh = 90,
            NoticeFrom = D("2025-12-01"), NoticeTo = D("2025-12-31"), EnforcementStartsOn = D("2026-01-01"),
            Certificates = [new DeviceCertificate { Number = "QJJD-1", Issuer = "青海省计量检定测试所", ValidFrom = D("2026-01-10"), ValidTo = D("2027-01-09") }],
            Reviews =
            [
                new DeviceReviewRecord { Kind = ReviewKind.Legal, On = D("2025-11-03"), Reviewer = "法规股", Passed = true },
                new DeviceReviewRecord { Kind = ReviewKind.Technical, On = D("2025-11-05"), Reviewer = "科技信息处", Passed = true },
            ],
        };
        station.Devices.Add(device);
        return device;
    }

    [Fact]
    public void Mapping_CarriesWhatTheLawLooksAt()
    {
        var device = Scale();
        device.Reviews.Add(new DeviceReviewRecord { Kind = ReviewKind.Technical, On = D("2026-03-01"), Reviewer = "科技信息处", Passed = false, Conclusion = "漂移" });

        var wim = device.ToWimDevice();

        Assert.Equal("QH-FX-GH-01-WIM1", wim.Code);
        Assert.Equal(AccuracyClass.Class2, wim.AccuracyClass);
        Assert.Equal("G109", wim.RouteCode);
        Assert.Equal(10m, wim.MinSpeedKmh);
        Assert.Equal(90m, wim.MaxSpeedKmh);
        Assert.Equal(new VerificationCertificate("QJJD-1", "青海省计量检定测试所", D("2026-01-10"), D("2027-01-09")), Assert.Single(wim.Certificates));
        Assert.Single(wim.LegalReviews);
        Assert.Equal(2, wim.TechnicalReviews.Count);
        Assert.Equal(D("2025-12-31"), wim.NoticeTo);
        Assert.Equal(D("2026-01-01"), wim.EnforcementStartsOn);
    }

    [Fact]
    public void Mapping_WithoutItsStation_IsABug_NotAnEmptyRoute()
    {
        var device = Scale();
        device.Station = null;

        Assert.Throws<InvalidOperationException>(() => device.ToWimDevice());
    }

    [Theory]
    [InlineData("2026-01-09", "device.certificate")]     // the day before the certificate
    [InlineData("2026-01-10", "")]                       // its first day
    [InlineData("2027-01-09", "")]                       // its last day
    [InlineData("2027-01-10", "device.certificate")]     // the day after
    [InlineData("2025-11-30", "device.not-started|device.certificate")] // before the notice (and the certificate)
    [InlineData("2025-12-31", "device.notice-period|device.certificate")] // last day of the notice, before the certificate
    public void StoredDevice_IsJudgedByDeviceGate_OnTheBoundaryDays(string date, string reasons)
    {
        var validity = Scale().ValidityOn(D(date));

        Assert.Equal(reasons.Length == 0 ? [] : reasons.Split('|').Order(StringComparer.Ordinal).ToArray(),
            validity.Reasons.Select(r => r.Code).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("2026-05-19", true)]
    [InlineData("2026-05-20", false)]
    public void OutOfService_CountsFromItsFirstDay(string date, bool valid)
    {
        var device = Scale();
        device.Status = DeviceStatus.OutOfService;
        device.OutOfServiceFrom = D("2026-05-20");

        Assert.Equal(valid, device.ValidityOn(D(date)).IsValid);
    }

    [Fact]
    public void EnforcementStart_LaterThanTheNotice_IsTheFirstValidDay()
    {
        var device = Scale();
        device.EnforcementStartsOn = D("2026-02-01");

        Assert.Equal(["device.not-started"], device.ValidityOn(D("2026-01-31")).Reasons.Select(r => r.Code));
        Assert.True(device.ValidityOn(D("2026-02-01")).IsValid);
    }

    [Fact]
    public void Camera_NeedsNoVerificationCertificate_ButEverythingElse()
    {
        var camera = Scale(DeviceKind.PlateCamera);
        camera.Certificates.Clear();

        Assert.True(camera.ValidityOn(D("2026-05-20")).IsValid);
        camera.Reviews.RemoveAll(r => r.Kind == ReviewKind.Legal);
        Assert.Equal(["device.legal-review"], camera.ValidityOn(D("2026-05-20")).Reasons.Select(r => r.Code));

        var scale = Scale();
        scale.Certificates.Clear();
        Assert.Equal(["device.certificate"], scale.ValidityOn(D("2026-05-20")).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void RecordFromTheStoredDevice_IsDeterminedWithItsClassAndRoute()
    {
        var device = Scale();
        var record = OverloadBuilders.Record(60_000);
        var result = OverloadBuilders.Determine(new WimRecord
        {
            DeviceCode = device.Code, RecordId = record.RecordId, Lane = 1, CapturedAtUtc = record.CapturedAtUtc, Plate = record.Plate,
            PlateColour = record.PlateColour, PlateConfidence = record.PlateConfidence, AxleCount = 6, ConfigurationCode = "157",
            GrossKg = 60_000, AxleKg = record.AxleKg, SpeedKmh = 60, Images = record.Images,
        }, device: device.ToWimDevice());

        Assert.True(result.DeviceValid);
        Assert.True(result.IsViolation);
    }

    [Theory]
    [InlineData("2025-11-30", false)]
    [InlineData("2025-12-01", true)]
    public void Published_FromTheFirstDayOfTheNotice(string date, bool published)
    {
        Assert.Equal(published, Scale().IsPublishedOn(D(date)));
        var unpublished = Scale();
        unpublished.NoticeFrom = null;
        Assert.False(unpublished.IsPublishedOn(D("2030-01-01")));
    }

    [Fact]
    public void LatestCertificate_IsTheOneThatRunsOutLast()
    {
        var device = Scale();
        device.Certificates.Add(new DeviceCertificate { Number = "QJJD-0", Issuer = "所", ValidFrom = D("2025-01-10"), ValidTo = D("2026-01-09") });

        Assert.Equal("QJJD-1", device.LatestCertificate()!.Number);
    }
}
