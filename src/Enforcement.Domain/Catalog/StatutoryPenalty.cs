using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Catalog;

/// <summary>Penalty types of 《行政处罚法》(2021) Art 9 that transport agencies impose (行政拘留 is police-only).</summary>
[Flags]
public enum PenaltyKinds
{
    None = 0,
    /// <summary>警告</summary>
    Warning = 1,
    /// <summary>通报批评</summary>
    Criticism = 2,
    /// <summary>罚款</summary>
    Fine = 4,
    /// <summary>没收违法所得</summary>
    ConfiscateIncome = 8,
    /// <summary>没收非法财物</summary>
    ConfiscateProperty = 16,
    /// <summary>暂扣许可证件</summary>
    SuspendLicence = 32,
    /// <summary>降低资质等级</summary>
    LowerQualification = 64,
    /// <summary>吊销许可证件</summary>
    RevokeLicence = 128,
    /// <summary>限制开展生产经营活动</summary>
    RestrictBusiness = 256,
    /// <summary>责令停产停业</summary>
    OrderSuspension = 512,
    /// <summary>责令关闭</summary>
    OrderClosure = 1024,
    /// <summary>限制从业</summary>
    RestrictPractice = 2048,
}

/// <summary>When a fine clause of a statute applies.</summary>
public enum FineCondition
{
    /// <summary>Always (the only clause, or the default one).</summary>
    Always,
    /// <summary>Illegal income above the threshold (e.g. 违法所得超过1万元).</summary>
    IncomeAbove,
    /// <summary>No illegal income, or income at most the threshold (没有违法所得或者违法所得不足…).</summary>
    IncomeAtMostOrNone,
    /// <summary>情节严重.</summary>
    Serious,
}

/// <summary>How a clause states the fine.</summary>
public enum FineBasis
{
    /// <summary>No fine in this clause.</summary>
    None,
    /// <summary>A fixed amount (MinFen = MaxFen).</summary>
    Fixed,
    /// <summary>From MinFen to MaxFen.</summary>
    Range,
    /// <summary>Only a maximum (…以下罚款): MinFen = 0.</summary>
    UpTo,
    /// <summary>MinMultiple to MaxMultiple times the illegal income.</summary>
    IncomeMultiple,
    /// <summary>PerTonneFen for each tonne over the limit, capped at CapFen (62号令 Art 43).</summary>
    PerTonne,
}

/// <summary>One clause of a statutory fine, e.g. "违法所得超过1万元的，处违法所得1倍以上5倍以下的罚款".</summary>
public sealed record FineClause(
    FineCondition Condition,
    FineBasis Basis,
    long MinFen = 0,
    long MaxFen = 0,
    decimal MinMultiple = 0,
    decimal MaxMultiple = 0,
    long? IncomeThresholdFen = null,
    long PerTonneFen = 0,
    long CapFen = 0);

/// <summary>What the statute allows for one violation: the penalty kinds, the fine clauses in order, and any order (责令…).</summary>
public sealed record StatutoryPenalty(PenaltyKinds Kinds, IReadOnlyList<FineClause> Fines, string? Orders);

/// <summary>
/// An enforcement item (执法事项, a line of the 权责清单): one violation with the provision it breaks, the provision
/// that punishes it and the statutory penalty. Items are versioned by effective date: a revision of the law retires
/// or replaces items from its date, and the law in force at the act applies unless the new one is lighter
/// (《行政处罚法》 Art 37, 从旧兼从轻).
/// </summary>
public sealed class EnforcementItem
{
    public int Id { get; set; }

    /// <summary>Item code, stable across versions of the same item (power-list code where one exists).</summary>
    public required string Code { get; set; }

    public int Version { get; set; } = 1;
    public required string Name { get; set; }
    public EnforcementCategory Category { get; set; }

    /// <summary>违反条款, e.g. 《道路运输条例》(2023) 第二十四条.</summary>
    public required string ProvisionViolated { get; set; }

    /// <summary>处罚依据, e.g. 《道路运输条例》(2023) 第六十三条第一项.</summary>
    public required string PenaltyProvision { get; set; }

    public required StatutoryPenalty Penalty { get; set; }
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Last day in force (inclusive); null while in force.</summary>
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>The law text and version the item comes from.</summary>
    public required string Source { get; set; }

    public string? Note { get; set; }

    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
