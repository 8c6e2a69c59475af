using Enforcement.Domain.Catalog;

namespace Enforcement.Domain.Tests.Catalog;

public sealed class PenaltyNotationTests
{
    private static IReadOnlyList<FineClause> Parse(string text)
    {
        var result = PenaltyNotation.Parse(text);
        Assert.True(result.IsOk, result.Refusal?.Message);
        return result.Value!;
    }

    [Fact]
    public void RoadTransport2023Art63Item1_ParsesToThreeClausesInFen()
    {
        var clauses = Parse("income>10000: multiple 1-5; income<=10000: range 3000-10000; serious: range 10000-50000");

        Assert.Equal(
        [
            new FineClause(FineCondition.IncomeAbove, FineBasis.IncomeMultiple, MinMultiple: 1, MaxMultiple: 5, IncomeThresholdFen: 1_000_000),
            new FineClause(FineCondition.IncomeAtMostOrNone, FineBasis.Range, MinFen: 300_000, MaxFen: 1_000_000, IncomeThresholdFen: 1_000_000),
            new FineClause(FineCondition.Serious, FineBasis.Range, MinFen: 1_000_000, MaxFen: 5_000_000),
        ], clauses);
        Assert.Equal("income>10000: multiple 1-5; income<=10000: range 3000-10000; serious: range 10000-50000",
            PenaltyNotation.Format(clauses));
    }

    [Theory]
    [InlineData("fixed 3000", FineBasis.Fixed, 300_000, 300_000)]
    [InlineData("upto 5000", FineBasis.UpTo, 0, 500_000)]
    [InlineData("range 20-200", FineBasis.Range, 2_000, 20_000)]
    [InlineData("range 0.5-1.25", FineBasis.Range, 50, 125)]
    [InlineData("none", FineBasis.None, 0, 0)]
    public void AmountForms_AreReadInYuanAndStoredInFen(string text, FineBasis basis, long minFen, long maxFen)
    {
        var clause = Assert.Single(Parse(text));

        Assert.Equal(new FineClause(FineCondition.Always, basis, MinFen: minFen, MaxFen: maxFen), clause);
    }

    [Fact]
    public void PerTonne_KeepsRateAndCap()
    {
        var clause = Assert.Single(Parse("per-tonne 500 cap 30000"));

        Assert.Equal(new FineClause(FineCondition.Always, FineBasis.PerTonne, PerTonneFen: 50_000, CapFen: 3_000_000), clause);
        Assert.Equal("per-tonne 500 cap 30000", PenaltyNotation.Format([clause]));
    }

    [Fact]
    public void DecimalMultiples_AreKeptExactly()
    {
        var clause = Assert.Single(Parse("multiple 0.5-2.25"));

        Assert.Equal(0.5m, clause.MinMultiple);
        Assert.Equal(2.25m, clause.MaxMultiple);
        Assert.Equal("multiple 0.5-2.25", PenaltyNotation.Format([clause]));
    }

    [Fact]
    public void BlankText_IsNoClause()
    {
        Assert.Empty(Parse(""));
        Assert.Empty(Parse("   "));
        Assert.Empty(PenaltyNotation.Parse(null).Unwrap());
        Assert.Equal("", PenaltyNotation.Format([]));
    }

    [Fact]
    public void Spacing_Case_FullWidthPunctuation_AndEmptyClauses_AreTolerated()
    {
        var canonical = Parse("income>20000: multiple 2-10; income<=20000: range 30000-100000");

        Assert.Equal(canonical, Parse("  INCOME > 20000 :MULTIPLE 2 - 10 ;income<=20000:range 30000-100000;"));
        Assert.Equal(canonical, Parse("income＞20000：multiple 2-10；income＜＝20000：range 30000-100000"));
    }

    [Fact]
    public void FractionalYuan_IsFormattedWithTwoDecimals()
    {
        var clauses = Parse("income>999.5: multiple 1-2; income<=999.5: fixed 0.01");

        Assert.Equal("income>999.50: multiple 1-2; income<=999.50: fixed 0.01", PenaltyNotation.Format(clauses));
    }

