using CsCheck;
using Enforcement.Domain.Cases.Documents;

namespace Enforcement.Domain.Tests.Cases.Documents;

public class DocumentNumberPatternTests
{
    private static DocumentNumberPattern Pattern(string template = DocumentNumberPattern.DefaultTemplate, string prefix = "共交执罚")
    {
        var result = DocumentNumberPattern.Create(template, prefix);
        Assert.True(result.IsOk, result.Refusal?.Message);
        return result.Value!;
    }

    [Fact]
    public void DefaultTemplate_WritesTheUsualNumber()
    {
        Assert.Equal("共交执罚〔2026〕12号", Pattern().Format(2026, 12));
        Assert.Equal("共交执罚〔YYYY〕N号", Pattern().Example);
    }

    [Theory]
    [InlineData("{prefix}〔{year}〕{seq:3}号", "共交执罚〔2026〕007号")]
    [InlineData("{prefix}字〔{year}〕第{seq}号", "共交执罚字〔2026〕第7号")]
    [InlineData("青交执罚〔{year}〕{seq:4}号", "青交执罚〔2026〕0007号")]
    [InlineData("{prefix}-{year}-{seq:5}", "共交执罚-2026-00007")]
    public void Template_PlaceholdersAndPadding(string template, string expected)
    {
        Assert.Equal(expected, Pattern(template).Format(2026, 7));
    }

    [Fact]
    public void Padding_IsAMinimum_NotATruncation()
    {
        Assert.Equal("共交执罚〔2026〕1234号", Pattern("{prefix}〔{year}〕{seq:3}号").Format(2026, 1234));
    }

    [Theory]
    [InlineData(null, "template", "不能为空")]
    [InlineData("{prefix}〔2026〕{seq}号", "template", "{year}")]
    [InlineData("{prefix}〔{year}〕号", "template", "{seq}")]
    [InlineData("{prefix}〔{year}〕{seq}{seq}号", "template", "{seq}")]
    [InlineData("{prefix}〔{year}〕{year}{seq}号", "template", "{year}")]
    [InlineData("{prefix}〔{year}〕{number}号", "template", "{number}")]
    [InlineData("{prefix}〔{year:2}〕{seq}号", "template", "{year:2}")]
    [InlineData("{prefix}〔{year}〕{seq:9}号", "template", "位数")]
    [InlineData("{prefix}〔{year}〕{seq}号}", "template", "花括号")]
    [InlineData("{prefix}{prefix}〔{year}〕{seq}号", "template", "{prefix}")]
    public void BadTemplate_IsRefused_NamingTheField(string? template, string field, string mentioned)
    {
        var result = DocumentNumberPattern.Create(template, "共交执罚");

        Assert.False(result.IsOk);
        Assert.Equal(field, result.Refusal!.Field);
        Assert.Contains(mentioned, result.Refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("共交 执罚", "空白")]
    [InlineData("共交执罚2", "数字")]
    [InlineData("共交〔执罚", "六角括号")]
    [InlineData("共交执罚共交执罚共交执罚共交执罚共", "16")]
    public void BadPrefix_IsRefused_NamingTheField(string prefix, string mentioned)
    {
        var result = DocumentNumberPattern.Create(DocumentNumberPattern.DefaultTemplate, prefix);

        Assert.False(result.IsOk);
        Assert.Equal("prefix", result.Refusal!.Field);
        Assert.Contains(mentioned, result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateWithoutPrefixPlaceholder_NeedsNoPrefix()
    {
        Assert.Equal("青交执罚〔2026〕3号", DocumentNumberPattern.Create("青交执罚〔{year}〕{seq}号", null).Value!.Format(2026, 3));
    }

    [Fact]
    public void NumberLongerThanTheColumn_IsRefused()
    {
        var result = DocumentNumberPattern.Create("{prefix}〔{year}〕{seq}号" + new string('号', 30), "共交执罚");

        Assert.False(result.IsOk);
        Assert.Equal("template", result.Refusal!.Field);
    }

    [Fact]
    public void DefaultPrefix_IsShortNameJiaoAndTheSeriesAbbreviation()
    {
        Assert.Equal("共交执罚", DocumentNumberPattern.DefaultPrefix("共", NumberSeries.PenaltyDecision));
        Assert.Equal("青交执告", DocumentNumberPattern.DefaultPrefix("青", NumberSeries.ViolationNotice));
        Assert.Equal("共交执案", DocumentNumberPattern.DefaultPrefix(" 共 ", NumberSeries.Case));
    }

    [Fact]
    public void EverySeries_HasADistinctCodeAndAbbreviation()
    {
        var series = Enum.GetValues<NumberSeries>();
        Assert.Equal(series.Length, series.Select(NumberSeriesCodes.Code).Distinct().Count());
        Assert.Equal(series.Length, series.Select(NumberSeriesCodes.Abbreviation).Distinct().Count());
    }

    [Fact]
    public void Parse_ReadsYearAndSequenceBack_AndRefusesAnotherPattern()
    {
        var pattern = Pattern("{prefix}〔{year}〕{seq:3}号");

        Assert.Equal((2026, 45L), pattern.Parse("共交执罚〔2026〕045号").Value);
        var other = pattern.Parse("贵交执罚〔2026〕045号");
        Assert.False(other.IsOk);
        Assert.Equal("number", other.Refusal!.Field);
        Assert.Contains("共交执罚〔YYYY〕N号", other.Refusal.Message, StringComparison.Ordinal);
        Assert.False(pattern.Parse("共交执罚〔2026〕45号").IsOk);
        Assert.False(pattern.Parse("共交执罚〔2026〕000号").IsOk);
    }

    [Fact]
    public void FormatThenParse_RoundTrips_AndDistinctSequencesGiveDistinctNumbers()
    {
        string[] choices = [DocumentNumberPattern.DefaultTemplate, "{prefix}〔{year}〕{seq:3}号", "{prefix}字〔{year}〕第{seq}号", "{prefix}-{year}-{seq:6}"];
        var templates = Gen.Int[0, choices.Length - 1].Select(i => choices[i]);
        Gen.Select(templates, Gen.Int[1990, 9999], Gen.Long[1, 99_999_999], Gen.Long[1, 99_999_999]).Sample((template, year, a, b) =>
        {
            var pattern = Pattern(template);
            Assert.Equal((year, a), pattern.Parse(pattern.Format(year, a)).Value);
            Assert.Equal(a == b, pattern.Format(year, a) == pattern.Format(year, b));
        });
    }
}
