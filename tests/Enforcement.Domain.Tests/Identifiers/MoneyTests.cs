using CsCheck;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Tests.Identifiers;

public class MoneyTests
{
    [Theory]
    [InlineData("200", 20000)]
    [InlineData("200.5", 20050)]
    [InlineData("200.50", 20050)]
    [InlineData("0.01", 1)]
    [InlineData("0", 0)]
    [InlineData(" 007.10 ", 710)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    public void TryParse_ValidAmount_IsAccepted(string input, long fen)
    {
        var result = Money.TryParse(input);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(fen, result.Value.Fen);
    }

    [Theory]
    [InlineData("-200", "money.negative")]
    [InlineData("1,000.00", "money.format")]
    [InlineData("200.505", "money.format")]
    [InlineData("200.", "money.format")]
    [InlineData(".5", "money.format")]
    [InlineData("1e3", "money.format")]
    [InlineData("¥200", "money.format")]
    [InlineData("+200", "money.format")]
    [InlineData("200元", "money.format")]
    [InlineData("92233720368547758.08", "money.too-large")]
    [InlineData("99999999999999999999999999999999", "money.too-large")]
    [InlineData(null, "money.empty")]
    public void TryParse_InvalidAmount_IsRefusedWithCode(string? input, string code)
    {
        var result = Money.TryParse(input);

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Equal("amount", result.Refusal.Field);
    }

    [Fact]
    public void TryFromYuan_FractionOfFen_IsRefused()
    {
        var result = Money.TryFromYuan(0.005m);

        Assert.Equal("money.sub-fen", result.Refusal!.Code);
    }

    [Fact]
    public void TryFromYuan_Negative_IsRefused()
    {
        Assert.Equal("money.negative", Money.TryFromYuan(-1m).Refusal!.Code);
    }

    [Fact]
    public void FromYuan_Invalid_Throws()
    {
        Assert.Throws<ArgumentException>(() => Money.FromYuan(1.001m));
    }

    [Fact]
    public void FromYuan_TrailingZeros_AreNotAFraction()
    {
        Assert.Equal(123_450, Money.FromYuan(1234.5000m).Fen);
    }

    [Fact]
    public void FromFen_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromFen(-1));
    }

    [Fact]
    public void Arithmetic_AndComparison_Work()
    {
        var a = Money.FromYuan(200m);
        var b = Money.FromYuan(50.5m);

        Assert.Equal(Money.FromFen(25_050), a + b);
        Assert.Equal(Money.FromFen(14_950), a - b);
        Assert.Equal(Money.FromYuan(600m), a * 3);
        Assert.Equal(Money.FromYuan(600m), 3L * a);
        Assert.True(b < a);
        Assert.True(a >= b);
        Assert.Equal(b, Money.Min(a, b));
        Assert.Equal(a, Money.Max(a, b));
        Assert.Equal(Money.Zero, default);
        Assert.Equal(0, Money.Zero.Fen);
        Assert.Equal(1, a.CompareTo(b));
    }

    [Fact]
    public void Subtraction_BelowZero_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.FromYuan(1m) - Money.FromYuan(2m));
    }

    [Fact]
    public void Multiplication_ByNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(1m) * -1);
    }

    [Fact]
    public void Addition_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MaxValue) + Money.FromFen(1));
    }

    [Fact]
    public void Multiplication_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MaxValue / 2 + 1) * 2);
    }

    [Theory]
    [InlineData(123_450, "1,234.50", "1234.50元")]
    [InlineData(0, "0.00", "0.00元")]
    [InlineData(5, "0.05", "0.05元")]
    [InlineData(100_000_000, "1,000,000.00", "1000000.00元")]
    public void Formatting_IsInvariant(long fen, string display, string chinese)
    {
        var money = Money.FromFen(fen);

        Assert.Equal(display, money.ToString());
        Assert.Equal(chinese, money.ToChineseString());
    }

    [Theory]
    [InlineData("2000", "0.2")]
    [InlineData("200", "0.02")]
    [InlineData("0.01", "0.000001")]
    [InlineData("10000", "1")]
    [InlineData("0", "0")]
    public void ToTenThousandYuan_IsExactWithoutTrailingZeros(string yuan, string expected)
    {
        var result = Money.Parse(yuan).ToTenThousandYuan();

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
        Assert.Equal(expected, result.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Property_AddThenSubtract_IsIdentity()
    {
        Gen.Select(Gen.Long[0, long.MaxValue / 2], Gen.Long[0, long.MaxValue / 2]).Sample((a, b) =>
        {
            var x = Money.FromFen(a);
            var y = Money.FromFen(b);

            Assert.Equal(x, x + y - y);
        });
    }

    [Fact]
    public void Property_ChineseStringParsesBack()
    {
        Gen.Long[0, long.MaxValue].Sample(fen =>
        {
            var money = Money.FromFen(fen);

            Assert.Equal(money, Money.Parse(money.ToChineseString().TrimEnd('元')));
            Assert.Equal(money, Money.FromYuan(money.Yuan));
        });
    }

    [Fact]
    public void Property_AdditionNearTheTop_ThrowsRatherThanWraps()
    {
        Gen.Select(Gen.Long[long.MaxValue / 2 + 1, long.MaxValue], Gen.Long[long.MaxValue / 2 + 1, long.MaxValue])
            .Sample((a, b) => Assert.Throws<OverflowException>(() => Money.FromFen(a) + Money.FromFen(b)));
    }
}
