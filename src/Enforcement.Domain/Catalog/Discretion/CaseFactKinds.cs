namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>The yes/no facts of <see cref="CaseFacts"/> that predicates can test.</summary>
public enum CaseFact
{
    FirstOffence,
    CorrectedInTime,
    ViolationMinor,
    DetectedNonSite,
    NoFaultProven,
    ActivelyReducedHarm,
    Coerced,
    VoluntarilyConfessed,
    MeritoriousService,
}

/// <summary>The numeric facts of <see cref="CaseFacts"/> that predicates can test.</summary>
public enum CaseQuantity
{
    /// <summary>违法所得 in fen; none counts as 0.</summary>
    IllegalIncomeFen,
    OverLimitKg,
    GrossMassKg,
    DurationDays,
    VehiclesInvolved,
    RepeatsIn12Months,
    PartyAgeYears,
}

internal static class CaseFactNames
{
    public static bool Value(this CaseFacts facts, CaseFact fact) => fact switch
    {
        CaseFact.FirstOffence => facts.FirstOffence,
        CaseFact.CorrectedInTime => facts.CorrectedInTime,
        CaseFact.ViolationMinor => facts.ViolationMinor,
        CaseFact.DetectedNonSite => facts.DetectedNonSite,
        CaseFact.NoFaultProven => facts.NoFaultProven,
        CaseFact.ActivelyReducedHarm => facts.ActivelyReducedHarm,
        CaseFact.Coerced => facts.Coerced,
        CaseFact.VoluntarilyConfessed => facts.VoluntarilyConfessed,
        CaseFact.MeritoriousService => facts.MeritoriousService,
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "Unknown case fact."),
    };

    /// <summary>The quantity, or null if it was not established (income: none counts as 0).</summary>
    public static long? Value(this CaseFacts facts, CaseQuantity quantity) => quantity switch
    {
        CaseQuantity.IllegalIncomeFen => facts.IllegalIncomeFen ?? 0,
        CaseQuantity.OverLimitKg => facts.OverLimitKg,
        CaseQuantity.GrossMassKg => facts.GrossMassKg,
        CaseQuantity.DurationDays => facts.DurationDays,
        CaseQuantity.VehiclesInvolved => facts.VehiclesInvolved,
        CaseQuantity.RepeatsIn12Months => facts.RepeatsIn12Months,
        CaseQuantity.PartyAgeYears => facts.PartyAgeYears,
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Unknown case quantity."),
    };

    public static string Name(CaseFact fact) => fact switch
    {
        CaseFact.FirstOffence => "初次违法",
        CaseFact.CorrectedInTime => "及时改正",
        CaseFact.ViolationMinor => "违法行为轻微",
        CaseFact.DetectedNonSite => "非现场执法查处",
        CaseFact.NoFaultProven => "有证据足以证明没有主观过错",
        CaseFact.ActivelyReducedHarm => "主动消除或者减轻违法行为危害后果",
        CaseFact.Coerced => "受他人胁迫或者诱骗实施违法行为",
        CaseFact.VoluntarilyConfessed => "主动供述行政机关尚未掌握的违法行为",
        CaseFact.MeritoriousService => "配合行政机关查处违法行为有立功表现",
        _ => fact.ToString(),
    };

    public static string Name(CaseQuantity quantity) => quantity switch
    {
        CaseQuantity.IllegalIncomeFen => "违法所得",
        CaseQuantity.OverLimitKg => "超限质量",
        CaseQuantity.GrossMassKg => "车货总质量",
        CaseQuantity.DurationDays => "违法持续时间",
        CaseQuantity.VehiclesInvolved => "涉及车辆",
        CaseQuantity.RepeatsIn12Months => "12个月内此前同类违法",
        CaseQuantity.PartyAgeYears => "当事人年龄",
        _ => quantity.ToString(),
    };

    public static string Format(CaseQuantity quantity, long value) => quantity switch
    {
        CaseQuantity.IllegalIncomeFen => TraceText.Yuan(value),
        CaseQuantity.OverLimitKg or CaseQuantity.GrossMassKg => TraceText.Number(value) + "千克",
        CaseQuantity.DurationDays => TraceText.Number(value) + "日",
        CaseQuantity.VehiclesInvolved => TraceText.Number(value) + "辆",
        CaseQuantity.RepeatsIn12Months => TraceText.Number(value) + "次",
        CaseQuantity.PartyAgeYears => TraceText.Number(value) + "周岁",
        _ => TraceText.Number(value),
    };

    public static string Name(HarmLevel harm) => harm switch
    {
        HarmLevel.None => "没有造成危害后果",
        HarmLevel.Minor => "危害后果轻微",
        HarmLevel.Serious => "造成严重后果",
        _ => harm.ToString(),
    };
}
