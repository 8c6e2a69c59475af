using System.Text.RegularExpressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

/// <summary>
/// 机动车号牌号码 per GA 36-2018: a province abbreviation (or 使/领), the issuing-authority letter, then the serial.
/// Ordinary plates have 7 characters; new-energy plates (issued since 2016, part of GA 36-2018) have 8: small ones put
/// D/F first in the serial, large ones put D/F last (D = pure electric, F = other new-energy types).
/// Letters I and O are never used, being confusable with 1 and 0.
/// </summary>
/// <remarks>
/// The number alone does not identify a vehicle; use <see cref="VehiclePlate"/> (number + colour) for that.
/// </remarks>
public sealed partial record PlateNumber
{
    /// <summary>Default field name for refusals; callers re-attribute with <see cref="Refusal.For"/>.</summary>
    public const string DefaultField = "plate";

    private const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private PlateNumber(string value) => Value = value;

    /// <summary>The canonical form, without the separator dot (青A12345).</summary>
    public string Value { get; }

    /// <summary>The first character: the province abbreviation, or 使/领 on embassy and consulate plates.</summary>
    public string Province => Value[..1];

    /// <summary>8-character new-energy plate.</summary>
    public bool IsNewEnergy => Value.Length == 8;

    /// <summary>Large new-energy plate (D/F at the end of the serial), which is yellow-green; small ones are green.</summary>
    internal bool IsLargeNewEnergy => IsNewEnergy && Value[7] is 'D' or 'F';

    /// <summary>
    /// For public display (e.g. published penalty decisions): the first 2 and the last character kept, the rest masked (青A****5).
    /// </summary>
    public string Masked => string.Concat(Value.AsSpan(0, 2), new string('*', Value.Length - 3), Value.AsSpan(Value.Length - 1));

    /// <summary>
    /// Parses untrusted input: trims, folds full-width letters and digits, upper-cases,
    /// and drops the separator dot or space after the authority letter as printed on the plate (青A·12345).
    /// </summary>
    public static Result<PlateNumber> TryParse(string? input)
    {
        var s = InputText.Normalise(input);
        if (s.Length >= 3 && s[2] is '·' or '•' or '・' or ' ')
        {
            s = s.Remove(2, 1);
        }

        if (s.Length == 0)
        {
            return new Refusal("plate.empty", DefaultField, "请填写车牌号码。");
        }

        if (s.Length is not (7 or 8))
        {
            return new Refusal("plate.length", DefaultField,
                $"车牌号码应为7位（新能源汽车为8位），实际为{s.Length}位。");
        }

        if (!Provinces.Contains(s[0], StringComparison.Ordinal) && !(s.Length == 7 && s[0] is '使' or '领'))
        {
            return new Refusal("plate.province", DefaultField,
                $"车牌号码第1位“{s[0]}”不是省、自治区、直辖市简称。");
        }

        if (s.Contains('I', StringComparison.Ordinal) || s.Contains('O', StringComparison.Ordinal))
        {
            return new Refusal("plate.letter-i-o", DefaultField,
                "车牌号码不使用字母I和O，请核对是否为数字1或0。");
        }

        var valid = s.Length == 7 ? Ordinary().IsMatch(s) : NewEnergy().IsMatch(s);
        if (!valid)
        {
            return new Refusal("plate.format", DefaultField, s.Length == 7
                ? $"车牌号码“{s}”格式不正确：第2位应为字母，其后为5位字母或数字（末位可为挂、学、警、港、澳）。"
                : $"新能源车牌号码“{s}”格式不正确：小型车第3位为D或F、第4位为字母或数字、第5至8位为数字；大型车第3至7位为数字、第8位为D或F。");
        }

        return Result<PlateNumber>.Ok(new PlateNumber(s));
    }

    /// <summary>Parses trusted data; throws <see cref="FormatException"/> if it is not valid.</summary>
    public static PlateNumber Parse(string input) => TryParse(input).OrThrowFormat();

    public override string ToString() => Value;

    [GeneratedRegex("^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Ordinary();

    [GeneratedRegex("^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z](([0-9]{5}[DF])|([DF][A-HJ-NP-Z0-9][0-9]{4}))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NewEnergy();
}
