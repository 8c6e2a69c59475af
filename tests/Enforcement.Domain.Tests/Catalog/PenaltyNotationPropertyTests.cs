using CsCheck;
using Enforcement.Domain.Catalog;

namespace Enforcement.Domain.Tests.Catalog;

public sealed class PenaltyNotationPropertyTests
{
    private static readonly Gen<long> Fen = Gen.Frequency(
        (3, Gen.Long[0, 100_000].Select(yuan => yuan * 100)),
        (1, Gen.Long[0, 100_000_000_000]));

    private static readonly Gen<decimal> Multiple = Gen.Int[0, 2_000].Select(hundredths => hundredths / 100m);

    private static readonly Gen<(long, long)> FenPair = Gen.Select(Fen, Fen, (a, b) => (Math.Min(a, b), Math.Max(a, b)));

    private static readonly Gen<(decimal, decimal)> MultiplePair =
        Gen.Select(Multiple, Multiple, (a, b) => (Math.Min(a, b), Math.Max(a, b)));

    /// <summary>An amount with condition Always and no threshold; the list generator sets both.</summary>
    private static readonly Gen<FineClause> Amount = Gen.OneOf(
        Gen.Const(new FineClause(FineCondition.Always, FineBasis.None)),
        Fen.Select(f => new FineClause(FineCondition.Always, FineBasis.Fixed, MinFen: f, MaxFen: f)),
        Fen.Select(f => new FineClause(FineCondition.Always, FineBasis.UpTo, MaxFen: f)),
        FenPair.Select(p => new FineClause(FineCondition.Always, FineBasis.Range, MinFen: p.Item1, MaxFen: p.Item2)),
        MultiplePair.Select(p => new FineClause(FineCondition.Always, FineBasis.IncomeMultiple, MinMultiple: p.Item1, MaxMultiple: p.Item2)),
        Gen.Select(Fen, Fen, (rate, cap) => new FineClause(FineCondition.Always, FineBasis.PerTonne, PerTonneFen: rate, CapFen: cap)));

    private static readonly FineCondition[] Conditions =
        [FineCondition.Always, FineCondition.IncomeAbove, FineCondition.IncomeAtMostOrNone, FineCondition.Serious];

    /// <summary>Valid lists: each condition at most once, in any order, income conditions sharing one threshold.</summary>
    private static readonly Gen<List<FineClause>> Clauses =
        Gen.Select(Gen.Int.Array[4], Gen.Bool.Array[4], Amount.Array[4], Fen)
            .Select((sortKeys, keep, amounts, threshold) => Conditions
                .Where((_, i) => keep[i])
                .Zip(sortKeys)
                .OrderBy(c => c.Second)
                .Select(c => c.First)
                .Select((condition, i) => amounts[i] with
                {
                    Condition = condition,
                    IncomeThresholdFen = condition is FineCondition.IncomeAbove or FineCondition.IncomeAtMostOrNone ? threshold : null,
                })
                .ToList());

    [Fact]
    public void Format_ThenParse_GivesBackTheSameClauses()
    {
        Clauses.Sample(clauses =>
        {
            var text = PenaltyNotation.Format(clauses);
            var back = PenaltyNotation.Parse(text);
            return back.IsOk && back.Value!.SequenceEqual(clauses);
        });
    }

    [Fact]
    public void Parse_ThenFormat_IsAFixedPoint()
    {
        Clauses.Sample(clauses =>
        {
            var text = PenaltyNotation.Format(clauses);
            return PenaltyNotation.Format(PenaltyNotation.Parse(text).Unwrap()) == text;
        });
    }

    [Fact]
    public void FullWidthAndExtraSpacing_ParseToTheSameClauses()
    {
        Clauses.Sample(clauses =>
        {
            var text = PenaltyNotation.Format(clauses);
            var sloppy = " " + text.Replace(";", " ；", StringComparison.Ordinal).Replace(":", " ：", StringComparison.Ordinal) + " ;";
            var back = PenaltyNotation.Parse(sloppy);
            return back.IsOk && back.Value!.SequenceEqual(clauses);
        });
    }
}
