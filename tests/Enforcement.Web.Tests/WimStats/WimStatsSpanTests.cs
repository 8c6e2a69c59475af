using Enforcement.Web.Features.WimStats;

namespace Enforcement.Web.Tests.WimStats;

/// <summary>How a range of days is split into whole months (monthly rollups) and partial-month days (daily rollups).</summary>
public sealed class WimStatsSpanTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Span_WithPartialMonthsAtBothEnds_ReadsTheWholeMonthsBetween_AndTheEdgeDays()
    {
        var span = WimStatsSpan.Of(D(2026, 1, 15), D(2026, 4, 10));

        Assert.Equal((D(2026, 2, 1), D(2026, 3, 1)), (span.FirstMonth, span.LastMonth));
        Assert.Equal((D(2026, 1, 15), D(2026, 1, 31)), (span.HeadFrom, span.HeadTo));
        Assert.Equal((D(2026, 4, 1), D(2026, 4, 10)), (span.TailFrom, span.TailTo));
    }

    [Fact]
    public void Span_OfExactlyWholeMonths_HasNoEdgeDays()
    {
        var span = WimStatsSpan.Of(D(2024, 1, 1), D(2024, 2, 29));

        Assert.Equal((D(2024, 1, 1), D(2024, 2, 1)), (span.FirstMonth, span.LastMonth));
        Assert.True(span.HeadFrom > span.HeadTo);
        Assert.True(span.TailFrom > span.TailTo);
    }

    [Fact]
    public void Span_CrossingOneMonthEdge_WithNoWholeMonth_ReadsEveryDayFromTheDailyRows()
    {
        var span = WimStatsSpan.Of(D(2026, 2, 20), D(2026, 3, 30));

        Assert.True(span.FirstMonth > span.LastMonth);
        Assert.Equal((D(2026, 2, 20), D(2026, 3, 30)), (span.HeadFrom, span.HeadTo));
        Assert.True(span.TailFrom > span.TailTo);
    }

    [Fact]
    public void Span_AtTheEndsOfTheCalendar_DoesNotOverflow()
    {
        Assert.True(WimStatsSpan.Of(D(9999, 12, 5), D(9999, 12, 31)).FirstMonth > WimStatsSpan.Of(D(9999, 12, 5), D(9999, 12, 31)).LastMonth);
        Assert.Equal(D(1, 1, 1), WimStatsSpan.Of(D(1, 1, 1), D(1, 1, 31)).FirstMonth);
        Assert.True(WimStatsSpan.Of(D(1, 1, 1), D(1, 1, 20)).FirstMonth > WimStatsSpan.Of(D(1, 1, 1), D(1, 1, 20)).LastMonth);
    }

    [Fact]
    public void Span_OfAnyRangeUpToAYear_CoversEachDayOnce_WithAtMost13MonthsAndAbout60EdgeDays()
    {
        var random = new Random(366);
        for (var i = 0; i < 2_000; i++)
        {
            var from = D(2023, 1, 1).AddDays(random.Next(0, 1_200));
            var to = from.AddDays(random.Next(0, 366));
            var span = WimStatsSpan.Of(from, to);

            var edgeDays = 0;
            for (var day = from.AddDays(-40); day <= to.AddDays(40); day = day.AddDays(1))
            {
                var month = new DateOnly(day.Year, day.Month, 1);
                var inMonths = month >= span.FirstMonth && month <= span.LastMonth;
                var inEdges = span.IsEdgeDay(day);
                var inRange = day >= from && day <= to;
                Assert.True(inRange ? inMonths ^ inEdges : !inMonths && !inEdges, $"{day} of {from}..{to}: months {inMonths}, edges {inEdges}");
                edgeDays += inEdges ? 1 : 0;
            }

            var months = span.FirstMonth > span.LastMonth ? 0 : ((span.LastMonth.Year - span.FirstMonth.Year) * 12) + span.LastMonth.Month - span.FirstMonth.Month + 1;
            Assert.InRange(months, 0, 13);
            Assert.InRange(edgeDays, 0, months == 0 ? 62 : 60);
        }
    }
}
