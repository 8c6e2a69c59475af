using Enforcement.Domain.Cases.Documents;
using Enforcement.Web.Features.Documents.Rendering;
using Enforcement.Web.Features.Documents.Templates;

namespace Enforcement.Web.Tests.Documents;

/// <summary>The case file's layout: lines wrapped within the type area, pages within their budget, tables split under a repeated header.</summary>
public sealed class PaginationTests
{
    private static double Ems(string text) => text.Sum(PageGeometry.Width);

    [Fact]
    public void BodyParagraph_IsIndentedTwoCharacters_AndNoLineIsWiderThanTheTypeArea()
    {
        var text = string.Concat(Enumerable.Repeat("当事人未取得道路运输经营许可擅自从事道路普通货物运输经营，", 6)) + "ABCDEFGHIJ1234567890abcdefghij";

        var lines = Pagination.Wrap(new Line(LineStyle.Body, text));

        Assert.StartsWith("\u3000\u3000", lines[0], StringComparison.Ordinal);
        Assert.Equal(text, string.Concat(lines).Replace("\u3000\u3000", "", StringComparison.Ordinal));
        // A closing mark may hang one character past the budget, never further, and the type area holds 27.6.
        Assert.All(lines, l => Assert.True(Ems(l) <= PageGeometry.Of(LineStyle.Body).Ems + 1 && Ems(l) < PageGeometry.ContentWidthPt / 16, $"{l}: {Ems(l)}"));
        Assert.All(lines.Skip(1), l => Assert.False(PageGeometry.Hangs(l[0]), $"line starts with closing punctuation: {l}"));
    }

    [Fact]
    public void ThirtyLines_TakeTwoPages_OfTwentyTwoAndEight()
    {
        var builder = new DocumentBuilder("共和县交通运输局", "测试");
        for (var i = 0; i < 30; i++) builder.Field("第" + i, "一");
        var layout = new DocumentLayout("测试", builder.Build().Blocks.Skip(2).ToList());

        var pages = Pagination.Paginate(layout);

        Assert.Equal([22, 8], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.True(p.Items.Sum(i => i.HeightPt) <= PageGeometry.ContentBudgetPt));
    }

    [Fact]
    public void LongTable_ContinuesOnTheNextPage_UnderItsHeader()
    {
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), "立案登记表"]).ToList();
        var layout = new DocumentLayout("目录", [new Line(LineStyle.Title, "卷内目录"), new Grid(["序号", "题名"], rows)]);

        var pages = Pagination.Paginate(layout);

        Assert.True(pages.Count >= 2);
        var tables = pages.Select(p => p.Items.OfType<PagedTable>().Single()).ToList();
        Assert.All(tables, t => Assert.True(t.Rows[0].Header));
        Assert.Equal(60, tables.Sum(t => t.Rows.Count(r => !r.Header)));
        Assert.All(pages, p => Assert.True(p.Items.Sum(i => i.HeightPt) <= PageGeometry.ContentBudgetPt));
    }

    public static TheoryData<DocumentKind> Kinds() => [.. DocumentRules.All.Select(r => r.Kind)];

    [Theory, MemberData(nameof(Kinds))]
    public void FiledDocx_ReadsBackToTheBlocksItWasMadeFrom(DocumentKind kind)
    {
        var layout = DocumentTemplates.Build(TemplateRenderingTests.Data(kind));

        var read = DocxBlocks.Read(DocxRenderer.Render(layout), layout.Title);

        Assert.Equal(layout.Blocks.Count, read.Blocks.Count);
        for (var i = 0; i < layout.Blocks.Count; i++)
        {
            switch (layout.Blocks[i])
            {
                case Line line:
                    Assert.Equal(line, read.Blocks[i]);
                    break;
                case Grid grid:
                    var back = Assert.IsType<Grid>(read.Blocks[i]);
                    Assert.Equal(grid.Header, back.Header);
                    Assert.Equal(grid.Rows.SelectMany(r => r), back.Rows.SelectMany(r => r));
                    break;
            }
        }
    }
}
