using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

/// <summary>
/// 行政区划代码 per GB/T 2260: six digits, two each for province, prefecture and county.
/// Used for case jurisdiction and data scope (a user scoped to 630100 sees cases in 630123).
/// </summary>
/// <remarks>
/// Only the province part is checked against a list, because that list is fixed; prefecture and county codes
/// change every year (the Ministry of Civil Affairs publishes updates) and stored cases must keep their historical codes.
/// </remarks>
public sealed record DivisionCode
{
    /// <summary>Default field name for refusals; callers re-attribute with <see cref="Refusal.For"/>.</summary>
    public const string DefaultField = "divisionCode";

    /// <summary>GB/T 2260 province-level codes, including 71 台湾, 81 香港, 82 澳门.</summary>
    private static readonly HashSet<string> ProvinceCodes =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82",
    ];

    private DivisionCode(string value) => Value = value;

    /// <summary>The six digits.</summary>
    public string Value { get; }

    public DivisionLevel Level => Value.AsSpan(2).SequenceEqual("0000")
        ? DivisionLevel.Province
        : Value.AsSpan(4).SequenceEqual("00") ? DivisionLevel.Prefecture : DivisionLevel.County;

    /// <summary>Digits 1–2, e.g. "63".</summary>
    public string ProvinceCode => Value[..2];

    /// <summary>Digits 1–4, e.g. "6301" (for a province code this is "6300").</summary>
    public string PrefectureCode => Value[..4];

    /// <summary>
    /// The enclosing division: county → its prefecture (xxxx00), prefecture → its province (xx0000), province → null.
    /// County-level units administered directly by the province carry prefecture part 90 (e.g. 419001);
    /// their parent is still given in the xxxx00 form (419000), the grouping code GB/T 2260 uses for them.
    /// </summary>
    public DivisionCode? Parent => Level switch
    {
        DivisionLevel.County => new DivisionCode(PrefectureCode + "00"),
        DivisionLevel.Prefecture => new DivisionCode(ProvinceCode + "0000"),
        _ => null,
    };

    /// <summary>
    /// Whether this division lies in <paramref name="other"/>'s area (reflexive: a code is within itself).
    /// 630123 is within 630100 and 630000; 630100 is within 630000; 630123 is not within 632500.
    /// </summary>
    public bool IsWithin(DivisionCode other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Level switch
        {
            DivisionLevel.Province => ProvinceCode == other.ProvinceCode,
            DivisionLevel.Prefecture => Level != DivisionLevel.Province && PrefectureCode == other.PrefectureCode,
            _ => Value == other.Value,
        };
    }

    /// <summary>Parses untrusted input (trimmed, full-width digits folded).</summary>
    public static Result<DivisionCode> TryParse(string? input)
    {
        var s = InputText.Normalise(input);
        if (s.Length == 0)
        {
            return new Refusal("division-code.empty", DefaultField, "请填写行政区划代码。");
        }

        if (s.Length != 6)
        {
            return new Refusal("division-code.length", DefaultField, $"行政区划代码应为6位数字，实际为{s.Length}位。");
        }

        if (!s.All(char.IsAsciiDigit))
        {
            return new Refusal("division-code.format", DefaultField, $"行政区划代码“{s}”只能由数字组成。");
        }

        if (!ProvinceCodes.Contains(s[..2]))
        {
            return new Refusal("division-code.province", DefaultField,
                $"行政区划代码“{s}”的前两位“{s[..2]}”不是有效的省级代码。");
        }

        return Result<DivisionCode>.Ok(new DivisionCode(s));
    }

    /// <summary>Parses trusted data; throws <see cref="FormatException"/> if it is not valid.</summary>
    public static DivisionCode Parse(string input) => TryParse(input).OrThrowFormat();

    public override string ToString() => Value;
}
