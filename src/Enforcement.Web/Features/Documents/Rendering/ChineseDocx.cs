using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>
/// What every DOCX of the platform shares: 宋体 with a Latin face beside it, 16 pt body on a 28 pt grid, and zh-CN as
/// the East Asian language of the defaults, the theme setting and every run, so Word and WPS pick Simplified Chinese
/// glyphs instead of Japanese or Traditional forms of the same characters.
/// </summary>
internal static class ChineseDocx
{
    private const string SongTypeface = "宋体";
    private const string LatinTypeface = "Times New Roman";

    /// <summary>Half-points of the body text: 16 pt (三号).</summary>
    public const int BodySize = 32;

    public static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = LatinTypeface, HighAnsi = LatinTypeface, EastAsia = SongTypeface, ComplexScript = LatinTypeface },
                new FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    public static Settings Settings() => new(new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });

    public static Run Run(string text, int halfPoints, bool bold)
    {
        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        var properties = new RunProperties(new RunFonts { Ascii = LatinTypeface, HighAnsi = LatinTypeface, EastAsia = SongTypeface, Hint = FontTypeHintValues.EastAsia });
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }, new Languages { Val = "en-US", EastAsia = "zh-CN" });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
