using Enforcement.Domain.Overload;
using static Enforcement.Domain.Tests.Overload.OverloadBuilders;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>Rows that go to quarantine, each with a reason naming its field; good rows pass with their plate parsed.</summary>
public sealed class WimRecordCheckTests
{
    private static readonly DateTime Now = CapturedAtUtc.AddMinutes(1);

    private static WimRecordCheckResult Check(WimRecord record) => WimRecordCheck.Check(record, Now);

    private static WimRecord Copy(WimRecord r, Action<Builder> change)
    {
        var b = new Builder(r);
        change(b);
        return b.Build();
    }

    private static void AssertOnlyReason(WimRecord record, string code, string field)
    {
        var result = Check(record);

        Assert.False(result.IsGood);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(code, reason.Code);
        Assert.Equal(field, reason.Field);
        Assert.False(string.IsNullOrWhiteSpace(reason.Message));
    }

    [Fact]
    public void CleanRecord_IsGood_WithItsPlateParsed()
    {
        var result = Check(Record(60_000));

        Assert.True(result.IsGood);
        Assert.Equal("青A12345（黄）", result.Plate!.ToString());
    }

    [Fact]
    public void NewEnergyPlateOfEightCharacters_IsGood()
    {
        var result = Check(Copy(Record(30_000, "15", 3), b => { b.Plate = "青AD12345"; b.PlateColour = "绿"; }));

        Assert.True(result.IsGood);
        Assert.True(result.Plate!.Number.IsNewEnergy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("未识别")]
    [InlineData("无牌")]
    public void UnrecognisedPlate_IsKept_WithoutAPlate(string? plate)
    {
        var result = Check(Copy(Record(60_000), b => { b.Plate = plate; b.PlateColour = null; }));

        Assert.True(result.IsGood);
        Assert.Null(result.Plate);
    }

    [Theory]
    [InlineData("青A1234", "plate.length")]
    [InlineData("XA12345", "plate.province")]
    [InlineData("青AI2345", "plate.letter-i-o")]
    public void MalformedPlate_IsQuarantined(string plate, string code)
    {
        AssertOnlyReason(Copy(Record(60_000), b => b.Plate = plate), code, "plate");
    }

    [Fact]
    public void PlateColourMissingOrWrong_IsQuarantined()
    {
        AssertOnlyReason(Copy(Record(60_000), b => b.PlateColour = null), "wim.plate-colour-missing", "plateColour");
        AssertOnlyReason(Copy(Record(60_000), b => b.PlateColour = "紫"), "plate-colour.unknown", "plateColour");
        AssertOnlyReason(Copy(Record(60_000), b => b.PlateColour = "绿"), "plate.colour-mismatch", "plateColour");
    }

    [Fact]
    public void MissingFields_AreEachReported()
    {
        var result = Check(new WimRecord());

        var fields = result.Reasons.Select(r => r.Field).ToHashSet();
        Assert.Superset(new HashSet<string?> { "deviceCode", "recordId", "lane", "capturedAt", "axleCount", "grossKg", "axleKg" }, fields);
        Assert.Contains(result.Reasons, r => r.Code == "wim.gross-missing");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(499)]
    [InlineData(250_001)]
    public void ImpossibleGross_IsQuarantined(int gross)
    {
        var result = Check(Copy(Record(60_000), b => b.GrossKg = gross));

        Assert.Contains(result.Reasons, r => r.Code == "wim.gross-impossible" && r.Field == "grossKg");
    }

    [Fact]
    public void ImpossibleAxleLoad_IsQuarantined()
    {
        var record = Copy(Record(60_000), b => b.AxleKg = AxleLoads.From([7_000, 11_000, 11_000, 10_000, 10_000, -1]));

        Assert.Contains(Check(record).Reasons, r => r.Code == "wim.axle-load-impossible");
    }

    [Theory]
    [InlineData(63_000, true)]   // 5 % of 60 000: allowed
    [InlineData(63_001, false)]
    [InlineData(57_000, true)]
    [InlineData(56_999, false)]
    public void AxleSumFarFromGross_IsQuarantined(int axleSum, bool good)
    {
        var record = Copy(Record(60_000), b => b.AxleKg = Split(axleSum, 6));

        var result = Check(record);

        Assert.Equal(good, result.IsGood);
        if (!good)
        {
            Assert.Equal("wim.axle-sum", Assert.Single(result.Reasons).Code);
        }
    }

    [Fact]
    public void AxleSumTolerance_IsASetting()
    {
        var record = Copy(Record(60_000), b => b.AxleKg = Split(64_000, 6));

        Assert.True(WimRecordCheck.Check(record, Now, new QuarantineSettings { MaxAxleSumDeviationBasisPoints = 1_000 }).IsGood);
    }

    [Fact]
    public void AxleLoadCountOtherThanAxleCount_IsQuarantined()
    {
        AssertOnlyReason(Copy(Record(60_000), b => b.AxleKg = Split(60_000, 5)), "wim.axle-loads-count", "axleKg");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public void AxleCountOutOfRange_IsQuarantined(int axles)
    {
        Assert.Contains(Check(Copy(Record(60_000), b => b.AxleCount = axles)).Reasons, r => r.Code == "wim.axle-count");
    }

    [Fact]
    public void CaptureTime_BeyondTheClockSkew_IsQuarantined_WithinItIsGood()
    {
        Assert.True(Check(Copy(Record(60_000), b => b.CapturedAtUtc = Now.AddMinutes(5))).IsGood);
        AssertOnlyReason(Copy(Record(60_000), b => b.CapturedAtUtc = Now.AddMinutes(5).AddSeconds(1)), "wim.captured-at-future", "capturedAt");
    }

    [Fact]
    public void ImpossibleSpeedConfidenceAndOutline_AreQuarantined()
    {
        Assert.Contains(Check(Copy(Record(60_000), b => b.SpeedKmh = -1)).Reasons, r => r.Field == "speedKmh");
        Assert.Contains(Check(Copy(Record(60_000), b => b.PlateConfidence = 1.2m)).Reasons, r => r.Field == "plateConfidence");
        Assert.Contains(Check(Copy(Record(60_000), b => b.HeightMm = 0)).Reasons, r => r.Field == "heightMm");
        Assert.Contains(Check(Copy(Record(60_000), b => b.LengthMm = 80_000)).Reasons, r => r.Field == "lengthMm");
    }

    [Fact]
    public void MalformedImageHash_IsQuarantined()
    {
        AssertOnlyReason(Copy(Record(60_000), b => b.Images = [new WimImage("img/a.jpg", "abc")]), "wim.image-hash", "images");
        AssertOnlyReason(Copy(Record(60_000), b => b.Images = [new WimImage("", new string('F', 64))]), "wim.image-reference", "images");
    }

    [Fact]
    public void SeveralProblems_AreAllReported()
    {
        var result = Check(Copy(Record(60_000), b => { b.GrossKg = 0; b.Plate = "青A1"; b.Lane = 0; }));

        Assert.Equal(["lane", "plate", "grossKg"], result.Reasons.Select(r => r.Field).Where(f => f is "lane" or "plate" or "grossKg"));
        Assert.Null(result.Plate);
    }

    [Fact]
    public void AxleLoads_ParseFromTheCsvForm_AndRefuseJunk()
    {
        Assert.True(AxleLoads.TryParse("7000|11500| 18000", '|', out var loads));
        Assert.Equal([7_000, 11_500, 18_000], loads.ToArray());
        Assert.Equal(36_500, loads.Sum());
        Assert.Equal("7000|11500|18000", loads.ToString());
        Assert.True(AxleLoads.TryParse("", '|', out var none));
        Assert.Equal(0, none.Count);
        Assert.False(AxleLoads.TryParse("7000|x", '|', out _));
        Assert.False(AxleLoads.TryParse(string.Join('|', Enumerable.Repeat("1000", 13)), '|', out _));
    }

    /// <summary>Mutable copy of a record for tests.</summary>
    private sealed class Builder(WimRecord r)
    {
        public string? Plate = r.Plate;
        public string? PlateColour = r.PlateColour;
        public decimal? PlateConfidence = r.PlateConfidence;
        public int? Lane = r.Lane;
        public int? AxleCount = r.AxleCount;
        public int? GrossKg = r.GrossKg;
        public AxleLoads AxleKg = r.AxleKg;
        public DateTime? CapturedAtUtc = r.CapturedAtUtc;
        public decimal? SpeedKmh = r.SpeedKmh;
        public int? HeightMm = r.HeightMm;
        public int? LengthMm = r.LengthMm;
        public IReadOnlyList<WimImage> Images = r.Images;

        public WimRecord Build() => new()
        {
            DeviceCode = r.DeviceCode, RecordId = r.RecordId, Lane = Lane, CapturedAtUtc = CapturedAtUtc, Plate = Plate,
            PlateColour = PlateColour, PlateConfidence = PlateConfidence, AxleCount = AxleCount,
            ConfigurationCode = r.ConfigurationCode, GrossKg = GrossKg, AxleKg = AxleKg, SpeedKmh = SpeedKmh,
            HeightMm = HeightMm, LengthMm = LengthMm, WidthMm = r.WidthMm, Images = Images, Anomalies = r.Anomalies,
        };
    }
}
