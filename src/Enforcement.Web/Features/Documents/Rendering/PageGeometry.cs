namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>
/// The page the case file is laid out on, shared by the paginator and both paged renderers so that what the
/// catalogue counts is what prints: A4 with the type area of GB/T 9704 (156 mm × 225 mm; top 37 mm, left 28 mm),
/// lines of fixed height, and wrapping done here rather than by the browser or the word processor.
/// </summary>
/// <remarks>
/// The budgets are deliberately short of the type area: 22 body lines of 28 pt (616 pt of 637.8 pt) and 26 characters
/// of 16 pt in a line that holds 27.6, so a renderer whose font runs slightly wide still fits every line and page.
/// </remarks>
internal static class PageGeometry
{
    public const double PageWidthMm = 210, PageHeightMm = 297;
    public const double TopMm = 37, BottomMm = 35, LeftMm = 28, RightMm = 26;

    /// <summary>Vertical budget of one page's content, in points.</summary>
    public const double ContentBudgetPt = 616;

    /// <summary>Width of the type area in points (156 mm).</summary>
    public const double ContentWidthPt = 442.2;

    /// <summary>Font size (pt), line height (pt) and characters per line (in ems of that font) of each line style.</summary>
    public static (double FontPt, double LinePt, double Ems) Of(LineStyle style) => style switch
    {
        LineStyle.Title => (22, 40, 18),
        LineStyle.Agency => (18, 28, 23),
        LineStyle.Number or LineStyle.Body or LineStyle.Plain or LineStyle.Right => (16, 28, 26),
    };

    /// <summary>Table text: 12 pt on 18 pt lines; a row adds 6 pt for padding and rules.</summary>
    public const double GridFontPt = 12, GridLinePt = 18, GridRowExtraPt = 6, GridCellPaddingPt = 4;

    /// <summary>Ems of table text a column of this share of the width holds (half an em kept in hand).</summary>
    public static double GridEms(double share) => Math.Max(1, ((ContentWidthPt * share) - (2 * GridCellPaddingPt)) / GridFontPt - 0.5);

    /// <summary>
    /// The width of a character in ems, rounded up: Chinese characters and full-width forms are one em; Latin letters
    /// and digits are narrower in every serif face used, and are counted generously so that a line never overflows.
    /// </summary>
    public static double Width(char c) => c switch
    {
        'M' or 'W' or 'm' or 'w' or '@' or '%' => 1.0,
        >= 'A' and <= 'Z' => 0.8,
        >= ' ' and <= '~' => 0.6,
        _ => 1.0,
    };

    /// <summary>Closing punctuation may hang at the end of a line rather than start the next one (禁则).</summary>
    public static bool Hangs(char c) => "，。、；：？！）》」』〕】”’,.;:?!)".Contains(c, StringComparison.Ordinal);
}
