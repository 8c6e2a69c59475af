using Enforcement.Domain.Overload;
using static Enforcement.Domain.Tests.Overload.OverloadBuilders;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>APL Art 41 and 计量法 Art 9: a device's records count only while it is verified, reviewed and in enforcement.</summary>
public sealed class DeviceGateTests
{
    private static DeviceDefects Defects(WimDevice device, DateOnly on) => DeviceGate.Check(device, on).Defects;

    [Fact]
    public void DeviceOfTheBuilder_IsValidOnTheCaptureDate()
    {
        var validity = DeviceGate.Check(Device, CapturedOn);

        Assert.True(validity.IsValid);
        Assert.Empty(validity.Reasons);
        Assert.Equal("QHJL-2026-0188", validity.Certificate!.Number);
    }

    [Theory]
    [InlineData("2026-01-09", true)]
    [InlineData("2026-01-10", false)]
    [InlineData("2027-01-09", false)]
    [InlineData("2027-01-10", true)]
    public void Certificate_CountsFromItsFirstToItsLastDay(string date, bool defect)
    {
        var device = Device with { Certificates = [new VerificationCertificate("C1", "所", new DateOnly(2026, 1, 10), new DateOnly(2027, 1, 9))],
            EnforcementStartsOn = new DateOnly(2026, 1, 1) };

        Assert.Equal(defect, Defects(device, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).HasFlag(DeviceDefects.Certificate));
    }

