using System.Text.Json;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;
using static Enforcement.Domain.Tests.Overload.OverloadBuilders;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>Determination vectors: each configuration at its limit ±1 kg, tolerance, rounding, caps, outline, 百吨王.</summary>
public sealed class OverloadDeterminationTests
{
    /// <summary>One code per listed configuration, so the vectors run through the code table as ingest does.</summary>
    private static readonly ConfigurationCodeTable EveryConfiguration = new("测试-全部车型",
    [
        new("2R", new VehicleConfiguration { AxleCount = 2, Body = VehicleBodyType.RigidTruck }),
        new("3R", new VehicleConfiguration { AxleCount = 3, Body = VehicleBodyType.RigidTruck }),
        new("3RA", new VehicleConfiguration { AxleCount = 3, Body = VehicleBodyType.RigidTruck, DualTyreDriveAxle = true, AirSuspension = true }),
        new("3R1", new VehicleConfiguration { AxleCount = 3, Body = VehicleBodyType.RigidTruck, SingleTyreAxles = 1 }),
        new("3C", new VehicleConfiguration { AxleCount = 3, Body = VehicleBodyType.CentreAxleTrailerTrain }),
        new("3T", new VehicleConfiguration { AxleCount = 3, Body = VehicleBodyType.Articulated }),
        new("4R", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.RigidTruck }),
        new("4RA", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.RigidTruck, DualTyreDriveAxle = true, AirSuspension = true }),
        new("4C", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.CentreAxleTrailerTrain }),
        new("4T", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.Articulated }),
        new("4TA", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.Articulated, DualTyreDriveAxle = true, AirSuspension = true, SemiTrailerAxleSpacingMm = 1_800 }),
        new("4F", new VehicleConfiguration { AxleCount = 4, Body = VehicleBodyType.FullTrailerTrain }),
        new("5C", new VehicleConfiguration { AxleCount = 5, Body = VehicleBodyType.CentreAxleTrailerTrain }),
        new("5T", new VehicleConfiguration { AxleCount = 5, Body = VehicleBodyType.Articulated }),
        new("5F", new VehicleConfiguration { AxleCount = 5, Body = VehicleBodyType.FullTrailerTrain }),
        new("6C", new VehicleConfiguration { AxleCount = 6, Body = VehicleBodyType.CentreAxleTrailerTrain }),
        new("6T", new VehicleConfiguration { AxleCount = 6, Body = VehicleBodyType.Articulated }),
        new("6T1", new VehicleConfiguration { AxleCount = 6, Body = VehicleBodyType.Articulated, SingleDriveAxle = true }),
        new("6F", new VehicleConfiguration { AxleCount = 6, Body = VehicleBodyType.FullTrailerTrain }),
    ]);

    public static TheoryData<string, int, int> Configurations => new()
    {
        { "2R", 2, 18_000 }, { "3R", 3, 25_000 }, { "3RA", 3, 26_000 }, { "3R1", 3, 22_000 }, { "3C", 3, 27_000 },
        { "3T", 3, 27_000 }, { "4R", 4, 31_000 }, { "4RA", 4, 32_000 }, { "4C", 4, 36_000 }, { "4T", 4, 36_000 },
        { "4TA", 4, 37_000 }, { "4F", 4, 36_000 }, { "5C", 5, 43_000 }, { "5T", 5, 43_000 }, { "5F", 5, 43_000 },
        { "6C", 6, 49_000 }, { "6T", 6, 49_000 }, { "6T1", 6, 46_000 }, { "6F", 6, 49_000 },
    };

    private static DeterminationSettings Exact => NoTolerance with { ConfigurationCodes = EveryConfiguration };

    private static DeterminationSettings FivePercent => DeterminationSettings.Default with { ConfigurationCodes = EveryConfiguration };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void WithoutTolerance_AtTheLimitIsNotOver_OneKilogramMoreIsAWarning(string code, int axles, int limitKg)
    {
        var below = Determine(Record(limitKg - 1, code, axles), Exact);
        var at = Determine(Record(limitKg, code, axles), Exact);
        var above = Determine(Record(limitKg + 1, code, axles), Exact);

        Assert.Equal(limitKg, at.LimitKg);
        Assert.Equal(OverloadOutcome.NotOverLimit, below.Outcome);
        Assert.Equal(OverloadOutcome.NotOverLimit, at.Outcome);
        Assert.Equal(0, at.EffectiveOverKg);
        Assert.Equal(OverloadOutcome.Warning, above.Outcome);
        Assert.Equal(1, above.EffectiveOverKg);
        Assert.Equal(PenaltyKinds.Warning, above.Kinds);
        Assert.Equal(Money.Zero, above.Fine);
        Assert.True(above.IsViolation);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void WithFivePercentTolerance_TheFirstCountedKilogramIsWhereNinetyFivePercentOfGrossExceedsTheLimit(
        string code, int axles, int limitKg)
    {
        // Effective over > 0 ⇔ gross − ⌈5 % gross⌉ > limit ⇔ ⌊95 % gross⌋ ≥ limit + 1 ⇔ gross ≥ 20 (limit + 1) / 19.
        var first = (int)Math.Ceiling(20m * (limitKg + 1) / 19m);

        var within = Determine(Record(first - 1, code, axles), FivePercent);
        var over = Determine(Record(first, code, axles), FivePercent);

        Assert.Equal(OverloadOutcome.WithinTolerance, within.Outcome);
        Assert.True(within.MeasuredOverKg > 0);
        Assert.False(within.IsViolation);
        Assert.Equal(OverloadOutcome.Warning, over.Outcome);
        Assert.True(over.EffectiveOverKg > 0);
    }

    [Fact]
    public void Tolerance_IsFivePercentOfTheMeasuredMass_RoundedUp()
    {
        var result = Determine(Record(51_579));

        Assert.Equal(2_579, result.ToleranceKg); // 2 578.95
        Assert.Equal(2_579, result.MeasuredOverKg);
        Assert.Equal(0, result.EffectiveOverKg);
        Assert.Equal(OverloadOutcome.WithinTolerance, result.Outcome);
    }

    [Fact]
    public void DeviceAccuracyClassTolerance_UsesTheClassMpe()
    {
        var settings = DeterminationSettings.Default with { Tolerance = new TolerancePolicy { Mode = ToleranceMode.DeviceAccuracyClass } };
        var device = Device with { AccuracyClass = AccuracyClass.Class2 };

        var result = Determine(Record(60_000), settings, device);

        Assert.Equal(1_200, result.ToleranceKg);
        Assert.Equal(9_800, result.EffectiveOverKg);
        Assert.Contains(result.Trace, s => s.Kind == DeterminationStepKind.Tolerance && s.Detail == "2级" && s.B == 200);
    }

    [Fact]
    public void ToleranceMinimumKg_AppliesWhenLargerThanThePercentage()
    {
        var settings = DeterminationSettings.Default with { Tolerance = new TolerancePolicy { PercentBasisPoints = 100, MinimumKg = 1_000 } };

        Assert.Equal(1_000, Determine(Record(50_000), settings).ToleranceKg);
        Assert.Equal(1_500, Determine(Record(150_000), settings).ToleranceKg);
    }

    [Fact]
    public void DeviceToleranceOverride_ReplacesTheProvincePercentage()
    {
        var result = Determine(Record(60_000), device: Device with { ToleranceBasisPoints = 300 });

        Assert.Equal(1_800, result.ToleranceKg);
    }

    [Theory]
    [InlineData(1_000, OverloadOutcome.Warning, 0)]
    [InlineData(1_001, OverloadOutcome.Fine, 500)]
    [InlineData(1_999, OverloadOutcome.Fine, 500)]
    [InlineData(2_000, OverloadOutcome.Fine, 1_000)]
    [InlineData(2_999, OverloadOutcome.Fine, 1_000)]
    [InlineData(59_000, OverloadOutcome.Fine, 29_500)]
    [InlineData(60_000, OverloadOutcome.Fine, 30_000)]
    [InlineData(70_000, OverloadOutcome.Fine, 30_000)]
    public void Floor_CountsWholeTonnesOnly_CappedAt30000(int overKg, OverloadOutcome outcome, decimal yuan)
    {
        var result = Determine(Record(49_000 + overKg), NoTolerance);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(Y(yuan), result.Fine);
        Assert.Equal(TonneRounding.Floor, DeterminationSettings.Default.Rounding);
    }

    [Theory]
    [InlineData(1_001, 1_000)]
    [InlineData(1_500, 1_000)]
    [InlineData(2_999, 1_500)]
    [InlineData(59_001, 30_000)]
    public void Ceiling_CountsEveryStartedTonne(int overKg, decimal yuan)
    {
        var result = Determine(Record(49_000 + overKg), NoTolerance with { Rounding = TonneRounding.Ceiling });

        Assert.Equal(Y(yuan), result.Fine);
    }

    [Fact]
    public void MassFineAboveThirtyThousand_IsCapped_AndTheTraceSaysSo()
    {
        var result = Determine(Record(49_000 + 80_000), NoTolerance);

        Assert.Equal(Y(30_000), result.Fine);
        Assert.True(result.Capped);
        var mass = Assert.Single(result.Trace, s => s.Kind == DeterminationStepKind.Mass);
        Assert.True(mass.Held);
        Assert.Contains("已达最高罚款额", mass.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FineBasis_EffectiveByDefault_MeasuredWhenTheProvinceSaysSo()
    {
        // 60 t on a 49 t limit: measured 11 000 over, tolerance 3 000, effective 8 000.
        var effective = Determine(Record(60_000));
        var measured = Determine(Record(60_000), DeterminationSettings.Default with { FineBasis = OverLimitFineBasis.Measured });

        Assert.Equal(Y(4_000), effective.Fine);
        Assert.Equal(Y(5_500), measured.Fine);
    }

    [Fact]
    public void MeasuredFineBasis_StillNeedsTheRecordToBeOverAfterTolerance()
    {
        var result = Determine(Record(51_000), DeterminationSettings.Default with { FineBasis = OverLimitFineBasis.Measured });

        Assert.Equal(OverloadOutcome.WithinTolerance, result.Outcome);
        Assert.Equal(Money.Zero, result.Fine);
    }

    [Fact]
    public void OverLimitRate_IsMeasuredOverLimitDividedByTheLimit()
    {
        var result = Determine(Record(60_000));

        Assert.Equal(2_244, result.OverLimitRateBasisPoints); // 11 000 / 49 000 = 22.448 %
        Assert.Equal(22.44m, result.OverLimitRatePercent);
    }

    [Theory]
    [InlineData(4_000, 2_550, 18_100, OverloadOutcome.NotOverLimit, DimensionTier.None, 0, 0, 0)]
    [InlineData(4_100, 2_500, 17_000, OverloadOutcome.Fine, DimensionTier.Lower, 0, 200, 100)]
    [InlineData(4_300, 2_500, 17_000, OverloadOutcome.Fine, DimensionTier.Middle, 200, 1_000, 600)]
    [InlineData(4_000, 2_550, 28_001, OverloadOutcome.Fine, DimensionTier.Upper, 1_000, 3_000, 2_000)]
    public void Outline_FallsInTheArticle43Tiers(
        int h, int w, int l, OverloadOutcome outcome, DimensionTier tier, decimal min, decimal max, decimal recommended)
    {
        var result = Determine(WithOutline(Record(40_000), h, w, l));

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(tier, result.Dimension);
        Assert.Equal(new MoneyRange(Y(min), Y(max)), result.FineRange);
        Assert.Equal(Y(recommended), result.Fine);
    }

    [Fact]
    public void MassAndOutlineFines_AddUp_AndAreCappedTogether()
    {
        var result = Determine(WithOutline(Record(49_000 + 59_000), 4_600, 2_500, 17_000), NoTolerance);

        Assert.Equal(Y(29_500), result.MassFine);
        Assert.Equal(new MoneyRange(Y(30_000), Y(30_000)), result.FineRange);
        Assert.True(result.Capped);
    }

    [Fact]
    public void MassWarningWithOutlineFine_IsAFineWithBothKinds()
    {
        var result = Determine(WithOutline(Record(49_500), 4_300, 2_500, 17_000), NoTolerance);

        Assert.Equal(OverloadOutcome.Fine, result.Outcome);
        Assert.Equal(PenaltyKinds.Warning | PenaltyKinds.Fine, result.Kinds);
        Assert.Equal(MassVerdict.Warning, result.Mass);
    }

    [Fact]
    public void CumulativeCap_LimitsThisFineToWhatIsLeftUnder30000()
    {
        var result = Determine(Record(49_000 + 10_000), NoTolerance, otherFines: Y(28_000));

        Assert.Equal(Y(2_000), result.Fine);
        Assert.True(result.Capped);
        var step = Assert.Single(result.Trace, s => s.Kind == DeterminationStepKind.CumulativeCap);
        Assert.Equal(OverloadProvisions.Article43Paragraph2, step.Provision);
        Assert.True(step.Held);
    }

    [Fact]
    public void CumulativeCap_AlreadyReached_LeavesNothingToFine()
    {
        var result = Determine(Record(49_000 + 10_000), NoTolerance, otherFines: Y(30_000));

        // Still a violation (it joins the group); the cap leaves no amount for it.
        Assert.Equal(OverloadOutcome.Fine, result.Outcome);
        Assert.Equal(Money.Zero, result.Fine);
        Assert.True(result.Capped);
    }

    [Fact]
    public void CumulativeCap_NotReached_LeavesTheFine()
    {
        var result = Determine(Record(49_000 + 10_000), NoTolerance, otherFines: Y(1_000));

        Assert.Equal(Y(5_000), result.Fine);
        Assert.False(Assert.Single(result.Trace, s => s.Kind == DeterminationStepKind.CumulativeCap).Held);
    }

    [Theory]
    [InlineData(99_999, false)]
    [InlineData(100_000, true)]
    public void HundredTonKing_IsFlaggedFrom100Tonnes(int grossKg, bool flagged)
    {
        Assert.Equal(flagged, Determine(Record(grossKg)).HundredTonKing);
    }

    [Fact]
    public void HundredTonKing_IsFlaggedEvenOnAnInvalidRecord()
    {
        var result = Determine(Record(120_000), device: Device with { Certificates = [] });

        Assert.Equal(OverloadOutcome.Invalid, result.Outcome);
        Assert.True(result.HundredTonKing);
    }

    [Fact]
    public void LocalReduction_FromTheProvinceBenchmark_AppliesByOverLimitBand()
    {
        var reduction = OverloadReduction.FromBenchmark(SampleBenchmarks.OverLimit.Reductions[0]).Unwrap();
        var settings = NoTolerance with { Reductions = [reduction] };

        var result = Determine(Record(49_000 + 12_000), settings); // 6 000 × 75 %

        Assert.Equal(Y(4_500), result.Fine);
        Assert.Equal(75, result.PercentPayable);
        Assert.Contains(result.Trace, s => s is { Kind: DeterminationStepKind.Reduction, Held: true, A: 75 });
    }

    [Fact]
    public void LocalReduction_DoesNotApplyBelowItsFirstBand_NorToAHundredTonKing()
    {
        var reduction = OverloadReduction.FromBenchmark(SampleBenchmarks.OverLimit.Reductions[0]).Unwrap();
        var settings = NoTolerance with { Reductions = [reduction] };

        Assert.Equal(Y(2_000), Determine(Record(49_000 + 4_999), settings).Fine);
        Assert.Equal(Y(25_500), Determine(Record(100_000), settings).Fine); // 51 t over, 百吨王: no reduction
    }

    [Fact]
    public void LocalReduction_NeedingFactsAWeighingCannotHave_IsRefused()
    {
        var rule = new ReductionRule
        {
            Name = "初次违法减免",
            Source = "样例",
            Conditions = [Predicates.FirstOffence],
            Steps = [new ReductionStep(Predicates.OverLimitKg(Band.AtLeast(0)), 50)],
        };

        var result = OverloadReduction.FromBenchmark(rule);

        Assert.False(result.IsOk);
        Assert.Contains("初次违法", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleVersion_NamesTheLimitTableAndTheSettings()
    {
        var result = Determine(Record(60_000));

        Assert.Equal("62号令-认定标准-2016|默认-1", result.RuleVersion);
        Assert.Equal(CapturedOn, result.CapturedOn);
        Assert.Equal("QHJL-2026-0188", result.CertificateNumber);
    }

    [Fact]
    public void RuleBook_JudgesByTheSettingsInForceOnTheCaptureDate()
    {
        var strict = DeterminationSettings.Default with
        {
            Version = "青海-2",
            EffectiveFrom = new DateOnly(2026, 5, 21),
            Tolerance = new TolerancePolicy { Mode = ToleranceMode.None },
        };
        var book = new OverloadRuleBook(OverloadLimitTables.All, [DeterminationSettings.Default, strict]);

        Assert.Equal("默认-1", book.For(new DateOnly(2026, 5, 20))!.Settings.Version);
        Assert.Equal("青海-2", book.For(new DateOnly(2026, 5, 21))!.Settings.Version);
        Assert.Null(book.For(new DateOnly(2016, 9, 20)));
        Assert.Equal(OverloadOutcome.WithinTolerance, book.Determine(Record(51_000), Device, Plate)!.Outcome);
    }

    [Fact]
    public void Trace_CitesAProvisionForEveryStep_AndWritesAsJson()
    {
        var result = Determine(Record(60_000));

        Assert.All(result.Trace, s => Assert.False(string.IsNullOrEmpty(s.Provision)));
        Assert.Equal(DeterminationStepKind.Outcome, result.Trace[^1].Kind);

        using var json = JsonDocument.Parse(OverloadTraceJson.Write(result));
        var root = json.RootElement;
        Assert.Equal("62号令-认定标准-2016|默认-1", root.GetProperty("ruleVersion").GetString());
        Assert.Equal("Fine", root.GetProperty("outcome").GetString());
        Assert.Contains(root.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "Mass"
            && s.GetProperty("values").GetProperty("verdict").GetString() == "Fine");
        var overLimit = root.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "OverLimit");
        Assert.Equal(8_000, overLimit.GetProperty("values").GetProperty("effectiveOverKg").GetInt64());
        Assert.Contains("超过限值49000千克11000千克", overLimit.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Determining_IsTheSameEachTime()
    {
        var determiner = Determiner();
        var record = Record(63_210);

        var first = determiner.Determine(record, Device, Plate);
        var second = determiner.Determine(record, Device, Plate);

        Assert.Equal(first.Trace, second.Trace);
        Assert.Equal(OverloadTraceJson.Write(first), OverloadTraceJson.Write(second));
    }

    private static WimRecord WithOutline(WimRecord r, int h, int w, int l) => new()
    {
        DeviceCode = r.DeviceCode, RecordId = r.RecordId, Lane = r.Lane, CapturedAtUtc = r.CapturedAtUtc, Plate = r.Plate,
        PlateColour = r.PlateColour, PlateConfidence = r.PlateConfidence, AxleCount = r.AxleCount,
        ConfigurationCode = r.ConfigurationCode, GrossKg = r.GrossKg, AxleKg = r.AxleKg, SpeedKmh = r.SpeedKmh,
        Images = r.Images, HeightMm = h, WidthMm = w, LengthMm = l,
    };
}
