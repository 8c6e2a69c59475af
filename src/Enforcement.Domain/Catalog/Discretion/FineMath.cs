using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Amount arithmetic of the engine; fractions of a fen are dropped (in the party's favour).</summary>
internal static class FineMath
{
    public static Money Percent(Money amount, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        return Money.FromFen(checked(amount.Fen * percent) / 100);
    }

    public static Money Times(Money amount, decimal multiple)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(multiple);
        return Money.FromFen(checked((long)decimal.Floor(amount.Fen * multiple)));
    }

    public static Money Midpoint(MoneyRange range) =>
        Money.FromFen(range.Min.Fen + ((range.Max.Fen - range.Min.Fen) / 2));

    public static Money RoundDown(Money amount, long stepFen) =>
        stepFen <= 1 ? amount : Money.FromFen(amount.Fen - (amount.Fen % stepFen));

    public static Money Clamp(Money amount, Money min, Money max) => Money.Max(min, Money.Min(amount, max));

    public static MoneyRange Clamp(MoneyRange range, Money min, Money max) =>
        new(Clamp(range.Min, min, max), Clamp(range.Max, min, max));
}

