using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>Decided amount against the recommendation, and 《行政处罚法》第四十五条第二款.</summary>
public sealed class DeviationCheckTests
{
    /// <summary>E1 first offence: recommended 3 000–5 000, statute 3 000–10 000.</summary>
    private static readonly DiscretionResult FirstOffence =
        DiscretionEngine.Recommend(UnlicensedFreight, SampleBenchmarks.UnlicensedFreight, new CaseFacts { FirstOffence = true });

    [Theory]
    [InlineData(3_000)]
    [InlineData(4_000)]
    [InlineData(5_000)]
    public void WithinTheRecommendedRange_NoDeviation_NoReasonNeeded(decimal yuan)
    {
        var result = DeviationCheck.Check(FirstOffence, Y(yuan), null);

        Assert.True(result.IsOk);
        Assert.Equal(Deviation.None, result.Value!.Deviation);
        Assert.False(result.Value.FlagForSupervisor);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("　 ")]
    public void OutsideTheRangeWithoutAReason_IsRefusedOnTheReasonField(string? reason)
    {
        var result = DeviationCheck.Check(FirstOffence, Y(8_000), reason);

        Assert.False(result.IsOk);
        Assert.Equal("discretion.deviation-without-reason", result.Refusal!.Code);
        Assert.Equal("reason", result.Refusal.Field);
        Assert.Contains("3000元至5000元", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideTheRangeWithAReason_IsAllowedAndFlaggedForSupervisors()
    {
        var result = DeviationCheck.Check(FirstOffence, Y(8_000), " 车辆多次往返，运输量大 ");

        Assert.True(result.IsOk);
        Assert.Equal(Deviation.AboveRange, result.Value!.Deviation);
        Assert.True(result.Value.FlagForSupervisor);
        Assert.Equal("车辆多次往返，运输量大", result.Value.Reason);
    }

    [Fact]
    public void AboveTheStatutoryMaximum_IsRefusedEvenWithAReason()
    {
        var result = DeviationCheck.Check(FirstOffence, Y(12_000), "情节恶劣");

        Assert.Equal("discretion.above-statutory-maximum", result.Refusal?.Code);
        Assert.Equal("amount", result.Refusal?.Field);
    }

    [Fact]
    public void BelowTheStatutoryMinimumWithoutReduction_IsRefusedEvenWithAReason()
    {
        var result = DeviationCheck.Check(FirstOffence, Y(2_000), "经济困难");

        Assert.Equal("discretion.below-statutory-minimum", result.Refusal?.Code);
    }

    [Fact]
    public void Reduced_MayGoBelowTheMinimum_OnlyWithRecordedGrounds()
    {
        var reduced = DiscretionEngine.Recommend(UnlicensedFreight, SampleBenchmarks.UnlicensedFreight,
            new CaseFacts { FirstOffence = true, Coerced = true, ProposeReduction = true });

        Assert.Equal("discretion.reduction-grounds-missing", DeviationCheck.Check(reduced, Y(1_500), null).Refusal?.Code);
        var accepted = DeviationCheck.Check(reduced, Y(1_500), "受雇主胁迫从事运输，有证人证言");
        Assert.True(accepted.IsOk);
        Assert.Equal(Deviation.None, accepted.Value!.Deviation);
    }

    [Fact]
    public void NoPenaltyMandatory_RefusesAnyFine_AcceptsNone()
    {
        var none = DiscretionEngine.Recommend(UnlicensedFreight, SampleBenchmarks.UnlicensedFreight,
            new CaseFacts { PartyAgeYears = 13 });

        Assert.Equal("discretion.no-penalty-mandatory", DeviationCheck.Check(none, Y(100), "理由").Refusal?.Code);
        Assert.True(DeviationCheck.Check(none, Money.Zero, null).IsOk);
    }

    [Fact]
    public void NoPenaltyDiscretionary_WaivingIsNoDeviation_PunishingUsesTheAlternativeRange()
    {
        var mayWaive = DiscretionEngine.Recommend(UnlicensedFreight, SampleBenchmarks.UnlicensedFreight,
            new CaseFacts { FirstOffence = true, HarmCaused = HarmLevel.Minor, CorrectedInTime = true });

        Assert.Equal(Deviation.None, DeviationCheck.Check(mayWaive, Money.Zero, null).Value?.Deviation);
        Assert.Equal(Deviation.None, DeviationCheck.Check(mayWaive, Y(4_000), null).Value?.Deviation);
        Assert.False(DeviationCheck.Check(mayWaive, Y(9_000), null).IsOk);
    }

    [Fact]
    public void DefenceGuard_HeavierAfterDefence_IsRefusedCitingArticle45()
    {
        var result = DefenceGuard.Check(Y(4_000), Y(5_000));

        Assert.Equal("discretion.heavier-after-defence", result.Refusal?.Code);
        Assert.Contains(AplArticles.Art45Para2, result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4_000)]
    [InlineData(3_000)]
    public void DefenceGuard_SameOrLighter_IsAccepted(decimal after)
    {
        Assert.Equal(Y(after), DefenceGuard.Check(Y(4_000), Y(after)).Value);
    }

    [Fact]
    public void DefenceGuard_NewPenaltyKindAfterDefence_IsRefused()
    {
        var result = DefenceGuard.Check(Money.Zero, PenaltyKinds.Warning, Y(200), PenaltyKinds.Warning | PenaltyKinds.Fine);

        Assert.Equal("discretion.heavier-after-defence", result.Refusal?.Code);
        Assert.Equal("kinds", result.Refusal?.Field);
        Assert.True(DefenceGuard.Check(Y(500), PenaltyKinds.Fine, Y(500), PenaltyKinds.Fine).IsOk);
    }
}
