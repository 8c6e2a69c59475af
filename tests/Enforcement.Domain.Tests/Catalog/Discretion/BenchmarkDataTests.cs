using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>Benchmark data: the samples are consistent with their statutes; selection by item, province and date.</summary>
public sealed class BenchmarkDataTests
{
    public static TheoryData<string> SampleIds => [.. SampleBenchmarks.All.Select(b => b.Id)];

    private static EnforcementItem ItemFor(DiscretionBenchmark benchmark) =>
        new[] { UnlicensedFreight, UnlicensedPassenger, OverLimit, VehicleMaintenance, LoadSpilling }
            .Single(i => i.Code == benchmark.ItemCode);

    [Theory]
    [MemberData(nameof(SampleIds))]
    public void Sample_PassesTheChecksAgainstItsStatute_AndIsMarkedUnverified(string id)
    {
        var benchmark = SampleBenchmarks.All.Single(b => b.Id == id);

        Assert.Empty(BenchmarkCheck.Check(benchmark, ItemFor(benchmark)));
        Assert.True(benchmark.Unverified);
        Assert.Equal("63", benchmark.ProvinceCode);
    }

    [Fact]
    public void Pre2023FreightTier_IsReportedOutsideThe2023Statute()
    {
        // 江西 pre-2023 first offence 30 000 against 2023 Art 63(1) 3 000–10 000.
        var old = SampleBenchmarks.UnlicensedFreight with
        {
            Tiers = [new DiscretionTier { Name = "一般", Order = 1, Amount = DiscretionAmount.Fixed(30_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(2, 10) }],
        };

        var problems = BenchmarkCheck.Check(old, UnlicensedFreight);

        Assert.Equal(["tiers[0].amount", "tiers[0].incomeAmount"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal("benchmark.tier-outside-statute", p.Code));
    }

    [Fact]
    public void InconsistentData_IsReported()
    {
        var bad = SampleBenchmarks.VehicleMaintenance with
        {
            ProvinceCode = "630000",
            EffectiveTo = new DateOnly(2020, 1, 1),
            Tiers =
            [
                new DiscretionTier { Name = "一般", Order = 1, Amount = new RangeAmount(Y(4_000), Y(2_000)) },
                new DiscretionTier { Name = "轻微", Order = 1, Amount = DiscretionAmount.ShareOfMaximum(ShareLevel.Ordinary) },
            ],
            Policy = DiscretionPolicy.Default with { OrdinaryShare = new ShareBand(60, 40) },
        };

        var codes = BenchmarkCheck.Check(bad, VehicleMaintenance).Select(p => p.Code).ToList();

        Assert.Contains("benchmark.province", codes);
        Assert.Contains("benchmark.effective-dates", codes);
        Assert.Contains("benchmark.duplicate-order", codes);
        Assert.Contains("benchmark.range-order", codes);
        Assert.Contains("benchmark.share-without-maximum", codes);
        Assert.Contains("benchmark.share-band", codes);
    }

    [Fact]
    public void WrongItem_IsRefusedByTheEngine()
    {
        Assert.Throws<ArgumentException>(() =>
            DiscretionEngine.Recommend(UnlicensedPassenger, SampleBenchmarks.UnlicensedFreight, new CaseFacts()));
    }

    [Fact]
    public void Selection_TakesTheHighestVersionInForceForItemProvinceAndDate()
    {
        var v1 = SampleBenchmarks.UnlicensedFreight with { EffectiveTo = new DateOnly(2025, 6, 30) };
        var v2 = SampleBenchmarks.UnlicensedFreight with { Version = 2, EffectiveFrom = new DateOnly(2025, 7, 1) };
        var otherProvince = SampleBenchmarks.UnlicensedFreight with { ProvinceCode = "46", Version = 9 };
        DiscretionBenchmark[] all = [v1, v2, otherProvince, SampleBenchmarks.UnlicensedPassenger];

        Assert.Equal(1, BenchmarkSelection.Find(all, "DL-YZ-001", "63", new DateOnly(2025, 6, 30))?.Version);
        Assert.Equal(2, BenchmarkSelection.Find(all, "DL-YZ-001", "63", new DateOnly(2025, 7, 1))?.Version);
        Assert.Null(BenchmarkSelection.Find(all, "DL-YZ-001", "63", new DateOnly(2023, 12, 31)));
        Assert.Null(BenchmarkSelection.Find(all, "DL-YZ-018", "63", new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Bands_UseStatutoryWording_AndHalfOpenBandsDoNotOverlap()
    {
        Assert.Equal("5000以上、不足10000", Band.From(5_000, 10_000).Describe());
        Assert.Equal("超过10000", Band.Above(10_000).Describe());
        Assert.True(Band.From(5_000, 10_000).Contains(5_000));
        Assert.False(Band.From(5_000, 10_000).Contains(10_000));
        Assert.True(Band.From(10_000, 20_000).Contains(10_000));
        Assert.Equal("违法所得超过10000元", Predicates.IllegalIncome(Band.Above(1_000_000)).Describe());
    }
}
