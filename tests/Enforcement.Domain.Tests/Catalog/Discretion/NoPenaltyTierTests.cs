using Enforcement.Domain.Catalog.Discretion;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>A benchmark's own 不予处罚 tier.</summary>
public sealed class NoPenaltyTierTests
{
    [Fact]
    public void NoPenaltyTier_WhenItsCircumstancesHold_IsNoPenalty_CitingTheBenchmark()
    {
        var benchmark = SampleBenchmarks.VehicleMaintenance with
        {
            Tiers =
            [
                new DiscretionTier
                {
                    Name = "不予处罚",
                    Order = 0,
                    Predicates = [Predicates.FirstOffence, Predicates.CorrectedInTime, Predicates.HarmAtMost(HarmLevel.None)],
                    Amount = DiscretionAmount.NoPenalty,
                },
                .. SampleBenchmarks.VehicleMaintenance.Tiers,
            ],
        };

        var waived = DiscretionEngine.Recommend(VehicleMaintenance, benchmark,
            new CaseFacts { FirstOffence = true, CorrectedInTime = true });
        var punished = DiscretionEngine.Recommend(VehicleMaintenance, benchmark,
            new CaseFacts { FirstOffence = true, CorrectedInTime = false });

        Assert.Equal(DiscretionOutcome.NoPenaltyMandatory, waived.Outcome);
        Assert.Equal("不予处罚", waived.Tier?.Name);
        Assert.Contains(benchmark.Citation, waived.Citations);
        Assert.Equal(DiscretionOutcome.Penalty, punished.Outcome);
        Assert.Equal("一般", punished.Tier?.Name);
    }
}
