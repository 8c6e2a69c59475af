using System.Globalization;
using System.Text.RegularExpressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

/// <summary>
/// An amount in renminbi, held as whole fen (分) in a <see cref="long"/>. Never negative: fines, payments and
/// surcharges are amounts, and a sign error in a penalty must not go unnoticed.
/// Fen is the smallest legal unit (《人民币管理条例》第四条: 元、角、分), so fractions of a fen are refused, never rounded.
/// </summary>
/// <remarks>
/// All arithmetic is checked: overflow, and subtraction below zero, throw <see cref="OverflowException"/> rather than wrap.
/// The default value is <see cref="Zero"/>.
/// </remarks>
public readonly partial record struct Money : IComparable<Money>
{
    /// <summary>Default field name for refusals; callers re-attribute with <see cref="Refusal.For"/>.</summary>
    public const string DefaultField = "amount";

    public static readonly Money Zero;

    private const decimal MaxYuan = long.MaxValue / 100m;

    private Money(long fen) => Fen = fen;

    /// <summary>The amount in fen.</summary>
    public long Fen { get; }

    /// <summary>The exact amount in yuan (fen / 100).</summary>
    public decimal Yuan => Fen / 100m;

    /// <summary>From a stored fen amount (trusted); negative is a bug.</summary>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="fen"/> is negative.</exception>
    public static Money FromFen(long fen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fen);
        return new Money(fen);
    }

    /// <summary>From a yuan amount; refuses negatives, fractions of a fen and amounts beyond the fen range.</summary>
    public static Result<Money> TryFromYuan(decimal yuan)
    {
        if (yuan < 0)
        {
            return new Refusal("money.negative", DefaultField, "金额不能为负数。");
        }

        if (yuan > MaxYuan)
        {
            return new Refusal("money.too-large", DefaultField, "金额过大。");
        }

        var fen = yuan * 100;
        if (fen != decimal.Truncate(fen))
        {
            return new Refusal("money.sub-fen", DefaultField, "金额最小单位为分，小数点后最多两位。");
        }

        return Result<Money>.Ok(new Money((long)fen));
    }

    /// <summary>From a yuan amount known to be valid (constants, trusted data).</summary>
    /// <exception cref="ArgumentException">If the amount is negative, has a fraction of a fen or is too large.</exception>
    public static Money FromYuan(decimal yuan)
    {
        var result = TryFromYuan(yuan);
        return result.IsOk ? result.Value : throw new ArgumentException(result.Refusal!.Message, nameof(yuan));
    }

    /// <summary>
    /// Parses a yuan amount as typed: digits with an optional decimal point and one or two decimals
    /// ("200", "200.5", "200.50"). Thousand separators, signs, exponents and currency symbols are refused,
    /// so that "1,000" can never be misread as 1.000 under another culture.
    /// </summary>
    public static Result<Money> TryParse(string? input)
    {
        var s = InputText.Normalise(input);
        if (s.Length == 0)
        {
            return new Refusal("money.empty", DefaultField, "请填写金额。");
        }

        if (s.StartsWith('-'))
        {
            return new Refusal("money.negative", DefaultField, "金额不能为负数。");
        }

        if (!YuanFormat().IsMatch(s))
        {
            return new Refusal("money.format", DefaultField,
                $"金额“{s}”格式不正确：只能填写数字，小数点后最多两位，不加千位分隔符。");
        }

        // Up to 17 integer digits fit in decimal without loss; longer is certainly above the fen range.
        if (s.Split('.')[0].TrimStart('0').Length > 17
            || !decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
        {
            return new Refusal("money.too-large", DefaultField, "金额过大。");
        }

        return TryFromYuan(yuan);
    }

    /// <summary>Parses trusted data; throws <see cref="FormatException"/> if it is not valid.</summary>
    public static Money Parse(string input) => TryParse(input).OrThrowFormat();

    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    /// <exception cref="OverflowException">If the result would be negative.</exception>
    public static Money operator -(Money left, Money right)
    {
        var fen = checked(left.Fen - right.Fen);
        return fen >= 0 ? new Money(fen) : throw new OverflowException("Money cannot be negative.");
    }

    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="factor"/> is negative.</exception>
    public static Money operator *(Money money, long factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        return new Money(checked(money.Fen * factor));
    }

    /// <inheritdoc cref="op_Multiply(Money, long)"/>
    public static Money operator *(long factor, Money money) => money * factor;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Multiply(Money money, long factor) => money * factor;

    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;

    public static Money Min(Money a, Money b) => a <= b ? a : b;

    public static Money Max(Money a, Money b) => a >= b ? a : b;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>
    /// The amount in 万元 (ten thousand yuan), exact and without trailing zeros, as the 双公示 penalty export requires
    /// (罚款金额（万元）): 2000 yuan → 0.2.
    /// </summary>
    public decimal ToTenThousandYuan() => (Fen / 1_000_000m) / 1.000000000000000000000000000000000m;

    /// <summary>Invariant display form with thousand separators and two decimals: "1,234.50".</summary>
    public override string ToString() => Yuan.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>Form for Chinese documents: "1234.50元".</summary>
    public string ToChineseString() => Yuan.ToString("F2", CultureInfo.InvariantCulture) + "元";

    [GeneratedRegex("^[0-9]+(\\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex YuanFormat();
}
