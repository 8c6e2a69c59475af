using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

/// <summary>Parsing and Chinese names for <see cref="PlateColour"/>.</summary>
public static class PlateColours
{
    /// <summary>Default field name for refusals; callers re-attribute with <see cref="Refusal.For"/>.</summary>
    public const string DefaultField = "plateColour";

    /// <summary>
    /// Accepts the Chinese names 蓝 黄 绿 黄绿 白 黑, optionally followed by 色 (蓝色), the GA 36-2018 names
    /// 渐变绿 and 黄绿双拼, and the English enum names in any letter case. Numbers are not accepted:
    /// enum ordinals are not a stable external code.
    /// </summary>
    public static Result<PlateColour> TryParse(string? input)
    {
        var s = InputText.Normalise(input);
        if (s.Length == 0)
        {
            return new Refusal("plate-colour.empty", DefaultField, "请选择号牌颜色。");
        }

        var name = s.Length > 1 && s.EndsWith('色') ? s[..^1] : s;
        PlateColour? colour = name switch
        {
            "蓝" => PlateColour.Blue,
            "黄" => PlateColour.Yellow,
            "绿" or "渐变绿" => PlateColour.Green,
            "黄绿" or "黄绿双拼" => PlateColour.YellowGreen,
            "白" => PlateColour.White,
            "黑" => PlateColour.Black,
            _ => null,
        };
        colour ??= Enum.GetValues<PlateColour>()
            .Select(c => (PlateColour?)c)
            .FirstOrDefault(c => string.Equals(c.ToString(), s, StringComparison.OrdinalIgnoreCase));

        return colour is { } found
            ? Result<PlateColour>.Ok(found)
            : new Refusal("plate-colour.unknown", DefaultField,
                $"号牌颜色“{s}”无效，应为蓝、黄、绿、黄绿、白、黑之一。");
    }

    /// <summary>Parses trusted data; throws <see cref="FormatException"/> if it is not a known colour.</summary>
    public static PlateColour Parse(string input) => TryParse(input).OrThrowFormat();

    /// <summary>The short Chinese name used on forms and documents: 蓝 黄 绿 黄绿 白 黑.</summary>
    public static string ToChineseName(this PlateColour colour) => colour switch
    {
        PlateColour.Blue => "蓝",
        PlateColour.Yellow => "黄",
        PlateColour.Green => "绿",
        PlateColour.YellowGreen => "黄绿",
        PlateColour.White => "白",
        PlateColour.Black => "黑",
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, "Unknown plate colour."),
    };
}
