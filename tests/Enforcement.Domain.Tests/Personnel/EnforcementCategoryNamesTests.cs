using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Tests.Personnel;

public sealed class EnforcementCategoryNamesTests
{
    private const EnforcementCategory Road = EnforcementCategory.RoadAdministration | EnforcementCategory.RoadTransport;

    [Theory]
    [InlineData("公路路政、道路运政")]
    [InlineData("公路路政|道路运政")]
    [InlineData("公路路政，道路运政")]
    [InlineData("公路路政; 道路运政")]
    [InlineData(" 道路运政 、公路路政 ")]
    [InlineData("RoadAdministration,roadtransport")]
    [InlineData("公路路政、公路路政、道路运政")]
    public void TryParse_SeparatedNames_CombineTheCategories(string text)
    {
        Assert.True(EnforcementCategoryNames.TryParse(text, out var categories, out var unknown));
        Assert.Equal(Road, categories);
        Assert.Null(unknown);
    }

    [Fact]
    public void TryParse_EnglishEnumName_IsAccepted()
    {
        Assert.True(EnforcementCategoryNames.TryParse("RoadTransport", out var categories, out _));
        Assert.Equal(EnforcementCategory.RoadTransport, categories);
    }

    [Theory]
    [InlineData("公路路政、铁路运政", "铁路运政")]
    [InlineData("民航", "民航")]
    [InlineData("道路运政|None", "None")]
    public void TryParse_UnknownName_IsRefusedAndReturned(string text, string expectedUnknown)
    {
        Assert.False(EnforcementCategoryNames.TryParse(text, out _, out var unknown));
        Assert.Equal(expectedUnknown, unknown);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("、|")]
    public void TryParse_Empty_GivesNone(string? text)
    {
        Assert.True(EnforcementCategoryNames.TryParse(text, out var categories, out var unknown));
        Assert.Equal(EnforcementCategory.None, categories);
        Assert.Null(unknown);
    }

    [Fact]
    public void Describe_JoinsChineseNamesInCatalogueOrder()
    {
        Assert.Equal("公路路政、道路运政", EnforcementCategoryNames.Describe(EnforcementCategory.RoadTransport | EnforcementCategory.RoadAdministration));
        Assert.Equal("无", EnforcementCategoryNames.Describe(EnforcementCategory.None));
    }

    [Fact]
    public void Describe_RoundTripsThroughTryParse_ForEveryNonEmptyCombination()
    {
        var all = EnforcementCategoryNames.All.Aggregate(EnforcementCategory.None, (acc, n) => acc | n.Category);
        for (var bits = 1; bits <= (int)all; bits++)
        {
            var categories = (EnforcementCategory)bits;

            Assert.True(EnforcementCategoryNames.TryParse(EnforcementCategoryNames.Describe(categories), out var parsed, out var unknown), unknown);
            Assert.Equal(categories, parsed);
        }
    }

    [Fact]
    public void Name_OfEachCategory_IsItsChineseName()
    {
        Assert.Equal("工程质量监督", EnforcementCategoryNames.Name(EnforcementCategory.ConstructionQuality));
        Assert.Equal(7, EnforcementCategoryNames.All.Select(n => n.Name).Distinct().Count());
    }
}
