using Enforcement.Domain.Common;

namespace Enforcement.Domain.Tests.Common;

public sealed class MaskingTests
{
    [Fact]
    public void IdNumber_KeepsFirstThreeAndLastFour()
    {
        Assert.Equal("110***********002X", Masking.IdNumber("11010519491231002X"));
    }

    [Fact]
    public void IdNumber_HidesTheBirthDate()
    {
        var masked = Masking.IdNumber("630104198807150019");

        Assert.Equal(18, masked.Length);
        Assert.DoesNotContain("19880715", masked, StringComparison.Ordinal);
        Assert.Equal("630***********0019", masked);
    }

    [Fact]
    public void Phone_KeepsFirstThreeAndLastFour()
    {
        Assert.Equal("138****5678", Masking.Phone("13812345678"));
    }

    [Theory]
    [InlineData("123456", "******")]   // shorter than 3 + 4
    [InlineData("1234567", "*******")] // exactly 3 + 4: nothing would be hidden, so all is
    [InlineData("", "")]
    public void ShortValue_IsFullyMasked(string value, string expected)
    {
        Assert.Equal(expected, Masking.Phone(value));
        Assert.Equal(expected, Masking.IdNumber(value));
    }

    [Fact]
    public void KeepEnds_OneCharacterMoreThanKept_HidesExactlyOne()
    {
        Assert.Equal("123*5678", Masking.KeepEnds("12345678", 3, 4));
    }
}
