using System.Text;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>
/// The print page: a self-contained HTML file (no scripts, no external assets) laid out for A4, so that the stored
/// file prints the same years later. Song typefaces first, as official documents use.
/// </summary>
internal static class HtmlRenderer
{
    private const string Style = """
        @page { size: A4; margin: 30mm 26mm 28mm 28mm; }
        html { background: #fff; }
        body { font-family: "SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif;
               font-size: 16pt; line-height: 1.75; color: #000; margin: 0; }
        .sheet { max-width: 154mm; margin: 0 auto; }
        .agency { text-align: center; font-size: 18pt; letter-spacing: 0.1em; margin: 0; }
        h1 { text-align: center; font-size: 22pt; font-weight: bold; letter-spacing: 0.2em; margin: 0.3em 0; }
        .number { text-align: center; margin: 0 0 1em; }
        p { margin: 0; }
        .body { text-indent: 2em; text-align: justify; }
        .right { text-align: right; }
        table { width: 100%; border-collapse: collapse; margin: 0.5em 0; font-size: 12pt; }
        th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
        th { text-align: center; }
        @media screen { body { padding: 20mm 0; background: #eee; } .sheet { background: #fff; padding: 25mm; box-shadow: 0 0 4px #999; } }
        @media print { .sheet { max-width: none; } }
        """;

    public static byte[] Render(DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(layout.Title))
            .Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main class=\"sheet\">\n");
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case Line line:
                    html.Append(line.Style switch
                    {
                        LineStyle.Agency => $"<p class=\"agency\">{Encode(line.Text)}</p>",
                        LineStyle.Title => $"<h1>{Encode(line.Text)}</h1>",
                        LineStyle.Number => $"<p class=\"number\">{Encode(line.Text)}</p>",
                        LineStyle.Body => $"<p class=\"body\">{Encode(line.Text)}</p>",
                        LineStyle.Plain => $"<p>{Encode(line.Text)}</p>",
                        LineStyle.Right => $"<p class=\"right\">{Encode(line.Text)}</p>",
                    }).Append('\n');
                    break;
                case Grid grid:
                    html.Append("<table>\n<thead><tr>");
                    foreach (var head in grid.Header) html.Append("<th>").Append(Encode(head)).Append("</th>");
                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in grid.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row) html.Append("<td>").Append(cell.Length == 0 ? "&nbsp;" : Encode(cell)).Append("</td>");
                        html.Append("</tr>\n");
                    }
                    html.Append("</tbody>\n</table>\n");
                    break;
                default:
                    throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }
        html.Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Escapes the five markup characters only: Chinese stays readable in the stored file.</summary>
    internal static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