    [Fact]
    public void RenewedCertificate_CoversTheDaysAfterTheFirstExpired()
    {
        var device = Device with
        {
            Certificates =
            [
                new VerificationCertificate("C1", "所", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
                new VerificationCertificate("C2", "所", new DateOnly(2026, 1, 15), new DateOnly(2027, 1, 14)),
            ],
        };

        Assert.Equal("C1", DeviceGate.Check(device, new DateOnly(2025, 12, 31)).Certificate?.Number);
        Assert.True(Defects(device, new DateOnly(2026, 1, 14)).HasFlag(DeviceDefects.Certificate));
        Assert.Equal("C2", DeviceGate.Check(device, new DateOnly(2026, 1, 15)).Certificate?.Number);
    }

    [Theory]
    [InlineData("2025-11-02", true)]
    [InlineData("2025-11-03", false)]
    [InlineData("2026-03-31", false)]
    [InlineData("2026-04-01", true)]
    public void LegalReview_CountsFromItsDate_UntilAFailedReview(string date, bool defect)
    {
        var device = Device with
        {
            LegalReviews =
            [
                new DeviceReview(new DateOnly(2026, 4, 1), "法制科", Passed: false, "设置地点不合理"),
                new DeviceReview(new DateOnly(2025, 11, 3), "法制科", Passed: true),
            ],
        };

        Assert.Equal(defect, Defects(device, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).HasFlag(DeviceDefects.LegalReview));
    }

    [Theory]
    [InlineData("2025-11-04", true)]
    [InlineData("2025-11-05", false)]
    public void TechnicalReview_CountsFromItsDate(string date, bool defect)
    {
        Assert.Equal(defect, Defects(Device, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).HasFlag(DeviceDefects.TechnicalReview));
    }

    [Fact]
    public void NoReviewsAtAll_AreBothDefects()
    {
        var defects = Defects(Device with { LegalReviews = [], TechnicalReviews = [] }, CapturedOn);

        Assert.True(defects.HasFlag(DeviceDefects.LegalReview));
        Assert.True(defects.HasFlag(DeviceDefects.TechnicalReview));
    }

    [Theory]
    [InlineData("2025-11-30", DeviceDefects.NotStarted)]
    [InlineData("2025-12-01", DeviceDefects.InNoticePeriod)]
    [InlineData("2025-12-31", DeviceDefects.InNoticePeriod)]
    [InlineData("2026-01-01", DeviceDefects.None)]
    public void Enforcement_StartsOnlyAfterThePublicNoticePeriod(string date, DeviceDefects expected)
    {
        var device = Device with { Certificates = [new VerificationCertificate("C1", "所", new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 1))],
            LegalReviews = [new DeviceReview(new DateOnly(2025, 1, 1), "法制科", true)],
            TechnicalReviews = [new DeviceReview(new DateOnly(2025, 1, 1), "信息中心", true)] };

        Assert.Equal(expected, Defects(device, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-01-31", true)]
    [InlineData("2026-02-01", false)]
    public void PublishedStartLaterThanTheNotice_IsWhenEnforcementBegins(string date, bool defect)
    {
        var device = Device with { EnforcementStartsOn = new DateOnly(2026, 2, 1) };

        Assert.Equal(defect, Defects(device, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).HasFlag(DeviceDefects.NotStarted));
    }

    [Fact]
    public void StartDateInsideTheNoticePeriod_DoesNotShortenTheNotice()
    {
        var device = Device with { EnforcementStartsOn = new DateOnly(2025, 12, 15) };

        var defects = Defects(device, new DateOnly(2025, 12, 20));

        Assert.True(defects.HasFlag(DeviceDefects.InNoticePeriod));
        Assert.False(defects.HasFlag(DeviceDefects.NotStarted));
    }

    [Fact]
    public void NoPublicNotice_OrNoStartDate_MeansNoEnforcement()
    {
        Assert.True(Defects(Device with { NoticeFrom = null, NoticeTo = null }, CapturedOn).HasFlag(DeviceDefects.NoPublicNotice));
        Assert.True(Defects(Device with { EnforcementStartsOn = null }, CapturedOn).HasFlag(DeviceDefects.NotStarted));
    }

    [Theory]
    [InlineData("2026-05-19", false)]
    [InlineData("2026-05-20", true)]
    public void OutOfService_FromItsFirstDay(string date, bool defect)
    {
        var device = Device with { OutOfServiceFrom = new DateOnly(2026, 5, 20) };

        Assert.Equal(defect, Defects(device, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).HasFlag(DeviceDefects.OutOfService));
    }

    [Fact]
    public void CaptureDate_IsTheChinaDate_NotTheUtcDate()
    {
        // 2027-01-09 16:30 UTC is 2027-01-10 00:30 in China: the certificate (to 2027-01-09) no longer covers it.
        var record = Record(80_000);
        var late = new WimRecord
        {
            DeviceCode = record.DeviceCode, RecordId = record.RecordId, Lane = 1,
            CapturedAtUtc = new DateTime(2027, 1, 9, 16, 30, 0, DateTimeKind.Utc), Plate = record.Plate,
            PlateColour = record.PlateColour, PlateConfidence = record.PlateConfidence, AxleCount = 6, ConfigurationCode = "157",
            GrossKg = 80_000, AxleKg = record.AxleKg, SpeedKmh = 60, Images = record.Images,
        };

        var result = Determine(late);

        Assert.Equal(new DateOnly(2027, 1, 10), result.CapturedOn);
        Assert.Contains(DeterminationReason.DeviceCertificate, result.InvalidReasons);
    }

    [Fact]
    public void RecordFromAnInvalidDevice_IsKeptWithItsFigures_ButNeverAViolation()
    {
        var device = Device with { Certificates = [], TechnicalReviews = [] };

        var result = Determine(Record(90_000), device: device);

        Assert.Equal(OverloadOutcome.Invalid, result.Outcome);
        Assert.False(result.IsViolation);
        Assert.False(result.DeviceValid);
        Assert.Equal(Enforcement.Domain.Identifiers.Money.Zero, result.Fine);
        Assert.Equal(Enforcement.Domain.Catalog.PenaltyKinds.None, result.Kinds);
        Assert.True(result.EffectiveOverKg > 0);
        Assert.Equal(["device.certificate", "device.technical-review"], result.InvalidReasons.Select(r => r.Code));
        Assert.All(result.InvalidReasons, r => Assert.False(string.IsNullOrEmpty(r.Message)));
        Assert.Contains(result.Trace, s => s.Kind == DeterminationStepKind.DeviceInvalid && s.Provision == OverloadProvisions.MetrologyLaw9);
    }

    [Fact]
    public void ReasonCodes_AreUnique()
    {
        Assert.Equal(DeterminationReason.All.Count, DeterminationReason.All.Select(r => r.Code).Distinct().Count());
    }
}
