using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Common;
using Enforcement.Web.Features.Documents;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Web.Tests.Documents;

/// <summary>Documents:Numbering: the default from the agency's short name, overridden per agency and per series.</summary>
public sealed class NumberPatternsTests
{
    private static IConfiguration Numbering(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("Documents:Numbering:" + s.Key, (string?)s.Value)))
            .Build().GetSection("Documents:Numbering");

    private static string Number(IConfiguration numbering, NumberSeries series, string agency = "gonghe-dot")
    {
        var pattern = NumberPatterns.Resolve(numbering, agency, "共", series);
        Assert.True(pattern.IsOk, pattern.Refusal?.Message);
        return pattern.Value!.Format(2026, 7);
    }

    [Fact]
    public void WithoutConfiguration_TheShortNameOfTheDivisionGivesThePrefix()
    {
        Assert.Equal("共交执罚〔2026〕7号", Number(Numbering(), NumberSeries.PenaltyDecision));
        Assert.Equal("共交执案〔2026〕7号", Number(Numbering(), NumberSeries.Case));
    }

    [Fact]
    public void AgencyShortName_AgencyTemplate_SeriesPrefix_AndSeriesTemplate_EachOverride()
    {
        var numbering = Numbering(
            ("Template", "{prefix}〔{year}〕{seq:2}号"),
            ("Agencies:gonghe-dot:ShortName", "共和"),
            ("Agencies:gonghe-dot:decision:Prefix", "共交罚字"),
            ("Agencies:gonghe-dot:notice:Template", "{prefix}告〔{year}〕第{seq}号"),
            ("Agencies:guide-dot:Template", "贵德交执〔{year}〕{seq:3}号"));

        Assert.Equal("共交罚字〔2026〕07号", Number(numbering, NumberSeries.PenaltyDecision));
        Assert.Equal("共和交执告告〔2026〕第7号", Number(numbering, NumberSeries.ViolationNotice));
        Assert.Equal("共和交执案〔2026〕07号", Number(numbering, NumberSeries.Case));
        Assert.Equal("贵德交执〔2026〕007号", Number(numbering, NumberSeries.PenaltyDecision, "guide-dot"));
    }

    [Fact]
    public void BrokenConfiguration_IsA409NamingTheAgencyAndTheSetting()
    {
        var pattern = NumberPatterns.Resolve(Numbering(("Agencies:gonghe-dot:Template", "{prefix}{seq}")), "gonghe-dot", "共", NumberSeries.Reminder);

        Assert.False(pattern.IsOk);
        Assert.Equal(RefusalKind.Conflict, pattern.Refusal!.Kind);
        Assert.Contains("gonghe-dot", pattern.Refusal.Message, StringComparison.Ordinal);
        Assert.Contains("{year}", pattern.Refusal.Message, StringComparison.Ordinal);
    }
}
