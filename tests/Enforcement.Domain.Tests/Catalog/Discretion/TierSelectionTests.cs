using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>Tiers by facts and the statutory clause they are applied under (E1, E2, E4).</summary>
public sealed class TierSelectionTests
{
    private static DiscretionResult Freight(CaseFacts facts) =>
        DiscretionEngine.Recommend(UnlicensedFreight, SampleBenchmarks.UnlicensedFreight, facts);

    [Fact]
    public void Freight_FirstOffence_Is3000To5000_RecommendingTheMidpoint4000()
    {
        var result = Freight(new CaseFacts { FirstOffence = true });

        Assert.Equal(DiscretionOutcome.Penalty, result.Outcome);
        Assert.Equal("一般", result.Tier?.Name);
        Assert.Equal(R(3_000, 5_000), result.Range);
        Assert.Equal(Y(4_000), result.RecommendedFine);
        Assert.Equal(PenaltyKinds.Fine, result.Kinds);
        Assert.Equal(FineCondition.IncomeAtMostOrNone, result.Clause?.Condition);
        Assert.Equal(R(3_000, 10_000), result.StatutoryRange);
        Assert.Equal("责令停止经营", result.Orders);
    }

    [Fact]
    public void Freight_Repeat_Is5000To10000()
    {
        var result = Freight(new CaseFacts { FirstOffence = false, RepeatsIn12Months = 1 });

        Assert.Equal("较重", result.Tier?.Name);
        Assert.Equal(R(5_000, 10_000), result.Range);
        Assert.Equal(Y(7_500), result.RecommendedFine);
    }

    [Fact]
    public void Freight_Serious_Is10000To50000_UnderTheSeriousClause()
    {
        var result = Freight(new CaseFacts { FirstOffence = true, HarmCaused = HarmLevel.Serious });

        Assert.Equal("严重", result.Tier?.Name);
        Assert.Equal(FineCondition.Serious, result.Clause?.Condition);
        Assert.Equal(R(10_000, 50_000), result.Range);
        Assert.Equal(Y(30_000), result.RecommendedFine);
        Assert.Equal(R(10_000, 50_000), result.StatutoryRange);
    }

    [Fact]
    public void Freight_TwoVehiclesOrganised_IsSerious()
    {
        Assert.Equal("严重", Freight(new CaseFacts { FirstOffence = true, VehiclesInvolved = 2 }).Tier?.Name);
    }

    [Fact]
    public void Freight_Income50000FirstOffence_IsOneToTwoTimesTheIncome_WithConfiscation()
    {
        var result = Freight(new CaseFacts { FirstOffence = true, IllegalIncomeFen = 5_000_000 });

        Assert.Equal(FineCondition.IncomeAbove, result.Clause?.Condition);
        Assert.Equal(R(50_000, 100_000), result.Range);
        Assert.Equal(Y(75_000), result.RecommendedFine);
        Assert.Equal(R(50_000, 250_000), result.StatutoryRange);
        Assert.Equal(PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome, result.Kinds);
    }

    [Theory]
    [InlineData(false, 1, 100_000, 150_000)]
    [InlineData(true, 0, 150_000, 250_000)]
    public void Freight_Income50000_RepeatOrSerious_UsesTheirMultiples(bool serious, int repeats, decimal min, decimal max)
    {
        var result = Freight(new CaseFacts
        {
            FirstOffence = repeats == 0,
            RepeatsIn12Months = repeats,
            HarmCaused = serious ? HarmLevel.Serious : HarmLevel.None,
            IllegalIncomeFen = 5_000_000,
        });

        Assert.Equal(R(min, max), result.Range);
    }

    [Fact]
    public void Freight_IncomeOfExactlyTheThreshold_IsNotAbove_SoTheAmountClauseApplies()
    {
        // "违法所得超过1万元" excludes 10 000 itself.
        var result = Freight(new CaseFacts { FirstOffence = true, IllegalIncomeFen = 1_000_000 });

        Assert.Equal(FineCondition.IncomeAtMostOrNone, result.Clause?.Condition);
        Assert.Equal(R(3_000, 5_000), result.Range);
        Assert.DoesNotContain(PenaltyKinds.ConfiscateIncome, SplitKinds(result.Kinds));
    }

