using CsCheck;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Tests.Identifiers;

public class PlateNumberTests
{
    private const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Alnum = "0123456789" + Letters;
    private const string Digits = "0123456789";

    [Theory]
    [InlineData("青A12345", false)]
    [InlineData("粤BD12345", true)]
    [InlineData("粤B12345D", true)]
    [InlineData("粤BFA1234", true)]
    [InlineData("京A1234学", false)]
    [InlineData("鲁B1234挂", false)]
    [InlineData("使A12345", false)]
    [InlineData("粤Z1234港", false)]
    public void TryParse_ValidPlate_IsAccepted(string input, bool newEnergy)
    {
        var result = PlateNumber.TryParse(input);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(input, result.Value!.ToString());
        Assert.Equal(newEnergy, result.Value.IsNewEnergy);
        Assert.Equal(input[..1], result.Value.Province);
    }

    [Theory]
    [InlineData("青AI2345", "plate.letter-i-o")]
    [InlineData("青A1234O", "plate.letter-i-o")]
    [InlineData("青A1234", "plate.length")]
    [InlineData("青A1234567", "plate.length")]
    [InlineData("粤BD1234X", "plate.format")]
    [InlineData("X青12345", "plate.province")]
    [InlineData("使BD12345", "plate.province")]
    [InlineData("青112345", "plate.format")]
    [InlineData("粤B1234DD", "plate.format")]
    [InlineData("粤BA12345", "plate.format")]
    [InlineData(null, "plate.empty")]
    [InlineData("  ", "plate.empty")]
    public void TryParse_InvalidPlate_IsRefusedWithCode(string? input, string code)
    {
        var result = PlateNumber.TryParse(input);

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Equal("plate", result.Refusal.Field);
    }

    [Theory]
    [InlineData(" 青a12345 ")]
    [InlineData("青A·12345")]
    [InlineData("青A 12345")]
    [InlineData("青Ａ１２３４５")]
    public void TryParse_TypedVariants_AreNormalised(string input)
    {
        Assert.Equal("青A12345", PlateNumber.Parse(input).ToString());
    }

    [Theory]
    [InlineData("青A12345", "青A****5")]
    [InlineData("粤BD12345", "粤B*****5")]
    public void Masked_KeepsFirstTwoAndLastCharacter(string input, string masked)
    {
        Assert.Equal(masked, PlateNumber.Parse(input).Masked);
    }

    [Fact]
    public void Parse_InvalidPlate_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => PlateNumber.Parse("青AI2345"));
    }

    /// <summary>Plates generated from the GA 36-2018 grammar (see the regexes in the brief).</summary>
    internal static readonly Gen<string> ValidPlates = Gen.OneOf(
        Gen.Select(Gen.Char[Provinces + "使领"], Gen.Char[Letters], Gen.Char[Alnum].Array[4], Gen.Char[Alnum + "挂学警港澳"],
            (p, l, body, last) => string.Concat(p.ToString(), l.ToString(), new string(body), last.ToString())),
        Gen.Select(Gen.Char[Provinces], Gen.Char[Letters], Gen.Char[Digits].Array[5], Gen.Char["DF"],
            (p, l, body, df) => string.Concat(p.ToString(), l.ToString(), new string(body), df.ToString())),
        Gen.Select(Gen.Char[Provinces], Gen.Char[Letters], Gen.Char["DF"], Gen.Char[Alnum], Gen.Char[Digits].Array[4],
            (p, l, df, c, body) => string.Concat(p.ToString(), l.ToString(), df.ToString(), c.ToString(), new string(body))));

    [Fact]
    public void Property_GrammarGeneratedPlates_ParseAndRoundTrip()
    {
        ValidPlates.Sample(plate =>
        {
            var result = PlateNumber.TryParse(plate);

            Assert.True(result.IsOk, $"{plate}: {result.Refusal?.Message}");
            Assert.Equal(plate, result.Value!.ToString());
            Assert.Equal(plate, PlateNumber.Parse(result.Value.ToString()).ToString());
            Assert.Equal(plate.Length == 8, result.Value.IsNewEnergy);
        });
    }
}
