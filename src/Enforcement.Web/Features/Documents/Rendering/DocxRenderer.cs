using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>
/// The editable copy: a DOCX built with OpenXml from the same blocks as the print page. A4 with the margins of
/// GB/T 9704; every run says its East Asian language is zh-CN (also in the defaults and the theme setting), so Word
/// and WPS pick Simplified Chinese glyphs instead of Japanese or Traditional forms of the same characters.
/// </summary>
internal static class DocxRenderer
{
    /// <summary>Half-points: 16 pt (三号) for the body, 22 pt (二号) for the title.</summary>
    private const int BodySize = ChineseDocx.BodySize, TitleSize = 44, AgencySize = 36, GridSize = 24;

    public static byte[] Render(DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = layout.Title;
            package.PackageProperties.Language = "zh-CN";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = ChineseDocx.Styles();
            main.AddNewPart<DocumentSettingsPart>().Settings = ChineseDocx.Settings();
            var body = new Body();
            foreach (var block in layout.Blocks)
            {
                body.Append(block switch
                {
                    Line line => Paragraph(line),
                    Grid grid => Table(grid),
                    _ => throw new InvalidOperationException($"unknown block {block.GetType().Name}"),
                });
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1588U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(Line line)
    {
        var properties = new ParagraphProperties();
        switch (line.Style)
        {
            case LineStyle.Agency or LineStyle.Title or LineStyle.Number:
                properties.Append(new Justification { Val = JustificationValues.Center });
                break;
            case LineStyle.Body:
                // Two characters' first-line indent, the Chinese paragraph convention (FirstLine as the fallback in twips).
                properties.Append(new Indentation { FirstLine = "640", FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both });
                break;
            case LineStyle.Right:
                properties.Append(new Justification { Val = JustificationValues.Right });
                break;
            case LineStyle.Plain:
                break;
        }
        var size = line.Style switch
        {
            LineStyle.Title => TitleSize,
            LineStyle.Agency => AgencySize,
            LineStyle.Number or LineStyle.Body or LineStyle.Plain or LineStyle.Right => BodySize,
        };
        return new Paragraph(properties, ChineseDocx.Run(line.Text, size, bold: line.Style is LineStyle.Title or LineStyle.Agency));
    }

    private static Table Table(Grid grid)
    {
        var columns = grid.Header.Count;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (8844 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(grid.Header, bold: true));
        foreach (var row in grid.Rows) table.Append(Row(row, bold: false));
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(text => new TableCell(
            new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }),
            new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { Line = "400", LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = bold ? JustificationValues.Center : JustificationValues.Left }),
                ChineseDocx.Run(text, GridSize, bold)))));
}
