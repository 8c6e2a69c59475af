using CsCheck;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>62号令 Art 43, every vector of RULES §2.4.</summary>
public sealed class OverloadFineTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-300)]
    public void NotOverTheMassLimit_IsNoViolation(long kg)
    {
        var result = OverloadFine.Compute(kg, TonneRounding.Ceiling);

        Assert.Equal(MassVerdict.NotOverLimit, result.Mass);
        Assert.False(result.IsViolation);
        Assert.Equal(PenaltyKinds.None, result.Kinds);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(1_000)]
    public void OverByAtMostOneTonne_IsAWarningWithoutFine(long kg)
    {
        foreach (var rounding in new[] { TonneRounding.Floor, TonneRounding.Ceiling })
        {
            var result = OverloadFine.Compute(kg, rounding);

            Assert.Equal(MassVerdict.Warning, result.Mass);
            Assert.Equal(PenaltyKinds.Warning, result.Kinds);
            Assert.Equal(R(0, 0), result.Total);
        }
    }

    [Theory]
    [InlineData(2_000, 1_000)]
    [InlineData(10_000, 5_000)]
    [InlineData(60_000, 30_000)]
    [InlineData(100_000, 30_000)]
    public void WholeTonnesOver_Are500YuanEach_CappedAt30000(long kg, decimal yuan)
    {
        foreach (var rounding in new[] { TonneRounding.Floor, TonneRounding.Ceiling })
        {
            var result = OverloadFine.Compute(kg, rounding);

            Assert.Equal(MassVerdict.Fine, result.Mass);
            Assert.Equal(Y(yuan), result.MassFine);
            Assert.Equal(Y(yuan), result.RecommendedTotal);
            Assert.Equal(PenaltyKinds.Fine, result.Kinds);
        }
    }

    [Theory]
    [InlineData(1_500, 1_000, 500)]
    [InlineData(2_999, 1_500, 1_000)]
    [InlineData(59_000, 29_500, 29_500)]
    [InlineData(1_001, 1_000, 500)]
    public void PartTonnes_CountByTheConfiguredRounding(long kg, decimal ceiling, decimal floor)
    {
        Assert.Equal(Y(ceiling), OverloadFine.Compute(kg, TonneRounding.Ceiling).MassFine);
        Assert.Equal(Y(floor), OverloadFine.Compute(kg, TonneRounding.Floor).MassFine);
    }

    [Fact]
    public void OneHundredTonnesOver_IsCappedAndSaysSo()
    {
        var result = OverloadFine.Compute(100_000, TonneRounding.Floor);

        Assert.Equal(100, result.TonnesCounted);
        Assert.True(result.Capped);
    }

    [Theory]
    [InlineData(3_900, 2_500, 17_000, DimensionTier.None)]
    [InlineData(4_100, 2_500, 17_000, DimensionTier.Lower)]
    [InlineData(4_200, 3_000, 20_000, DimensionTier.Lower)]
    [InlineData(4_300, 2_500, 17_000, DimensionTier.Middle)]
    [InlineData(4_000, 3_750, 28_000, DimensionTier.Middle)]
    [InlineData(4_600, 2_500, 17_000, DimensionTier.Upper)]
    [InlineData(4_000, 2_550, 28_001, DimensionTier.Upper)]
    public void Dimensions_FallInTheArticle43Tiers(int heightMm, int widthMm, int lengthMm, DimensionTier tier)
    {
        Assert.Equal(tier, OverloadFine.DimensionTierOf(new VehicleDimensions(heightMm, widthMm, lengthMm)));
    }

    [Fact]
    public void DimensionTiers_HaveTheArticle43Ranges()
    {
        Assert.Equal(R(0, 200), OverloadFine.DimensionRange(DimensionTier.Lower));
        Assert.Equal(R(200, 1_000), OverloadFine.DimensionRange(DimensionTier.Middle));
        Assert.Equal(R(1_000, 3_000), OverloadFine.DimensionRange(DimensionTier.Upper));
    }

    [Fact]
    public void MassAndDimensionFines_AreAddedAndCappedAt30000InTotal()
    {
        // 59 t over → 29 500; beyond 4.5 m → 1 000–3 000; sum 30 500–32 500 → capped at 30 000.
        var result = OverloadFine.Compute(59_000, TonneRounding.Floor, new VehicleDimensions(4_600, 2_500, 17_000));

        Assert.Equal(Y(29_500), result.MassFine);
        Assert.Equal(R(30_000, 30_000), result.Total);
        Assert.Equal(Y(30_000), result.RecommendedTotal);
        Assert.True(result.Capped);
    }

    [Fact]
    public void MassWarningWithADimensionFine_GivesBothKinds()
    {
        var result = OverloadFine.Compute(800, TonneRounding.Floor, new VehicleDimensions(4_300, 2_500, 17_000));

        Assert.Equal(PenaltyKinds.Warning | PenaltyKinds.Fine, result.Kinds);
        Assert.Equal(R(200, 1_000), result.Total);
        Assert.Equal(Y(600), result.RecommendedTotal);
    }

    [Fact]
    public void SeveralFines_CumulateUpTo30000()
    {
        Assert.Equal(Y(4_500), OverloadFine.Cumulate([Y(2_500), Y(2_000)]));
        Assert.Equal(Y(30_000), OverloadFine.Cumulate([Y(29_500), Y(2_000)]));
    }

    [Fact]
    public void Fine_NeverDecreasesWithMoreMass_NeverExceedsTheCap_AndCeilingIsAtMostOneTonneMore()
    {
        Gen.Long[0, 200_000].Sample(kg =>
        {
            var floor = OverloadFine.Compute(kg, TonneRounding.Floor).MassFine;
            var ceiling = OverloadFine.Compute(kg, TonneRounding.Ceiling).MassFine;
            var next = OverloadFine.Compute(kg + 1, TonneRounding.Floor).MassFine;

            Assert.True(floor <= next);
            Assert.True(ceiling <= Y(30_000));
            Assert.True(floor <= ceiling && ceiling <= floor + Y(500));
        });
    }
}