    [Theory]
    [InlineData("range 5000-3000", "fines.range-order", "range 5000-3000")]
    [InlineData("multiple 5-1", "fines.multiple-order", "multiple 5-1")]
    [InlineData("fixed -100", "fines.negative", "fixed -100")]
    [InlineData("upto -1", "fines.negative", "upto -1")]
    [InlineData("range -100-200", "fines.negative", "range -100-200")]
    [InlineData("range 100--200", "fines.negative", "range 100--200")]
    [InlineData("multiple -1-5", "fines.negative", "multiple -1-5")]
    [InlineData("per-tonne -500 cap 30000", "fines.negative", "per-tonne -500 cap 30000")]
    [InlineData("income>-1: fixed 5", "fines.negative", "income>-1: fixed 5")]
    [InlineData("income: fixed 100", "fines.threshold-missing", "income: fixed 100")]
    [InlineData("income>: multiple 1-5", "fines.threshold-missing", "income>: multiple 1-5")]
    [InlineData("income<=: range 1-2", "fines.threshold-missing", "income<=: range 1-2")]
    [InlineData("income>=100: fixed 5", "fines.condition", "income>=100: fixed 5")]
    [InlineData("income<100: fixed 5", "fines.condition", "income<100: fixed 5")]
    [InlineData("minor: fixed 5", "fines.condition", "minor: fixed 5")]
    [InlineData(": fixed 5", "fines.condition", ": fixed 5")]
    [InlineData("fine 100", "fines.syntax", "fine 100")]
    [InlineData("serious:", "fines.syntax", "serious:")]
    [InlineData("range 100", "fines.syntax", "range 100")]
    [InlineData("per-tonne 500", "fines.syntax", "per-tonne 500")]
    [InlineData("none 100", "fines.syntax", "none 100")]
    [InlineData("fixed", "fines.amount", "fixed")]
    [InlineData("fixed 1,000", "fines.amount", "fixed 1,000")]
    [InlineData("fixed 10.005", "fines.amount", "fixed 10.005")]
    [InlineData("upto 1e5", "fines.amount", "upto 1e5")]
    [InlineData("multiple 1-x", "fines.amount", "multiple 1-x")]
    public void MalformedClause_IsRefused_NamingTheClause(string text, string code, string clause)
    {
        var result = PenaltyNotation.Parse(text);

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Equal("fines", result.Refusal.Field);
        Assert.Contains($"“{clause}”", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusalNamesTheNumberOfTheBadClause()
    {
        var result = PenaltyNotation.Parse("income>10000: multiple 1-5; income<=10000: range 10000-3000");

        Assert.Equal("fines.range-order", result.Refusal!.Code);
        Assert.StartsWith("罚款写法第2条“income<=10000: range 10000-3000”：", result.Refusal.Message, StringComparison.Ordinal);
        Assert.Contains("下限10000元大于上限3000元", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fixed 100; upto 200")]
    [InlineData("serious: fixed 100; serious: upto 200")]
    [InlineData("income>100: multiple 1-2; income>200: multiple 2-3")]
    public void SecondClauseForTheSameCondition_IsRefused(string text)
    {
        var result = PenaltyNotation.Parse(text);

        Assert.Equal("fines.duplicate-condition", result.Refusal!.Code);
        Assert.Contains("第2条", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncomeConditionsWithDifferentThresholds_AreRefused()
    {
        var result = PenaltyNotation.Parse("income>10000: multiple 1-5; income<=20000: range 3000-10000");

        Assert.Equal("fines.threshold-mismatch", result.Refusal!.Code);
    }

    [Fact]
    public void Format_RefusesClausesTheNotationCannotCarry()
    {
        Assert.Throws<ArgumentException>(() => PenaltyNotation.Format([new FineClause(FineCondition.Always, FineBasis.Fixed, MinFen: 100, MaxFen: 200)]));
        Assert.Throws<ArgumentException>(() => PenaltyNotation.Format([new FineClause(FineCondition.Always, FineBasis.Range, MinFen: 300, MaxFen: 200)]));
        Assert.Throws<ArgumentException>(() => PenaltyNotation.Format([new FineClause(FineCondition.IncomeAbove, FineBasis.IncomeMultiple, MinMultiple: 1, MaxMultiple: 2)]));
        Assert.Throws<ArgumentException>(() => PenaltyNotation.Format([new FineClause(FineCondition.Always, FineBasis.UpTo, MaxFen: 100, IncomeThresholdFen: 5)]));
        Assert.Throws<ArgumentException>(() => PenaltyNotation.Format([new FineClause(FineCondition.Always, FineBasis.None), new FineClause(FineCondition.Always, FineBasis.None)]));
    }
}
