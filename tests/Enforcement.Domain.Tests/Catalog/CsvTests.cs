using Enforcement.Domain.Common;

namespace Enforcement.Domain.Tests.Catalog;

public sealed class CsvTests
{
    private static IReadOnlyList<CsvRecord> Read(string text) => Csv.Read(new StringReader(text));

    [Fact]
    public void RecordsEndWithCrLfLfOrCr_AndTheLastNeedsNoNewline()
    {
        var records = Read("a,b\r\nc,d\ne,f\rg,h");

        Assert.Equal([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]], records.Select(r => r.Fields.ToArray()));
        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void QuotedFields_KeepCommasDoubledQuotesAndLineBreaks_AndLinesCountFromTheRecordStart()
    {
        var records = Read("\"a,1\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\nlast,\"\"\n");

        Assert.Equal(["a,1", "say \"hi\""], records[0].Fields);
        Assert.Equal(["multi\nline", "x"], records[1].Fields);
        Assert.Equal(["last", ""], records[2].Fields);
        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void EmptyFieldsAndBlankLines()
    {
        var records = Read("\uFEFF,,\n\n\na,\n");

        Assert.Equal(["", "", ""], records[0].Fields);
        Assert.Equal(["a", ""], records[1].Fields);
        Assert.Equal(4, records[1].Line);
    }

    [Fact]
    public void MalformedQuotes_AreReported()
    {
        var records = Read("\"ab\"c,d\nok\n\"never closed,\nmore");

        Assert.NotNull(records[0].Error);
        Assert.Equal(["ab", "d"], records[0].Fields);
        Assert.Null(records[1].Error);
        Assert.Contains("引号没有闭合", records[2].Error, StringComparison.Ordinal);
        Assert.Equal(3, records[2].Line);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData(" edge", "\" edge\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Quote_QuotesOnlyWhenNeeded(string field, string written)
    {
        Assert.Equal(written, Csv.Quote(field));
        Assert.Equal([field, "end"], Read(written + ",end\n").Single().Fields);
    }
}
