using CsCheck;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Tests.Identifiers;

public class CreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Independent implementation of GB 32100-2015 §5.2, so the property test does not check the code against itself.</summary>
    private static char CheckCharacter(string first17)
    {
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("91440300708461136T")]
    [InlineData("11100000000013127D")]
    public void TryParse_ValidCode_IsAcceptedWithPassingOrganisationCheck(string input)
    {
        var result = CreditCode.TryParse(input);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(input, result.Value!.ToString());
        Assert.True(result.Value.OrganisationCodeCheckPasses);
    }

    [Fact]
    public void TryParse_ValidCode_ExposesDivisionAndOrganisationCode()
    {
        var code = CreditCode.Parse("91350100M000100Y43");

        Assert.Equal("350100", code.RegistrationDivision);
        Assert.Equal("M000100Y4", code.OrganisationCode);
        Assert.Equal("91350100M000100Y43", code.Value);
    }

    [Fact]
    public void TryParse_LowerCaseWithSpaces_IsNormalised()
    {
        var result = CreditCode.TryParse("  91350100m000100y43 ");

        Assert.True(result.IsOk);
        Assert.Equal("91350100M000100Y43", result.Value!.ToString());
    }

    [Fact]
    public void TryParse_FullWidthCharacters_AreFolded()
    {
        Assert.True(CreditCode.TryParse("９１３５０１００Ｍ０００１００Ｙ４３").IsOk);
    }

    [Fact]
    public void TryParse_WrongCheckCharacter_IsRefused()
    {
        var result = CreditCode.TryParse("91350100M000100Y44");

        Assert.False(result.IsOk);
        Assert.Equal("credit-code.check-digit", result.Refusal!.Code);
        Assert.Equal("creditCode", result.Refusal.Field);
        Assert.Contains("校验位", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "credit-code.empty")]
    [InlineData("", "credit-code.empty")]
    [InlineData("   ", "credit-code.empty")]
    [InlineData("91350100M000100Y4", "credit-code.length")]
    [InlineData("91350100M000100Y433", "credit-code.length")]
    [InlineData("91350100M000100I43", "credit-code.format")]
    [InlineData("91350100O000100Y43", "credit-code.format")]
    [InlineData("9135A100M000100Y43", "credit-code.format")]
    [InlineData("9S350100M000100Y43", "credit-code.format")]
    public void TryParse_MalformedInput_IsRefusedWithCode(string? input, string code)
    {
        var result = CreditCode.TryParse(input);

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Message));
    }

    [Fact]
    public void TryParse_FormatError_NamesThePosition()
    {
        var result = CreditCode.TryParse("9135A100M000100Y43");

        Assert.Contains("第5位", result.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_FailingOrganisationCheck_IsAcceptedWithWarning()
    {
        // Organisation body 12345678 has GB 11714 check character '8'; use '0' instead and fix up the MOD 31 check.
        var first17 = "91350100" + "12345678" + "0";
        var input = first17 + CheckCharacter(first17);

        var result = CreditCode.TryParse(input);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.False(result.Value!.OrganisationCodeCheckPasses);
    }

    [Theory]
    [InlineData("00000006X")] // Σ = 12, 12 mod 11 = 1, 11 − 1 = 10 → X
    [InlineData("000000000")] // Σ = 0, 11 − 0 = 11 → 0
    [InlineData("123456788")] // Σ = 201, 201 mod 11 = 3, 11 − 3 = 8
    public void TryParse_OrganisationCheckSpecialValues_AreRecognised(string organisationCode)
    {
        var first17 = "91350100" + organisationCode;
        var code = CreditCode.Parse(first17 + CheckCharacter(first17));

        Assert.True(code.OrganisationCodeCheckPasses);
        Assert.Equal(organisationCode, code.OrganisationCode);
    }

    [Fact]
    public void Refusal_For_ReattributesTheField()
    {
        var refusal = CreditCode.TryParse("x").Refusal!.For("partyCreditCode");

        Assert.Equal("partyCreditCode", refusal.Field);
    }

    [Fact]
    public void Parse_InvalidCode_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => CreditCode.Parse("91350100M000100Y44"));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(CreditCode.Parse("91350100M000100Y43"), CreditCode.Parse("91350100m000100y43"));
    }

    [Fact]
    public void Property_ComputedCheckCharacterParses_AndEveryOtherIsRefused()
    {
        Gen.Int[0, 30].Array[17].Sample(values =>
        {
            // Positions 3–8 are the division code: digits only.
            var first17 = new string(values.Select((v, i) => i is >= 2 and <= 7 ? Alphabet[v % 10] : Alphabet[v]).ToArray());
            var check = CheckCharacter(first17);

            Assert.True(CreditCode.TryParse(first17 + check).IsOk);
            foreach (var other in Alphabet.Where(c => c != check))
            {
                var refused = CreditCode.TryParse(first17 + other);
                Assert.False(refused.IsOk);
                Assert.Equal("credit-code.check-digit", refused.Refusal!.Code);
            }
        });
    }
}
