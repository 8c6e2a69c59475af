using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>The sample benchmarks the platform ships must fit the seeded catalog: same item codes, amounts within the statute.</summary>
public sealed class SampleBenchmarksMatchCatalogTests
{
    public static TheoryData<string> Benchmarks() => [.. SampleBenchmarks.All.Select(b => b.Id)];

    [Theory, MemberData(nameof(Benchmarks))]
    public void SampleBenchmark_NamesASeededItem_AndStaysWithinItsStatute(string id)
    {
        var benchmark = SampleBenchmarks.All.Single(b => b.Id == id);
        var seed = CatalogBuilders.ReadSeed();

        var item = seed.Items.SingleOrDefault(i => i.Code == benchmark.ItemCode && i.InForceOn(benchmark.EffectiveFrom));

        Assert.True(item is not null, $"{id}: no seeded item {benchmark.ItemCode} in force on {benchmark.EffectiveFrom:yyyy-MM-dd}");
        Assert.Empty(BenchmarkCheck.Check(benchmark, item));
    }
}
