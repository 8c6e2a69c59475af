using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>《行政处罚法》第三十条至第三十三条 over the benchmark tiers (RULES §1.5).</summary>
public sealed class AplOverrideTests
{
    private static DiscretionResult Freight(CaseFacts facts) =>
        DiscretionEngine.Recommend(UnlicensedFreight, SampleBenchmarks.UnlicensedFreight, facts);

    private static void AssertNoPenalty(DiscretionResult result, string article)
    {
        Assert.Equal(DiscretionOutcome.NoPenaltyMandatory, result.Outcome);
        Assert.Equal(Money.Zero, result.RecommendedFine);
        Assert.Equal(R(0, 0), result.Range);
        Assert.Equal(PenaltyKinds.None, result.Kinds);
        Assert.True(result.RequiresEducation);
        Assert.Contains(article, result.Citations);
        Assert.Contains(AplArticles.Art33Para3, result.Citations);
    }

    [Fact]
    public void PartyAged13_NoPenaltyMandatory_CitingArticle30()
    {
        var result = Freight(new CaseFacts { PartyAgeYears = 13, RepeatsIn12Months = 2 });

        AssertNoPenalty(result, AplArticles.Art30);
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Override && s.Provision == AplArticles.Art30 && s.Held == true);
    }

    [Fact]
    public void PartyAged16_IsLighter_WithinTheTier_CitingArticle30()
    {
        var result = Freight(new CaseFacts { FirstOffence = true, PartyAgeYears = 16 });

        Assert.Equal(DiscretionOutcome.Lighter, result.Outcome);
        Assert.Equal(R(3_000, 4_000), result.Range);
        Assert.Equal(Y(3_000), result.RecommendedFine);
        Assert.False(result.RequiresCollectiveDiscussion);
        Assert.Contains(AplArticles.Art30, result.Citations);
    }

    [Fact]
    public void PartyAged16_ProposedReduction_MayGoBelowTheMinimum_WithGroundsAndCollectiveDiscussion()
    {
        var result = Freight(new CaseFacts { FirstOffence = true, PartyAgeYears = 16, ProposeReduction = true });

        Assert.Equal(DiscretionOutcome.Reduced, result.Outcome);
        Assert.Equal(R(0, 3_000), result.Range);
        Assert.Equal(Y(1_500), result.RecommendedFine);
        Assert.True(result.RequiresCollectiveDiscussion);
        Assert.True(result.RequiresRecordedGrounds);
        Assert.True(result.MayGoBelowStatutoryMinimum);
    }

    [Fact]
    public void PartyAged18_IsAnAdult_NoMitigation()
    {
        Assert.Equal(DiscretionOutcome.Penalty, Freight(new CaseFacts { FirstOffence = true, PartyAgeYears = 18 }).Outcome);
    }

    [Fact]
    public void ReductionProposedWithoutLegalGrounds_IsNotApplied()
    {
        var result = Freight(new CaseFacts { FirstOffence = true, ProposeReduction = true });

        Assert.Equal(DiscretionOutcome.Penalty, result.Outcome);
        Assert.Equal(R(3_000, 5_000), result.Range);
        Assert.Contains(result.Trace, s => s.Text.Contains("没有法定从轻、减轻情形", StringComparison.Ordinal));
    }

    [Fact]
    public void MinorCorrectedWithoutHarm_NoPenaltyMandatory_CitingArticle33Paragraph1()
    {
        var result = Freight(new CaseFacts { ViolationMinor = true, CorrectedInTime = true, HarmCaused = HarmLevel.None });

        AssertNoPenalty(result, AplArticles.Art33Para1);
    }

    [Fact]
    public void MinorCorrectedButWithHarm_IsNotTheMandatoryCase()
    {
        var result = Freight(new CaseFacts { ViolationMinor = true, CorrectedInTime = true, HarmCaused = HarmLevel.Serious });

        Assert.Equal(DiscretionOutcome.Penalty, result.Outcome);
    }

    [Fact]
    public void FirstOffenceMinorHarmCorrected_MayWaive_AndKeepsThePenaltyAsTheAlternative()
    {
        var result = Freight(new CaseFacts { FirstOffence = true, HarmCaused = HarmLevel.Minor, CorrectedInTime = true });

        Assert.Equal(DiscretionOutcome.NoPenaltyDiscretionary, result.Outcome);
        Assert.Equal(DiscretionOutcome.Penalty, result.AlternativeOutcome);
        Assert.Equal(R(3_000, 5_000), result.Range);
        Assert.Equal(Y(4_000), result.RecommendedFine);
        Assert.True(result.RequiresEducation);
        Assert.Contains(AplArticles.Art33Para1, result.Citations);
        Assert.Contains("可以不予行政处罚", TraceOf(result), StringComparison.Ordinal);
    }

    [Fact]
    public void MayWaiveWithAMitigatingGround_TheAlternativeIsLighter()
    {
        var result = Freight(new CaseFacts
        {
            FirstOffence = true, HarmCaused = HarmLevel.Minor, CorrectedInTime = true, VoluntarilyConfessed = true,
        });

        Assert.Equal(DiscretionOutcome.NoPenaltyDiscretionary, result.Outcome);
        Assert.Equal(DiscretionOutcome.Lighter, result.AlternativeOutcome);
        Assert.Equal(Y(3_000), result.RecommendedFine);
        Assert.Contains(AplArticles.Art32Item(3), result.Citations);
    }

    [Fact]
    public void NoFaultProven_NoPenaltyMandatory_CitingArticle33Paragraph2()
    {
        AssertNoPenalty(Freight(new CaseFacts { NoFaultProven = true, RepeatsIn12Months = 3 }), AplArticles.Art33Para2);
    }

    [Fact]
    public void UnableToRecogniseOwnActs_NoPenaltyMandatory_CitingArticle31()
    {
        AssertNoPenalty(Freight(new CaseFacts { MentalCapacity = MentalCapacity.None }), AplArticles.Art31);
    }

    [Fact]
    public void PartlyAbleToRecogniseOwnActs_IsLighter_CitingArticle31()
    {
        var result = Freight(new CaseFacts { FirstOffence = true, MentalCapacity = MentalCapacity.Partial });

        Assert.Equal(DiscretionOutcome.Lighter, result.Outcome);
        Assert.Contains(AplArticles.Art31, result.Citations);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EachArticle32Ground_IsLighter_CitingItsItem(int item)
    {
        var facts = new CaseFacts
        {
            FirstOffence = true,
            ActivelyReducedHarm = item == 1,
            Coerced = item == 2,
            VoluntarilyConfessed = item == 3,
            MeritoriousService = item == 4,
        };

        var result = Freight(facts);

        Assert.Equal(DiscretionOutcome.Lighter, result.Outcome);
        Assert.Contains(AplArticles.Art32Item(item), result.Citations);
    }

    [Fact]
    public void FixedAmountTier_Lighter_GoesBetweenTheStatutoryMinimumAndTheAmount()
    {
        // E4 严重 is 5 000 fixed; statute 1 000–5 000 → 1 000–5 000, midpoint 3 000.
        var result = DiscretionEngine.Recommend(VehicleMaintenance, SampleBenchmarks.VehicleMaintenance,
            new CaseFacts { RepeatsIn12Months = 1, ActivelyReducedHarm = true });

        Assert.Equal(DiscretionOutcome.Lighter, result.Outcome);
        Assert.Equal(R(1_000, 5_000), result.Range);
        Assert.Equal(Y(3_000), result.RecommendedFine);
    }

    [Fact]
    public void OverLimit_Lighter_LeavesThePerTonneAmountAsTheLawSetsIt()
    {
        var result = DiscretionEngine.Recommend(OverLimit, SampleBenchmarks.OverLimit,
            new CaseFacts { OverLimitKg = 10_000, PartyAgeYears = 17 });

        Assert.Equal(DiscretionOutcome.Lighter, result.Outcome);
        Assert.Equal(Y(5_000), result.RecommendedFine);
        Assert.Contains("无从轻调整余地", TraceOf(result), StringComparison.Ordinal);
    }
}
