using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>An amount range, both ends included.</summary>
public readonly record struct MoneyRange
{
    /// <exception cref="ArgumentException">If <paramref name="min"/> is above <paramref name="max"/>.</exception>
    public MoneyRange(Money min, Money max)
    {
        if (min > max)
        {
            throw new ArgumentException($"Range minimum {min} is above its maximum {max}.", nameof(min));
        }

        Min = min;
        Max = max;
    }

    public static MoneyRange Zero => new(Money.Zero, Money.Zero);

    public Money Min { get; }
    public Money Max { get; }

    public bool Contains(Money amount) => amount >= Min && amount <= Max;

    public static MoneyRange Yuan(decimal min, decimal max) => new(Money.FromYuan(min), Money.FromYuan(max));

    /// <summary>"3000元至5000元", or the one amount when both ends are equal.</summary>
    public override string ToString() =>
        Min == Max ? TraceText.Yuan(Min) : TraceText.Yuan(Min) + "至" + TraceText.Yuan(Max);
}
