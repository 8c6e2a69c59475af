using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>
/// The case file as DOCX, laid out exactly as the print page: each printed line is a paragraph with exact line
/// spacing, table rows have exact heights, every page after the first starts with a page break, and the pages are in
/// three sections — cover and catalogue, the numbered items (footer with the page number, restarting at 1), the 备考表
/// (an empty footer) — so Word and WPS number the same pages the catalogue does.
/// </summary>
internal static class PagedDocxRenderer
{
    /// <summary>The parts of the file by how their pages are numbered.</summary>
    internal sealed record Part(IReadOnlyList<Page> Pages, bool Numbered);

    public static byte[] Render(string title, IReadOnlyList<Part> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            package.PackageProperties.Language = "zh-CN";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = ChineseDocx.Styles();
            main.AddNewPart<DocumentSettingsPart>().Settings = ChineseDocx.Settings();
            var numbered = main.AddNewPart<FooterPart>();
            numbered.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                new SimpleField(ChineseDocx.Run("1", 28, bold: false)) { Instruction = " PAGE " }));
            var blank = main.AddNewPart<FooterPart>();
            blank.Footer = new Footer(new Paragraph());
            var numberedId = main.GetIdOfPart(numbered);
            var blankId = main.GetIdOfPart(blank);

            var body = new Body();
            var sections = parts.Where(p => p.Pages.Count > 0).ToList();
            for (var s = 0; s < sections.Count; s++)
            {
                var elements = new List<OpenXmlElement>();
                for (var p = 0; p < sections[s].Pages.Count; p++)
                {
                    // A new section already starts on a new page; later pages of a section begin with a page break.
                    var page = Items(sections[s].Pages[p]);
                    if (p > 0) BreakBefore(page);
                    elements.AddRange(page);
                }
                var properties = SectionProperties(sections[s].Numbered ? numberedId : s == 0 ? null : blankId, sections[s].Numbered);
                if (s == sections.Count - 1)
                {
                    body.Append(elements);
                    body.Append(properties);
                }
                else
                {
                    // A section ends with a paragraph carrying its properties; an empty one of 1 pt keeps the page's budget.
                    elements.Add(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Line = "20", LineRule = LineSpacingRuleValues.Exact }, properties)));
                    body.Append(elements);
                }
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static SectionProperties SectionProperties(string? footerId, bool restart)
    {
        var properties = new SectionProperties();
        if (footerId is not null) properties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        properties.Append(
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = Twips(PageGeometry.PageWidthMm), Height = Twips(PageGeometry.PageHeightMm) },
            new PageMargin
            {
                Top = (int)Twips(PageGeometry.TopMm), Bottom = (int)Twips(PageGeometry.BottomMm),
                Left = Twips(PageGeometry.LeftMm), Right = Twips(PageGeometry.RightMm), Header = 851U, Footer = 992U, Gutter = 0U,
            });
        if (restart) properties.Append(new PageNumberType { Start = 1 });
        return properties;
    }

    private static uint Twips(double mm) => (uint)Math.Round(mm / 25.4 * 1440);

    private static string TwipsOf(double pt) => ((int)Math.Round(pt * 20)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts the page on a new sheet: the first paragraph breaks before itself; before a table, a 1 pt paragraph does.</summary>
    private static void BreakBefore(List<OpenXmlElement> page)
    {
        if (page.Count > 0 && page[0] is Paragraph first)
        {
            first.ParagraphProperties!.PrependChild(new PageBreakBefore());
        }
        else
        {
            page.Insert(0, new Paragraph(new ParagraphProperties(new PageBreakBefore(), new SpacingBetweenLines { Line = "20", LineRule = LineSpacingRuleValues.Exact })));
        }
    }

    private static List<OpenXmlElement> Items(Page page)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case PagedLine line:
                    var (font, height, _) = PageGeometry.Of(line.Style);
                    var justification = line.Style switch
                    {
                        LineStyle.Title or LineStyle.Agency or LineStyle.Number => JustificationValues.Center,
                        LineStyle.Right => JustificationValues.Right,
                        LineStyle.Body or LineStyle.Plain => JustificationValues.Left,
                    };
                    elements.Add(new Paragraph(
                        new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = TwipsOf(height), LineRule = LineSpacingRuleValues.Exact },
                            new Justification { Val = justification }),
                        ChineseDocx.Run(line.Text, (int)(font * 2), bold: line.Style == LineStyle.Title)));
                    break;
                case PagedTable table:
                    elements.Add(Table(table));
                    // Two tables in a row would merge into one; a 1 pt paragraph keeps them apart.
                    elements.Add(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact })));
                    break;
            }
        }
        return elements;
    }

    private static Table Table(PagedTable table)
    {
        var width = PageGeometry.ContentWidthPt * 20;
        var columns = table.Shares.Select(s => ((int)(width * s)).ToString(CultureInfo.InvariantCulture)).ToList();
        var padding = TwipsOf(PageGeometry.GridCellPaddingPt);
        var result = new Table(
            new TableProperties(
                new TableWidth { Width = ((int)width).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = short.Parse(padding, CultureInfo.InvariantCulture), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = short.Parse(padding, CultureInfo.InvariantCulture), Type = TableWidthValues.Dxa })),
            new TableGrid(columns.Select(c => new GridColumn { Width = c })));
        foreach (var row in table.Rows)
        {
            var cells = new List<TableCell>();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = columns[i], Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
                // One paragraph per wrapped line (at least one: a cell must hold a paragraph).
                foreach (var text in row.Cells[i].Count == 0 ? [""] : row.Cells[i])
                {
                    cell.Append(new Paragraph(
                        new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = TwipsOf(PageGeometry.GridLinePt), LineRule = LineSpacingRuleValues.Exact },
                            new Justification { Val = row.Header ? JustificationValues.Center : JustificationValues.Left }),
                        ChineseDocx.Run(text, (int)(PageGeometry.GridFontPt * 2), row.Header)));
                }
                cells.Add(cell);
            }
            var tableRow = new TableRow(new TableRowProperties(new CantSplit(), new TableRowHeight { Val = (uint)Math.Round(row.HeightPt * 20), HeightType = HeightRuleValues.Exact }));
            tableRow.Append(cells);
            result.Append(tableRow);
        }
        return result;
    }
}
