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

/// <summary>Chinese names of penalty kinds for the trace.</summary>
internal static class PenaltyKindText
{
    private static readonly (PenaltyKinds Kind, string Name)[] Names =
    [
        (PenaltyKinds.Warning, "警告"),
        (PenaltyKinds.Criticism, "通报批评"),
        (PenaltyKinds.Fine, "罚款"),
        (PenaltyKinds.ConfiscateIncome, "没收违法所得"),
        (PenaltyKinds.ConfiscateProperty, "没收非法财物"),
        (PenaltyKinds.SuspendLicence, "暂扣许可证件"),
        (PenaltyKinds.LowerQualification, "降低资质等级"),
        (PenaltyKinds.RevokeLicence, "吊销许可证件"),
        (PenaltyKinds.RestrictBusiness, "限制开展生产经营活动"),
        (PenaltyKinds.OrderSuspension, "责令停产停业"),
        (PenaltyKinds.OrderClosure, "责令关闭"),
        (PenaltyKinds.RestrictPractice, "限制从业"),
    ];

    public static string Describe(PenaltyKinds kinds) => kinds == PenaltyKinds.None
        ? "无"
        : string.Join("、", Names.Where(n => kinds.HasFlag(n.Kind)).Select(n => n.Name));
}
