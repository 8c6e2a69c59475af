using System.Globalization;
using System.Text;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>
/// The case file's print page: one A4 sheet per laid-out page (CSS page size, no browser margins), every line a box
/// of fixed height that does not wrap, and the page number printed bottom right on numbered pages. Nothing is left to
/// the browser's own line or page breaking, so the printout has the pages the catalogue counts. Self-contained: no
/// scripts, no external assets; an inert JSON block carries the catalogue under the same hash.
/// </summary>
internal static class PagedHtmlRenderer
{
    private static string Pt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    private static string Mm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "mm";

    private static string Style() => $$"""
        @page { size: A4; margin: 0; }
        html, body { margin: 0; padding: 0; background: #fff; color: #000; }
        body { font-family: "SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif; }
        .page { width: {{Mm(PageGeometry.PageWidthMm)}}; height: {{Mm(PageGeometry.PageHeightMm)}}; box-sizing: border-box; position: relative; overflow: hidden;
                padding: {{Mm(PageGeometry.TopMm)}} {{Mm(PageGeometry.RightMm)}} {{Mm(PageGeometry.BottomMm)}} {{Mm(PageGeometry.LeftMm)}};
                break-after: page; page-break-after: always; }
        .page:last-of-type { break-after: auto; page-break-after: auto; }
        .ln { white-space: pre; overflow: visible; margin: 0; }
        .title { font-weight: bold; text-align: center; letter-spacing: 0.1em; }
        .agency { text-align: center; letter-spacing: 0.1em; }
        .number { text-align: center; }
        .right { text-align: right; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: {{Pt(PageGeometry.GridFontPt)}}; }
        td, th { border: 0.5pt solid #000; padding: 0 {{Pt(PageGeometry.GridCellPaddingPt)}}; line-height: {{Pt(PageGeometry.GridLinePt)}};
                 white-space: pre; vertical-align: middle; text-align: left; overflow: hidden; }
        th { text-align: center; font-weight: bold; }
        .folio { position: absolute; right: {{Mm(PageGeometry.RightMm)}}; bottom: 22mm; font-size: 14pt; }
        @media screen { body { background: #eee; padding: 8mm 0; } .page { background: #fff; margin: 0 auto 8mm; box-shadow: 0 0 4px #999; } }
        """;

    public static byte[] Render(string title, IReadOnlyList<Page> pages, string? catalogueJson = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(HtmlRenderer.Encode(title))
            .Append("</title>\n<style>\n").Append(Style()).Append("\n</style>\n");
        // JSON escapes <, > and & as \u003C…, so the block cannot close early; browsers do not run application/json.
        if (catalogueJson is not null) html.Append("<script type=\"application/json\" id=\"case-file-catalogue\">").Append(catalogueJson).Append("</script>\n");
        html.Append("</head>\n<body>\n");
        foreach (var page in pages)
        {
            html.Append("<section class=\"page\"").Append(page.Folio is { } n ? $" data-folio=\"{n}\"" : "").Append(">\n");
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case PagedLine line:
                        var (font, height, _) = PageGeometry.Of(line.Style);
                        html.Append("<div class=\"ln").Append(line.Style switch
                        {
                            LineStyle.Title => " title",
                            LineStyle.Agency => " agency",
                            LineStyle.Number => " number",
                            LineStyle.Right => " right",
                            LineStyle.Body or LineStyle.Plain => "",
                        }).Append("\" style=\"font-size:").Append(Pt(font)).Append(";height:").Append(Pt(height)).Append(";line-height:").Append(Pt(height))
                            .Append("\">").Append(HtmlRenderer.Encode(line.Text)).Append("</div>\n");
                        break;
                    case PagedTable table:
                        html.Append("<table>\n<colgroup>");
                        foreach (var share in table.Shares) html.Append("<col style=\"width:").Append((share * 100).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
                        html.Append("</colgroup>\n");
                        foreach (var row in table.Rows)
                        {
                            html.Append("<tr style=\"height:").Append(Pt(row.HeightPt)).Append("\">");
                            var cell = row.Header ? "th" : "td";
                            foreach (var lines in row.Cells)
                            {
                                html.Append('<').Append(cell).Append('>').Append(lines.Count == 0 || lines.All(l => l.Length == 0) ? "&nbsp;" : HtmlRenderer.Encode(string.Join('\n', lines)))
                                    .Append("</").Append(cell).Append('>');
                            }
                            html.Append("</tr>\n");
                        }
                        html.Append("</table>\n");
                        break;
                }
            }
            if (page.Folio is { } folio) html.Append("<div class=\"folio\">").Append(folio.ToString(CultureInfo.InvariantCulture)).Append("</div>\n");
            html.Append("</section>\n");
        }
        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
