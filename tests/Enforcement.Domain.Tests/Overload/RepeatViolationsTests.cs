using Enforcement.Domain.Overload;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>《公路安全保护条例》第六十六条: more than 3 violations within a year.</summary>
public sealed class RepeatViolationsTests
{
    private static readonly DateOnly AsOf = new(2026, 5, 20);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void ThreeViolationsInTheYear_AreNotFlagged_TheFourthIs()
    {
        DateOnly[] three = [D(2025, 6, 1), D(2025, 12, 1), D(2026, 5, 20)];

        Assert.False(RepeatViolations.Check(three, AsOf).Flagged);
        var four = RepeatViolations.Check([.. three, D(2026, 3, 3)], AsOf);
        Assert.True(four.Flagged);
        Assert.Equal(4, four.Count);
    }

    [Fact]
    public void YearRunsFromTheSameDayTwelveMonthsEarlier_ThroughTheDate()
    {
        DateOnly[] dates = [D(2025, 5, 19), D(2025, 5, 20), D(2025, 9, 1), D(2026, 1, 1), D(2026, 5, 21)];

        var flag = RepeatViolations.Check(dates, AsOf);

        Assert.Equal(D(2025, 5, 20), flag.From);
        Assert.Equal(3, flag.Count);
        Assert.False(flag.Flagged);
    }
}