    [Fact]
    public void Freight_TierOutsideTheStatute_IsClampedToTheStatutoryRange_AndTheTraceSaysSo()
    {
        // A pre-2023 tier (first offence 30 000) against the 2023 range 3 000–10 000.
        var old = SampleBenchmarks.UnlicensedFreight with
        {
            Tiers = [new DiscretionTier { Name = "一般", Order = 1, Amount = DiscretionAmount.Range(30_000, 40_000) }],
        };

        var result = DiscretionEngine.Recommend(UnlicensedFreight, old, new CaseFacts { FirstOffence = true });

        Assert.Equal(R(10_000, 10_000), result.Range);
        Assert.Equal(Y(10_000), result.RecommendedFine);
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Clamp && s.Text.Contains("超出法定幅度", StringComparison.Ordinal));
    }

    [Fact]
    public void Freight_NoTierMatches_FallsBackToTheStatutoryRange()
    {
        var onlySerious = SampleBenchmarks.UnlicensedFreight with { Tiers = [SampleBenchmarks.UnlicensedFreight.Tiers[0]] };

        var result = DiscretionEngine.Recommend(UnlicensedFreight, onlySerious, new CaseFacts { FirstOffence = true });

        Assert.Null(result.Tier);
        Assert.Equal(R(3_000, 10_000), result.Range);
        Assert.Equal(Y(6_500), result.RecommendedFine);
    }

    [Fact]
    public void Freight_TraceListsTheTiersTriedAndTheOneChosen_AndCitesItemAndBenchmark()
    {
        var result = Freight(new CaseFacts { FirstOffence = true });

        Assert.Equal(Enumerable.Range(1, result.Trace.Count), result.Trace.Select(s => s.Sequence));
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Tier && s.Held == false && s.Text.Contains("“严重”不适用", StringComparison.Ordinal));
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Tier && s.Text.Contains("选定裁量阶次“一般”", StringComparison.Ordinal));
        Assert.Equal("《道路运输条例》第六十三条第一项", result.Citations[0]);
        Assert.Contains(SampleBenchmarks.UnlicensedFreight.Citation, result.Citations);
        Assert.Equal("63-DL-YZ-001", result.BenchmarkId);
        Assert.Equal(1, result.BenchmarkVersion);
    }

    [Theory]
    [InlineData(0, "轻微", 30_000)]
    [InlineData(1, "一般", 40_000)]
    [InlineData(2, "较重", 50_000)]
    [InlineData(3, "严重", 100_000)]
    [InlineData(5, "严重", 100_000)]
    public void Passenger_TimesCaught_PickTheFixedAmountTier(int repeats, string tier, decimal yuan)
    {
        var result = DiscretionEngine.Recommend(UnlicensedPassenger, SampleBenchmarks.UnlicensedPassenger,
            new CaseFacts { FirstOffence = repeats == 0, RepeatsIn12Months = repeats });

        Assert.Equal(tier, result.Tier?.Name);
        Assert.Equal(Y(yuan), result.RecommendedFine);
        Assert.Equal(R(yuan, yuan), result.Range);
    }

    [Fact]
    public void Passenger_Income30000FirstTime_IsTwiceTheIncome()
    {
        var result = DiscretionEngine.Recommend(UnlicensedPassenger, SampleBenchmarks.UnlicensedPassenger,
            new CaseFacts { FirstOffence = true, IllegalIncomeFen = 3_000_000 });

        Assert.Equal(Y(60_000), result.RecommendedFine);
        Assert.Equal(PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome, result.Kinds);
    }

    [Theory]
    [InlineData(true, 0, SampleCircumstances.MaintenanceOverdueOneInterval, "轻微", 1_000)]
    [InlineData(false, 1, null, "严重", 5_000)]
    [InlineData(true, 0, SampleCircumstances.MaintenanceOverdueOverTwoIntervals, "严重", 5_000)]
    [InlineData(true, 0, null, "一般", 3_000)]
    public void Maintenance_Tiers(bool first, int repeats, string? circumstance, string tier, decimal yuan)
    {
        var result = DiscretionEngine.Recommend(VehicleMaintenance, SampleBenchmarks.VehicleMaintenance, new CaseFacts
        {
            FirstOffence = first,
            RepeatsIn12Months = repeats,
            Circumstances = circumstance is null ? Circumstances() : Circumstances(circumstance),
        });

        Assert.Equal(tier, result.Tier?.Name);
        Assert.Equal(Y(yuan), result.RecommendedFine);
    }

    private static IEnumerable<PenaltyKinds> SplitKinds(PenaltyKinds kinds) =>
        Enum.GetValues<PenaltyKinds>().Where(k => k != PenaltyKinds.None && kinds.HasFlag(k));
}
