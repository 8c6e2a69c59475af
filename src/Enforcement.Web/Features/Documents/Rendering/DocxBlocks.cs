using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>
/// Reads a filed document's DOCX back into its blocks, so the case file reproduces the filed text itself (verified
/// by its hash) rather than a fresh rendering that could differ. It understands the DOCX <see cref="DocxRenderer"/>
/// writes: the paragraph's alignment, indent and size give the line style; tables are grids with a header row.
/// </summary>
internal static class DocxBlocks
{
    public static DocumentLayout Read(byte[] docx, string title)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        var body = word.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("DOCX without a body");
        var blocks = new List<Block>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(new Line(StyleOf(paragraph), paragraph.InnerText));
                    break;
                case Table table:
                    var rows = table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)]).ToList();
                    if (rows.Count > 0) blocks.Add(new Grid(rows[0], rows[1..]));
                    break;
            }
        }
        return new DocumentLayout(title, blocks);
    }

    private static LineStyle StyleOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var justification = properties?.Justification?.Val?.Value;
        if (properties?.Indentation?.FirstLineChars is not null) return LineStyle.Body;
        if (justification == JustificationValues.Right) return LineStyle.Right;
        if (justification != JustificationValues.Center) return LineStyle.Plain;
        var size = paragraph.Descendants<FontSize>().FirstOrDefault()?.Val?.Value;
        return size switch
        {
            "44" => LineStyle.Title,
            "36" => LineStyle.Agency,
            _ => LineStyle.Number,
        };
    }
}
