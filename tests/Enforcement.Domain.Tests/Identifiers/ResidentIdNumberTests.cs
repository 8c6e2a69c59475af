using CsCheck;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Tests.Identifiers;

public class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    /// <summary>Independent GB 11643-1999 MOD 11-2 check, so that test inputs differ from valid ones only where intended.</summary>
    internal static string WithCheck(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Sex.Female)]
    [InlineData("110101199003074477", 1990, 3, 7, Sex.Male)]
    public void TryParse_ValidNumber_IsAccepted(string input, int year, int month, int day, Sex sex)
    {
        var result = ResidentIdNumber.TryParse(input, Today);

        Assert.True(result.IsOk, result.Refusal?.Message);
        var id = result.Value!;
        Assert.Equal(input, id.ToString());
        Assert.Equal(new DateOnly(year, month, day), id.BirthDate);
        Assert.Equal(sex, id.Sex);
    }

    [Fact]
    public void TryParse_StandardExampleBornIn1880_IsAccepted()
    {
        // 440524188001010014 is the worked example in GB 11643-1999 and a RULES §4.2 valid vector.
        Assert.Equal("440524188001010014", WithCheck("44052418800101001"));

        var result = ResidentIdNumber.TryParse("440524188001010014", Today);

        Assert.True(result.IsOk);
        Assert.Equal(new DateOnly(1880, 1, 1), result.Value!.BirthDate);
    }

    [Fact]
    public void TryParse_LowerCaseX_IsNormalisedToUpperCase()
    {
        var result = ResidentIdNumber.TryParse(" 11010519491231002x ", Today);

        Assert.True(result.IsOk);
        Assert.Equal("11010519491231002X", result.Value!.Value);
    }

    [Fact]
    public void TryParse_WrongCheckCharacter_IsRefused()
    {
        var result = ResidentIdNumber.TryParse("340524198001010013", Today);

        Assert.False(result.IsOk);
        Assert.Equal("id-number.check-digit", result.Refusal!.Code);
        Assert.Equal("idNumber", result.Refusal.Field);
    }

    [Fact]
    public void TryParse_FutureBirthDate_IsRefused()
    {
        var input = WithCheck("110101" + "20250602" + "123");

        var result = ResidentIdNumber.TryParse(input, Today);

        Assert.False(result.IsOk);
        Assert.Equal("id-number.birth-date-future", result.Refusal!.Code);
    }

    [Fact]
    public void TryParse_BornToday_IsAccepted()
    {
        Assert.True(ResidentIdNumber.TryParse(WithCheck("110101" + "20250601" + "123"), Today).IsOk);
    }

    [Theory]
    [InlineData("19900230")]
    [InlineData("19900229")]
    [InlineData("19901301")]
    [InlineData("19900100")]
    public void TryParse_ImpossibleBirthDate_IsRefused(string birth)
    {
        var result = ResidentIdNumber.TryParse(WithCheck("110101" + birth + "123"), Today);

        Assert.False(result.IsOk);
        Assert.Equal("id-number.birth-date", result.Refusal!.Code);
        Assert.Contains(birth, result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LeapDay_IsAccepted()
    {
        Assert.True(ResidentIdNumber.TryParse(WithCheck("110101" + "20000229" + "123"), Today).IsOk);
    }

    [Fact]
    public void TryParse_BirthYearBefore1800_IsRefused()
    {
        var result = ResidentIdNumber.TryParse(WithCheck("110101" + "17991231" + "123"), Today);

        Assert.Equal("id-number.birth-year", result.Refusal!.Code);
    }

    [Fact]
    public void TryParse_FifteenDigitNumber_IsRefusedAsObsolete()
    {
        var result = ResidentIdNumber.TryParse("110105491231002", Today);

        Assert.False(result.IsOk);
        Assert.Equal("id-number.obsolete-15", result.Refusal!.Code);
        Assert.Contains("15位", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "id-number.empty")]
    [InlineData(" ", "id-number.empty")]
    [InlineData("1101051949123100", "id-number.length")]
    [InlineData("11010519491231002XX", "id-number.length")]
    [InlineData("1101051949123100XX", "id-number.format")]
    [InlineData("11010519491231002Y", "id-number.format")]
    [InlineData("A1010519491231002X", "id-number.format")]
    public void TryParse_MalformedInput_IsRefusedWithCode(string? input, string code)
    {
        var result = ResidentIdNumber.TryParse(input, Today);

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Refusal!.Code);
    }

    [Fact]
    public void Masked_HidesTheWholeBirthDate()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X", Today);

        Assert.Equal("110***********002X", id.Masked);
        Assert.Equal(18, id.Masked.Length);
        Assert.DoesNotContain("1949", id.Masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-06", 34)]
    [InlineData("2025-03-07", 35)]
    [InlineData("1990-03-07", 0)]
    [InlineData("2025-06-01", 35)]
    public void AgeOn_CountsCompletedYears(string date, int age)
    {
        var id = ResidentIdNumber.Parse("110101199003074477", Today);

        Assert.Equal(age, id.AgeOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AgeOn_LeapDayBirth_CompletesYearOnFirstMarch()
    {
        var id = ResidentIdNumber.Parse(WithCheck("110101" + "20000229" + "123"), Today);

        Assert.Equal(0, id.AgeOn(new DateOnly(2001, 2, 28)));
        Assert.Equal(1, id.AgeOn(new DateOnly(2001, 3, 1)));
        Assert.Equal(4, id.AgeOn(new DateOnly(2004, 2, 29)));
    }

    [Fact]
    public void AgeOn_DateBeforeBirth_Throws()
    {
        var id = ResidentIdNumber.Parse("110101199003074477", Today);

        Assert.Throws<ArgumentOutOfRangeException>(() => id.AgeOn(new DateOnly(1990, 3, 6)));
    }

    [Fact]
    public void Parse_InvalidNumber_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => ResidentIdNumber.Parse("340524198001010013", Today));
    }

    [Fact]
    public void Property_RandomValidNumbersParse_AndEveryOtherCheckCharacterIsRefused()
    {
        Gen.Select(Gen.Int[0, 999_999], Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2020, 12, 31)], Gen.Int[0, 999])
            .Sample((address, birth, sequence) =>
            {
                var first17 = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{address:D6}{birth:yyyyMMdd}{sequence:D3}");
                var valid = WithCheck(first17);

                var result = ResidentIdNumber.TryParse(valid, Today);
                Assert.True(result.IsOk, result.Refusal?.Message);
                Assert.Equal(birth, result.Value!.BirthDate);
                Assert.Equal(sequence % 2 == 1 ? Sex.Male : Sex.Female, result.Value.Sex);
                Assert.Equal(valid, result.Value.ToString());

                foreach (var other in "0123456789X".Where(c => c != valid[17]))
                {
                    var refused = ResidentIdNumber.TryParse(first17 + other, Today);
                    Assert.Equal("id-number.check-digit", refused.Refusal?.Code);
                }
            });
    }
}
