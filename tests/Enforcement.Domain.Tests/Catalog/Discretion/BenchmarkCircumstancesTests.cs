using Enforcement.Domain.Catalog.Discretion;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

public sealed class BenchmarkCircumstancesTests
{
    [Fact]
    public void LoadSpilling_OffersTheExemptionListsThreeNamedConditions_InListOrder()
    {
        var codes = BenchmarkCircumstances.Of(SampleBenchmarks.LoadSpilling).Select(c => c.Code);

        Assert.Equal([SampleCircumstances.NoObstruction, SampleCircumstances.LoadResecured, SampleCircumstances.NoAccidentOrCongestion], codes);
    }

    [Fact]
    public void OverLimit_OffersTheCircumstanceOfItsCap()
    {
        var found = Assert.Single(BenchmarkCircumstances.Of(SampleBenchmarks.OverLimit));

        Assert.Equal(SampleCircumstances.SelfReportedMultipleRecords, found.Code);
        Assert.Contains("主动到案", found.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Maintenance_FindsCircumstancesInsideAnyOf_EachOnce()
    {
        var benchmark = SampleBenchmarks.VehicleMaintenance with
        {
            Tiers = [.. SampleBenchmarks.VehicleMaintenance.Tiers, SampleBenchmarks.VehicleMaintenance.Tiers[0] with { Order = 9 }],
        };

        var codes = BenchmarkCircumstances.Of(benchmark).Select(c => c.Code).ToList();

        Assert.Equal([SampleCircumstances.MaintenanceOverdueOverTwoIntervals, SampleCircumstances.MaintenanceOverdueOneInterval], codes);
    }

    [Fact]
    public void UnlicensedFreight_TestsOnlyCommonFacts_OffersNone() =>
        Assert.Empty(BenchmarkCircumstances.Of(SampleBenchmarks.UnlicensedFreight));
}
