using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>E3: the benchmark's per-tonne amount, local non-site reductions and the caps.</summary>
public sealed class OverLimitBenchmarkTests
{
    private static DiscretionResult Recommend(CaseFacts facts, DiscretionBenchmark? benchmark = null) =>
        DiscretionEngine.Recommend(OverLimit, benchmark ?? SampleBenchmarks.OverLimit, facts);

    [Theory]
    [InlineData(500)]
    [InlineData(1_000)]
    public void UpToOneTonneOver_RecommendsAWarningOnly(long kg)
    {
        var result = Recommend(new CaseFacts { OverLimitKg = kg });

        Assert.Equal(DiscretionOutcome.Penalty, result.Outcome);
        Assert.Equal(PenaltyKinds.Warning, result.Kinds);
        Assert.Equal(Money.Zero, result.RecommendedFine);
        Assert.Contains(OverloadFine.Article, result.Citations);
    }

    [Fact]
    public void NotOverTheLimit_IsNotAViolation()
    {
        var result = Recommend(new CaseFacts { OverLimitKg = 0 });

        Assert.Equal(DiscretionOutcome.NotAViolation, result.Outcome);
        Assert.Equal(PenaltyKinds.None, result.Kinds);
    }

    [Theory]
    [InlineData(2_000, 1_000)]
    [InlineData(10_000, 5_000)]
    [InlineData(60_000, 30_000)]
    [InlineData(100_000, 30_000)]
    public void OnTheSpot_IsThe62LingAmount(long kg, decimal yuan)
    {
        var result = Recommend(new CaseFacts { OverLimitKg = kg });

        Assert.Equal(Y(yuan), result.RecommendedFine);
        Assert.Equal(PenaltyKinds.Fine, result.Kinds);
    }

    [Fact]
    public void BenchmarkRounding_IsUsed_FloorBySample_CeilingWhenConfigured()
    {
        Assert.Equal(Y(1_000), Recommend(new CaseFacts { OverLimitKg = 2_999 }).RecommendedFine);

        var ceiling = SampleBenchmarks.OverLimit with
        {
            Policy = SampleBenchmarks.OverLimit.Policy with { TonneRounding = TonneRounding.Ceiling },
        };
        Assert.Equal(Y(1_500), Recommend(new CaseFacts { OverLimitKg = 2_999 }, ceiling).RecommendedFine);
    }

    [Theory]
    [InlineData(4_999, 2_000)] // 4 t, below the first band: no reduction
    [InlineData(5_000, 2_000)] // 5 t × 500 = 2 500 × 80 %
    [InlineData(12_000, 4_500)] // 6 000 × 75 %
    [InlineData(20_000, 7_000)] // 10 000 × 70 %
    [InlineData(35_000, 11_375)] // 17 500 × 65 %
    [InlineData(40_000, 12_000)] // 20 000 × 60 %
    [InlineData(50_000, 15_000)] // 25 000 × 60 % (gross 99 t: not yet 百吨王)
    public void NonSite_ReducesByOverLimitBand(long kg, decimal yuan)
    {
        var result = Recommend(new CaseFacts { OverLimitKg = kg, DetectedNonSite = true, GrossMassKg = 49_000 + kg });

        Assert.Equal(Y(yuan), result.RecommendedFine);
    }

    [Fact]
    public void NonSite12TonnesOver_TraceShowsThe75PercentStep()
    {
        var result = Recommend(new CaseFacts { OverLimitKg = 12_000, DetectedNonSite = true, GrossMassKg = 61_000 });

        var step = Assert.Single(result.Trace, s => s.Stage == TraceStage.Reduction && s.Held == true);
        Assert.Contains("6000元×75%＝4500元", step.Text, StringComparison.Ordinal);
        Assert.Contains(step.Numbers, n => n.Name == "比例" && n.Value == 75);
    }

    [Fact]
    public void NonSiteHundredTonneTruck_IsExcludedFromTheReduction()
    {
        var result = Recommend(new CaseFacts { OverLimitKg = 51_000, DetectedNonSite = true, GrossMassKg = 100_000 });

        Assert.Equal("严重", result.Tier?.Name);
        Assert.Equal(Y(25_500), result.RecommendedFine);
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Reduction && s.Held == false
                                          && s.Text.Contains("百吨王", StringComparison.Ordinal));
    }

    [Fact]
    public void OnTheSpot_IsNotReduced()
    {
        Assert.Equal(Y(6_000), Recommend(new CaseFacts { OverLimitKg = 12_000 }).RecommendedFine);
    }

    [Fact]
    public void DimensionFineInTheSameCalculation_IsAddedAndCappedAt30000()
    {
        var result = Recommend(new CaseFacts
        {
            OverLimitKg = 59_000,
            Dimensions = new VehicleDimensions(4_600, 2_500, 17_000),
        });

        Assert.Equal(Y(30_000), result.RecommendedFine);
        Assert.Equal(R(30_000, 30_000), result.Range);
    }

    [Fact]
    public void DimensionFineDecidedSeparately_CountsTowardTheCumulativeCap()
    {
        // Dimension fine 2 000 already decided; mass 59 t → 29 500 → at most 28 000 remain.
        var result = Recommend(new CaseFacts { OverLimitKg = 59_000, OtherFinesInGroupFen = 200_000 });

        Assert.Equal(Y(28_000), result.RecommendedFine);
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Cap && s.Text.Contains("本项最高28000元", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralSelfReportedRecords_AreCappedCumulatively_OnlyWhenTheCircumstanceHolds()
    {
        var facts = new CaseFacts { OverLimitKg = 20_000, OtherFinesInGroupFen = 2_500_000 };

        // The Art 43 ¶2 cumulative cap applies anyway: 30 000 − 25 000 = 5 000.
        Assert.Equal(Y(5_000), Recommend(facts).RecommendedFine);
        var selfReported = Recommend(facts with
        {
            Circumstances = Circumstances(SampleCircumstances.SelfReportedMultipleRecords),
            OtherFinesInGroupFen = 2_800_000,
        });
        Assert.Equal(Y(2_000), selfReported.RecommendedFine);
    }

    [Fact]
    public void CapAlreadyExhausted_LeavesNoFine()
    {
        var result = Recommend(new CaseFacts { OverLimitKg = 20_000, OtherFinesInGroupFen = 3_000_000 });

        Assert.Equal(Money.Zero, result.RecommendedFine);
        Assert.Equal(PenaltyKinds.None, result.Kinds);
    }
}
