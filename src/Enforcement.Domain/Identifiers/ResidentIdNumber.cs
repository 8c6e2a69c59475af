using System.Globalization;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

/// <summary>
/// 公民身份号码 (resident ID number) per GB 11643-1999: 6-digit address code, 8-digit birth date YYYYMMDD,
/// 3-digit sequence code (odd = male, even = female) and an ISO 7064 MOD 11-2 check character.
/// </summary>
/// <remarks>
/// The number is personal sensitive information (GB/T 35273-2020《个人信息安全规范》附录B lists 身份证件号码),
/// so anything shown to the public (e.g. published penalty decisions) or written to logs must use <see cref="Masked"/>.
/// The address code is not checked against GB/T 2260: it is the code at the time of first registration,
/// and many of those divisions have since been abolished.
/// </remarks>
public sealed record ResidentIdNumber
{
    /// <summary>Default field name for refusals; callers re-attribute with <see cref="Refusal.For"/>.</summary>
    public const string DefaultField = "idNumber";

    /// <summary>
    /// Birth years before this are refused as typing errors. GB 11643's own worked example (440524188001010014)
    /// is born in 1880 and must stay valid (RULES §4.2), so the floor is the 19th century, not 1900.
    /// </summary>
    public const int MinimumBirthYear = 1800;

    /// <summary>GB 11643-1999 §7.1: W_i = 2^(i−1) mod 11, listed for positions 1–17 from the left.</summary>
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>GB 11643-1999 §7.2: check character by remainder 0–10; X stands for 10.</summary>
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The canonical 18-character number (check character X in upper case).</summary>
    public string Value { get; }

    /// <summary>Pos 7–14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>Pos 15–17, the sequence code: odd for men, even for women.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>Pos 1–6, the address code at first registration (not validated against any list).</summary>
    public string AddressCode => Value[..6];

    /// <summary>
    /// For public display and logs: first 3 and last 4 characters kept, the rest masked,
    /// so that the prefecture/county and the whole birth date are hidden (e.g. 110***********002X).
    /// </summary>
    public string Masked => Masking.IdNumber(Value);

    /// <summary>Parses untrusted input; <paramref name="today"/> comes from the caller (the domain has no clock).</summary>
    public static Result<ResidentIdNumber> TryParse(string? input, DateOnly today)
    {
        var s = InputText.Normalise(input);
        if (s.Length == 0)
        {
            return new Refusal("id-number.empty", DefaultField, "请填写公民身份号码。");
        }

        if (s.Length == 15 && s.All(char.IsAsciiDigit))
        {
            return new Refusal("id-number.obsolete-15", DefaultField,
                "15位身份证号码已停止使用，请填写18位公民身份号码。");
        }

        if (s.Length != 18)
        {
            return new Refusal("id-number.length", DefaultField, $"公民身份号码应为18位，实际为{s.Length}位。");
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return new Refusal("id-number.format", DefaultField,
                    $"公民身份号码第{i + 1}位“{s[i]}”无效：前17位只能是数字。");
            }
        }

        if (!char.IsAsciiDigit(s[17]) && s[17] != 'X')
        {
            return new Refusal("id-number.format", DefaultField,
                $"公民身份号码第18位“{s[17]}”无效：只能是数字或X。");
        }

        if (!DateOnly.TryParseExact(s.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var birthDate))
        {
            return new Refusal("id-number.birth-date", DefaultField,
                $"公民身份号码中的出生日期“{s.Substring(6, 8)}”不是有效日期。");
        }

        if (birthDate.Year < MinimumBirthYear)
        {
            return new Refusal("id-number.birth-year", DefaultField,
                $"公民身份号码中的出生年份{birthDate.Year}早于{MinimumBirthYear}年，请核对。");
        }

        if (birthDate > today)
        {
            return new Refusal("id-number.birth-date-future", DefaultField,
                "公民身份号码中的出生日期晚于今天，请核对。");
        }

        if (s[17] != ComputeCheckCharacter(s.AsSpan(0, 17)))
        {
            return new Refusal("id-number.check-digit", DefaultField,
                "公民身份号码校验位（第18位）不正确，请核对是否录入有误。");
        }

        return Result<ResidentIdNumber>.Ok(new ResidentIdNumber(s, birthDate));
    }

    /// <summary>Parses trusted data; throws <see cref="FormatException"/> if it is not valid.</summary>
    public static ResidentIdNumber Parse(string input, DateOnly today) => TryParse(input, today).OrThrowFormat();

    /// <summary>
    /// Age in completed years on <paramref name="date"/>: the birthday itself counts (someone born on 29 February
    /// completes a year on 1 March in common years). Note that the Supreme People's Court counts 周岁 from the day
    /// after the birthday (法释〔2006〕1号 第二条, for 刑法第十七条); callers applying a statutory age threshold such as
    /// 行政处罚法第三十条 must decide whether that rule applies and account for it themselves.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="date"/> is before the birth date.</exception>
    public int AgeOn(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date, BirthDate);
        var age = date.Year - BirthDate.Year;
        if (date.Month < BirthDate.Month || (date.Month == BirthDate.Month && date.Day < BirthDate.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>GB 11643-1999 §7: ISO 7064 MOD 11-2, r = Σ(a_i × W_i) mod 11, check = "10X98765432"[r].</summary>
    internal static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Value;
}
