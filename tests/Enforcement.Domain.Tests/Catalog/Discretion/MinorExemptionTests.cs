using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>E5: the five-condition 免罚清单 entry (RULES §8.3) and the share-of-maximum tiers (RULES §8.1).</summary>
public sealed class MinorExemptionTests
{
    private static readonly string[] AllFour =
    [
        SampleCircumstances.NoObstruction, SampleCircumstances.LoadResecured, SampleCircumstances.NoAccidentOrCongestion,
    ];

    private static CaseFacts AllFive => new()
    {
        FirstOffence = true,
        HarmCaused = HarmLevel.Minor,
        CorrectedInTime = true,
        Circumstances = Circumstances(AllFour),
    };

    private static DiscretionResult Recommend(CaseFacts facts, DiscretionBenchmark? benchmark = null) =>
        DiscretionEngine.Recommend(LoadSpilling, benchmark ?? SampleBenchmarks.LoadSpilling, facts);

    [Fact]
    public void AllFiveConditionsHold_NoPenalty_EachConditionTraced()
    {
        var result = Recommend(AllFive);

        Assert.Equal(DiscretionOutcome.NoPenaltyMandatory, result.Outcome);
        Assert.Equal(Money.Zero, result.RecommendedFine);
        Assert.True(result.RequiresEducation);
        var conditions = result.Trace.Where(s => s.Stage == TraceStage.Exemption && s.Text.Contains("条件", StringComparison.Ordinal)
                                                 && s.Text.Contains("——", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, conditions.Count);
        Assert.All(conditions, s => Assert.True(s.Held));
        Assert.Contains(AplArticles.Art33Para1, result.Citations);
        Assert.Equal("责令改正", result.Orders);
    }

    [Fact]
    public void NotAFirstOffence_PenaltyUnderTheLighterTier_AndTheTraceNamesTheFailedCondition()
    {
        var result = Recommend(AllFive with { FirstOffence = false });

        Assert.Equal(DiscretionOutcome.Penalty, result.Outcome);
        Assert.Equal("从轻", result.Tier?.Name);
        Assert.Equal(R(0, 1_000), result.Range);
        var failed = Assert.Single(result.Trace, s => s.Stage == TraceStage.Exemption && s.Held == false
                                                      && s.Text.Contains("条件1", StringComparison.Ordinal));
        Assert.Contains("初次违法——不成立", failed.Text, StringComparison.Ordinal);
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Exemption && s.Text.Contains("不成立：1.初次违法", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadNotResecured_NoExemption_ButArticle33StillLetsTheAgencyWaive()
    {
        var result = Recommend(AllFive with
        {
            Circumstances = Circumstances(SampleCircumstances.NoObstruction, SampleCircumstances.NoAccidentOrCongestion),
        });

        Assert.Equal(DiscretionOutcome.NoPenaltyDiscretionary, result.Outcome);
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Exemption && s.Held == false
                                          && s.Text.Contains("已按要求重新规范装载——不成立", StringComparison.Ordinal));
    }

    [Fact]
    public void HarmNotSlight_FailsConditionFour()
    {
        var result = Recommend(AllFive with { HarmCaused = HarmLevel.Serious });

        Assert.NotEqual(DiscretionOutcome.NoPenaltyMandatory, result.Outcome);
        Assert.Contains(result.Trace, s => s.Stage == TraceStage.Exemption && s.Held == false
                                          && s.Text.Contains("条件4", StringComparison.Ordinal));
    }

    [Fact]
    public void OrdinaryCase_Is40To60PercentOfTheMaximum()
    {
        var result = Recommend(new CaseFacts { HarmCaused = HarmLevel.Minor });

        Assert.Equal("一般", result.Tier?.Name);
        Assert.Equal(R(2_000, 3_000), result.Range);
        Assert.Equal(Y(2_500), result.RecommendedFine);
        Assert.Equal(R(0, 5_000), result.StatutoryRange);
    }

    [Fact]
    public void LighterTier_IsAtMost20PercentOfTheMaximum()
    {
        var result = Recommend(new CaseFacts { HarmCaused = HarmLevel.Minor, CorrectedInTime = true });

        Assert.Equal("从轻", result.Tier?.Name);
        Assert.Equal(R(0, 1_000), result.Range);
        Assert.True(result.RecommendedFine <= Y(1_000));
    }

    [Fact]
    public void OrdinaryTierWithAnArticle32Ground_UsesTheLighterShare()
    {
        var result = Recommend(new CaseFacts { HarmCaused = HarmLevel.Minor, MeritoriousService = true });

        Assert.Equal(DiscretionOutcome.Lighter, result.Outcome);
        Assert.Equal(R(0, 1_000), result.Range);
    }

    [Fact]
    public void HeavierTier_IsNotBelowTheOrdinaryShare()
    {
        var result = Recommend(new CaseFacts { HarmCaused = HarmLevel.Serious });

        Assert.Equal("从重", result.Tier?.Name);
        Assert.Equal(R(3_000, 5_000), result.Range);
    }

    [Fact]
    public void SharePercentages_AreProvinceSettings()
    {
        var province = SampleBenchmarks.LoadSpilling with
        {
            Policy = DiscretionPolicy.Default with { OrdinaryShare = new ShareBand(30, 50), LighterShare = new ShareBand(5, 10) },
        };

        Assert.Equal(R(1_500, 2_500), Recommend(new CaseFacts { HarmCaused = HarmLevel.Minor }, province).Range);
        Assert.Equal(R(250, 500), Recommend(new CaseFacts { HarmCaused = HarmLevel.Minor, CorrectedInTime = true }, province).Range);
    }
}
