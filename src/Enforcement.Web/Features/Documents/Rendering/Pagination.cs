using System.Text;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>One printed line of a paged layout, already wrapped.</summary>
internal sealed record PagedLine(LineStyle Style, string Text) : PageItem
{
    public override double HeightPt => PageGeometry.Of(Style).LinePt;
}

/// <summary>A table row with each cell's wrapped lines; every cell of the row has <see cref="Lines"/> lines of room.</summary>
internal sealed record PagedRow(IReadOnlyList<IReadOnlyList<string>> Cells, bool Header)
{
    public int Lines => Math.Max(1, Cells.Max(c => c.Count));

    public double HeightPt => (Lines * PageGeometry.GridLinePt) + PageGeometry.GridRowExtraPt;
}

/// <summary>The part of a table on one page: its column shares and rows (the header row repeated on each page).</summary>
internal sealed record PagedTable(IReadOnlyList<double> Shares, IReadOnlyList<PagedRow> Rows) : PageItem
{
    public override double HeightPt => Rows.Sum(r => r.HeightPt);
}

internal abstract record PageItem
{
    public abstract double HeightPt { get; }
}

/// <summary>A laid-out page; <see cref="Folio"/> is its printed page number, null for the unnumbered cover, catalogue and notes.</summary>
internal sealed record Page(IReadOnlyList<PageItem> Items, int? Folio = null);

/// <summary>
/// Lays a document's blocks out on pages of <see cref="PageGeometry"/>: wraps every line itself, gives each line a
/// fixed height, and breaks pages when the next line or table row would not fit. The renderers print exactly these
/// lines and pages, so the page count is a fact of the layout, not a guess about a browser's.
/// </summary>
internal static class Pagination
{
    /// <summary>Column shares of a grid without its own: equal columns.</summary>
    public static IReadOnlyList<double> EqualShares(int columns) => [.. Enumerable.Repeat(1.0 / columns, columns)];

    public static IReadOnlyList<Page> Paginate(DocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var pages = new List<Page>();
        var current = new List<PageItem>();
        var used = 0.0;

        void NewPage()
        {
            pages.Add(new Page([.. current]));
            current = [];
            used = 0;
        }

        void Place(PageItem item)
        {
            if (used + item.HeightPt > PageGeometry.ContentBudgetPt && current.Count > 0) NewPage();
            current.Add(item);
            used += item.HeightPt;
        }

        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case Line line:
                    foreach (var text in Wrap(line)) Place(new PagedLine(line.Style, text));
                    break;
                case Grid grid:
                    var columnShares = grid.Shares ?? EqualShares(grid.Header.Count);
                    var header = Row(grid.Header, columnShares, header: true);
                    var rows = new List<PagedRow>();
                    foreach (var row in grid.Rows.Select(r => Row(r, columnShares, header: false)))
                    {
                        // The table continues on the next page under a repeated header when the row does not fit.
                        var height = header.HeightPt + rows.Sum(r => r.HeightPt) + row.HeightPt;
                        if (used + height > PageGeometry.ContentBudgetPt && (rows.Count > 0 || current.Count > 0))
                        {
                            if (rows.Count > 0) current.Add(new PagedTable(columnShares, [header, .. rows]));
                            NewPage();
                            rows = [];
                        }
                        rows.Add(row);
                    }
                    Place(new PagedTable(columnShares, [header, .. rows]));
                    break;
                default:
                    throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }
        if (current.Count > 0 || pages.Count == 0) NewPage();
        return pages;
    }

    private static PagedRow Row(IReadOnlyList<string> cells, IReadOnlyList<double> shares, bool header) =>
        new([.. cells.Select((text, i) => Wrap(text, PageGeometry.GridEms(shares[i]), indent: false))], header);

    /// <summary>A line's printed lines: body paragraphs start with a two-character indent (written as two ideographic spaces).</summary>
    public static IReadOnlyList<string> Wrap(Line line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Wrap(line.Text, PageGeometry.Of(line.Style).Ems, indent: line.Style == LineStyle.Body);
    }

    /// <summary>Greedy wrapping by character width; closing punctuation hangs on the line it ends.</summary>
    public static IReadOnlyList<string> Wrap(string text, double ems, bool indent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var line = new StringBuilder(indent ? "\u3000\u3000" : "");
        var width = indent ? 2.0 : 0.0;
        foreach (var c in text)
        {
            var w = PageGeometry.Width(c);
            if (width + w > ems && line.Length > 0 && !PageGeometry.Hangs(c))
            {
                lines.Add(line.ToString());
                line.Clear();
                width = 0;
            }
            line.Append(c);
            width += w;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }
}
