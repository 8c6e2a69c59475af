using System.Text.RegularExpressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

/// <summary>
/// 统一社会信用代码 (unified social credit code) per GB 32100-2015《法人和其他组织统一社会信用代码编码规则》.
/// Layout: pos 1 登记管理部门码, pos 2 机构类别码, pos 3–8 登记管理机关行政区划码, pos 9–17 主体标识码
/// (the GB 11714 organisation code), pos 18 check character (MOD 31).
/// </summary>
/// <remarks>
/// Credit codes are public by law (they are printed on licences and published in 双公示), so there is no masked form.
/// Pos 1–2 and the division in pos 3–8 are deliberately not checked against lists: the registration
/// authorities add categories over time, and a code stays valid after its division is abolished.
/// </remarks>
public sealed partial record CreditCode
{
    /// <summary>Default field name for refusals; callers re-attribute with <see cref="Refusal.For"/>.</summary>
    public const string DefaultField = "creditCode";

    /// <summary>GB 32100-2015 §4.2: the 31-character set, I O S V Z are never used (confusable with 1 0 5 U 2).</summary>
    internal const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>GB 32100-2015 §5.2: weights W_i = 3^(i−1) mod 31 for positions 1–17.</summary>
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>GB 11714-1997 §5: weights of the 8 body characters of the organisation code.</summary>
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private CreditCode(string value)
    {
        Value = value;
        OrganisationCodeCheckPasses = ComputeOrganisationCheck(value.AsSpan(8, 8)) == value[16];
    }

    /// <summary>The canonical 18-character code (upper case).</summary>
    public string Value { get; }

    /// <summary>Pos 3–8: 登记管理机关行政区划码 (not validated against GB/T 2260).</summary>
    public string RegistrationDivision => Value.Substring(2, 6);

    /// <summary>Pos 9–17: 主体标识码, the 9-character organisation code of GB 11714.</summary>
    public string OrganisationCode => Value.Substring(8, 9);

    /// <summary>
    /// Whether the embedded organisation code carries a correct GB 11714 check character (pos 17).
    /// A warning only: codes converted from legacy registrations may fail it and are still legally valid,
    /// so a failure must never refuse the code.
    /// </summary>
    public bool OrganisationCodeCheckPasses { get; }

    /// <summary>Parses untrusted input: trims, upper-cases and checks the format and the MOD 31 check character.</summary>
    public static Result<CreditCode> TryParse(string? input)
    {
        var s = InputText.Normalise(input);
        if (s.Length == 0)
        {
            return new Refusal("credit-code.empty", DefaultField, "请填写统一社会信用代码。");
        }

        if (s.Length != 18)
        {
            return new Refusal("credit-code.length", DefaultField,
                $"统一社会信用代码应为18位，实际为{s.Length}位。");
        }

        if (!Format().IsMatch(s))
        {
            return new Refusal("credit-code.format", DefaultField, DescribeFormatError(s));
        }

        var expected = ComputeCheckCharacter(s.AsSpan(0, 17));
        if (s[17] != expected)
        {
            return new Refusal("credit-code.check-digit", DefaultField,
                "统一社会信用代码校验位（第18位）不正确，请核对是否录入有误。");
        }

        return Result<CreditCode>.Ok(new CreditCode(s));
    }

    /// <summary>Parses trusted data (e.g. from the database); throws <see cref="FormatException"/> if it is not valid.</summary>
    public static CreditCode Parse(string input) => TryParse(input).OrThrowFormat();

    /// <summary>GB 32100-2015 §5.2: C18 = 31 − (Σ C_i × W_i mod 31); the value 31 maps to 0.</summary>
    internal static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>GB 11714-1997: C9 = 11 − (Σ C_i × W_i mod 11); 10 is written X and 11 is written 0.</summary>
    private static char ComputeOrganisationCheck(ReadOnlySpan<char> body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }

    private static string DescribeFormatError(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = i is >= 2 and <= 7 ? char.IsAsciiDigit(c) : Alphabet.Contains(c, StringComparison.Ordinal);
            if (!ok)
            {
                return i is >= 2 and <= 7
                    ? $"统一社会信用代码第{i + 1}位“{c}”无效：第3至8位为行政区划码，只能是数字。"
                    : $"统一社会信用代码第{i + 1}位“{c}”无效：只能是数字或大写字母（不使用I、O、S、V、Z）。";
            }
        }

        return "统一社会信用代码格式不正确。";
    }

    public override string ToString() => Value;

    // [0-9] rather than \d: in .NET \d also matches non-ASCII digits (e.g. Arabic-Indic), which the code never contains.
    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
