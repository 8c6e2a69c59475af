using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Tests.Identifiers;

public class DivisionCodeTests
{
    [Theory]
    [InlineData("630000", DivisionLevel.Province, "63", "6300")]
    [InlineData("630100", DivisionLevel.Prefecture, "63", "6301")]
    [InlineData("630123", DivisionLevel.County, "63", "6301")]
    [InlineData("110102", DivisionLevel.County, "11", "1101")]
    [InlineData("820000", DivisionLevel.Province, "82", "8200")]
    public void TryParse_ValidCode_ExposesLevelAndParts(string input, DivisionLevel level, string province, string prefecture)
    {
        var result = DivisionCode.TryParse(input);

        Assert.True(result.IsOk, result.Refusal?.Message);
        var code = result.Value!;
        Assert.Equal(input, code.ToString());
        Assert.Equal(level, code.Level);
        Assert.Equal(province, code.ProvinceCode);
        Assert.Equal(prefecture, code.PrefectureCode);
    }

    [Theory]
    [InlineData("63010", "division-code.length")]
    [InlineData("6301000", "division-code.length")]
    [InlineData("990000", "division-code.province")]
    [InlineData("00000 0", "division-code.length")]
    [InlineData("100000", "division-code.province")]
    [InlineData("63A100", "division-code.format")]
    [InlineData(null, "division-code.empty")]
    public void TryParse_InvalidCode_IsRefusedWithCode(string? input, string code)
    {
        var result = DivisionCode.TryParse(input);

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Equal("divisionCode", result.Refusal.Field);
    }

    [Fact]
    public void TryParse_SurroundingSpaces_AreTrimmed()
    {
        Assert.Equal("630123", DivisionCode.Parse(" 630123 ").Value);
    }

    [Theory]
    [InlineData("630123", "630100", true)]
    [InlineData("630123", "630000", true)]
    [InlineData("630100", "630000", true)]
    [InlineData("630123", "630123", true)]
    [InlineData("630100", "630100", true)]
    [InlineData("630123", "632500", false)]
    [InlineData("630123", "640000", false)]
    [InlineData("630123", "630124", false)]
    [InlineData("630000", "630100", false)]
    [InlineData("630100", "630123", false)]
    public void IsWithin_ComparesAreas(string code, string area, bool within)
    {
        Assert.Equal(within, DivisionCode.Parse(code).IsWithin(DivisionCode.Parse(area)));
    }

    [Theory]
    [InlineData("630123", "630100")]
    [InlineData("630100", "630000")]
    [InlineData("419001", "419000")]
    [InlineData("110102", "110100")]
    public void Parent_IsTheEnclosingDivision(string code, string parent)
    {
        Assert.Equal(DivisionCode.Parse(parent), DivisionCode.Parse(code).Parent);
    }

    [Fact]
    public void Parent_OfProvince_IsNull()
    {
        Assert.Null(DivisionCode.Parse("630000").Parent);
    }

    [Fact]
    public void Parse_InvalidCode_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => DivisionCode.Parse("990000"));
    }
}
