using Enforcement.Domain.Overload;
using static Enforcement.Domain.Tests.Overload.OverloadBuilders;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>Records that cannot support a finding (APL Art 41 ¶2; the device's verified weighing conditions).</summary>
public sealed class InvalidityRulesTests
{
    private static WimRecord With(WimRecord r, decimal? speed = null, bool noSpeed = false, WimAnomaly anomalies = WimAnomaly.None,
        decimal? confidence = null, int? images = null, string? code = null, int? axles = null) => new()
    {
        DeviceCode = r.DeviceCode, RecordId = r.RecordId, Lane = r.Lane, CapturedAtUtc = r.CapturedAtUtc, Plate = r.Plate,
        PlateColour = r.PlateColour, PlateConfidence = confidence ?? r.PlateConfidence, AxleCount = axles ?? r.AxleCount,
        ConfigurationCode = code ?? r.ConfigurationCode, GrossKg = r.GrossKg, AxleKg = r.AxleKg,
        SpeedKmh = noSpeed ? null : speed ?? r.SpeedKmh, Images = images is { } n ? r.Images.Take(n).ToList() : r.Images,
        Anomalies = anomalies,
    };

    private static void AssertInvalid(OverloadDetermination result, DeterminationReason reason)
    {
        Assert.Equal(OverloadOutcome.Invalid, result.Outcome);
        Assert.False(result.IsViolation);
        Assert.Contains(reason, result.InvalidReasons);
        Assert.Contains(result.Trace, s => s.Reason == reason);
    }

    [Theory]
    [InlineData(4.9, true)]
    [InlineData(5.0, false)]
    [InlineData(100.0, false)]
    [InlineData(100.1, true)]
    public void Speed_OutsideTheConfiguredRange_IsInvalid(decimal speed, bool invalid)
    {
        var result = Determine(With(Record(60_000), speed: speed));

        Assert.Equal(invalid, result.InvalidReasons.Contains(DeterminationReason.SpeedOutOfRange));
        Assert.Equal(invalid ? OverloadOutcome.Invalid : OverloadOutcome.Fine, result.Outcome);
    }

    [Fact]
    public void DeviceSpeedRange_ReplacesTheDefault()
    {
        var device = Device with { MinSpeedKmh = 20m, MaxSpeedKmh = 80m };

        AssertInvalid(Determine(With(Record(60_000), speed: 19.9m), device: device), DeterminationReason.SpeedOutOfRange);
        AssertInvalid(Determine(With(Record(60_000), speed: 80.5m), device: device), DeterminationReason.SpeedOutOfRange);
        Assert.True(Determine(With(Record(60_000), speed: 80m), device: device).IsViolation);
    }

    [Fact]
    public void MissingSpeed_IsInvalid()
    {
        AssertInvalid(Determine(With(Record(60_000), noSpeed: true)), DeterminationReason.SpeedMissing);
    }

    [Theory]
    [InlineData(WimAnomaly.LaneStraddling, "record.lane-straddling")]
    [InlineData(WimAnomaly.Acceleration, "record.acceleration")]
    [InlineData(WimAnomaly.Abnormal, "record.abnormal")]
    public void AbnormalDriving_IsInvalid(WimAnomaly anomaly, string code)
    {
        var result = Determine(With(Record(60_000), anomalies: anomaly));

        Assert.Equal(OverloadOutcome.Invalid, result.Outcome);
        Assert.Equal(code, Assert.Single(result.InvalidReasons).Code);
    }

    [Fact]
    public void AnomalyTheProvinceDoesNotCount_LeavesTheRecordValid()
    {
        var settings = DeterminationSettings.Default with { InvalidatingAnomalies = WimAnomaly.LaneStraddling };

        Assert.True(Determine(With(Record(60_000), anomalies: WimAnomaly.Acceleration), settings).IsViolation);
    }

    [Theory]
    [InlineData(0.89, true)]
    [InlineData(0.90, false)]
    public void PlateConfidence_BelowTheThreshold_IsInvalid(decimal confidence, bool invalid)
    {
        var result = Determine(With(Record(60_000), confidence: confidence));

        Assert.Equal(invalid, result.InvalidReasons.Contains(DeterminationReason.PlateLowConfidence));
    }

    [Fact]
    public void PlateThreshold_IsASetting()
    {
        var settings = DeterminationSettings.Default with { MinPlateConfidence = 0.8m };

        Assert.True(Determine(With(Record(60_000), confidence: 0.85m), settings).IsViolation);
    }

    [Fact]
    public void UnrecognisedPlate_IsInvalid()
    {
        AssertInvalid(Determine(Record(60_000), noPlate: true), DeterminationReason.PlateUnrecognised);
    }

    [Fact]
    public void FewerImagesThanTheEvidencePackageNeeds_IsInvalid()
    {
        AssertInvalid(Determine(With(Record(60_000), images: 1)), DeterminationReason.ImagesMissing);
    }

    [Fact]
    public void UnknownConfigurationCode_IsInvalid_WithoutAGuessedLimit()
    {
        var result = Determine(With(Record(60_000), code: "999"));

        AssertInvalid(result, DeterminationReason.ConfigurationUnknown);
        Assert.Null(result.LimitKg);
    }

    [Fact]
    public void ConfigurationTheTableDoesNotList_IsInvalid_WithOneStepSayingSo()
    {
        var codes = new ConfigurationCodeTable("测试", [new("5R", new VehicleConfiguration { AxleCount = 5, Body = VehicleBodyType.RigidTruck })]);

        var result = Determine(Record(40_000, "5R", 5), DeterminationSettings.Default with { ConfigurationCodes = codes });

        AssertInvalid(result, DeterminationReason.NoLimitRow);
        Assert.Single(result.Trace, s => s.Reason == DeterminationReason.NoLimitRow);
        Assert.Null(result.LimitKg);
    }

    [Fact]
    public void ConfigurationWithOtherAxleCount_IsInvalid()
    {
        AssertInvalid(Determine(With(Record(60_000), axles: 5)), DeterminationReason.ConfigurationAxleMismatch);
    }

    [Fact]
    public void SeveralDefects_AreAllReported()
    {
        var result = Determine(With(Record(60_000), speed: 2m, anomalies: WimAnomaly.LaneStraddling | WimAnomaly.Acceleration, images: 0));

        Assert.Equal(["record.speed-range", "record.lane-straddling", "record.acceleration", "record.images"],
            result.InvalidReasons.Select(r => r.Code));
    }

    [Fact]
    public void RecordMissingEssentials_IsInvalidNotAnError()
    {
        var result = Determiner().Determine(new WimRecord { DeviceCode = "X", RecordId = "1" }, Device, Plate);

        Assert.Equal(OverloadOutcome.Invalid, result.Outcome);
        Assert.Equal(DeterminationReason.Incomplete, Assert.Single(result.InvalidReasons));
    }
}
