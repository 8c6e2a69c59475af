using System.Globalization;
using Enforcement.Domain.Catalog.Discretion;

namespace Enforcement.Domain.Overload;

/// <summary>The Chinese wording of trace steps, and the names of their values in the stored JSON.</summary>
internal static class DeterminationText
{
    public static string Describe(DeterminationStep s) => s.Kind switch
    {
        DeterminationStepKind.DeviceValid => $"称重设备在称重之日有效：检定证书{s.Detail}在有效期内，已通过法制和技术审核，已过公告期并开始执法",
        DeterminationStepKind.DeviceInvalid => s.Reason!.Message + "，记录予以保留但不得作为违法证据",
        DeterminationStepKind.RecordInvalid => s.Reason!.Message + "，记录不得作为违法证据",
        DeterminationStepKind.Configuration =>
            $"车型代码{s.Detail}：{Kg(s.A)}轴{BodyName((VehicleBodyType)s.B)}",
        DeterminationStepKind.LimitBase =>
            $"{Num(s.A)}轴{BodyName((VehicleBodyType)s.D)}{(s.Detail is null ? "" : "（" + s.Detail + "）")}车货总质量限值{Kg(s.B)}千克"
            + (s.Held == false ? "（未经核实的限值）" : ""),
        DeterminationStepKind.LimitAirSuspension =>
            $"驱动轴为双轮胎且装备空气悬架：限值增加{Kg(s.A)}千克，为{Kg(s.B)}千克",
        DeterminationStepKind.LimitArticulated37 =>
            $"四轴铰接列车驱动轴为双轮胎、装备空气悬架且半挂车轴距{Num(s.A)}毫米不小于1800毫米：限值为{Kg(s.B)}千克",
        DeterminationStepKind.LimitSingleDriveAxle =>
            $"六轴及六轴以上汽车列车，牵引车驱动轴为单轴：限值为{Kg(s.B)}千克",
        DeterminationStepKind.LimitSingleTyre =>
            $"{Num(s.A)}根非驱动轴为单轮胎：限值减少{Kg(s.B)}千克，为{Kg(s.C)}千克",
        DeterminationStepKind.LimitRegistered => s.Held == false
            ? $"二轴载货汽车行驶证核定总质量未知：暂按{Kg(s.B)}千克认定，立案前应核对行驶证"
            : $"二轴载货汽车不得超过行驶证核定总质量{Kg(s.A)}千克：限值为{Kg(s.B)}千克",
        DeterminationStepKind.LimitUnknown => s.Reason!.Message + "，不作认定",
        DeterminationStepKind.Tolerance => (ToleranceMode)s.A switch
        {
            ToleranceMode.None => "不扣除称重误差",
            ToleranceMode.FixedPercent => $"扣除称重误差：按实测总质量的{Percent(s.B)}{Minimum(s.C)}计{Kg(s.D)}千克",
            ToleranceMode.DeviceAccuracyClass =>
                $"扣除称重误差：按设备准确度等级{s.Detail}的最大允许误差{Percent(s.B)}{Minimum(s.C)}计{Kg(s.D)}千克",
            _ => "称重误差",
        },
        DeterminationStepKind.OverLimit => s.C <= 0
            ? $"实测车货总质量{Kg(s.A)}千克，未超过限值{Kg(s.B)}千克"
            : $"实测车货总质量{Kg(s.A)}千克，超过限值{Kg(s.B)}千克{Kg(s.C)}千克；扣除误差后超限{Kg(Math.Max(0, s.D))}千克"
              + (s.D <= 0 ? "，在误差范围内，不认定超限" : ""),
        DeterminationStepKind.OverLimitRate => $"超限率{Percent(s.A)}",
        DeterminationStepKind.Dimensions => (DimensionTier)s.D == DimensionTier.None
            ? $"外廓尺寸高{Metres(s.A)}、宽{Metres(s.B)}、长{Metres(s.C)}，未超过高4米、宽2.55米、长18.1米"
            : $"外廓尺寸高{Metres(s.A)}、宽{Metres(s.B)}、长{Metres(s.C)}，超限（{TierName((DimensionTier)s.D)}）",
        DeterminationStepKind.Mass => (MassVerdict)s.A switch
        {
            MassVerdict.NotOverLimit => "车货总质量不超限",
            MassVerdict.Warning => $"超限{Kg(s.B)}千克，未超过警告限度：予以警告",
            MassVerdict.Fine => $"超限{Kg(s.B)}千克，计{Num(s.C)}吨罚款{Yuan(s.D)}" + (s.Held == true ? "（已达最高罚款额）" : ""),
            _ => "车货总质量",
        },
        DeterminationStepKind.Reduction => s.Held == true
            ? $"“{s.Detail}”：按{Num(s.A)}%计，{Yuan(s.B)}减为{Yuan(s.C)}"
            : $"“{s.Detail}”不适用",
        DeterminationStepKind.CumulativeCap => s.Held == true
            ? $"多项违法累计罚款不超过{Yuan(s.B)}：已有罚款{Yuan(s.A)}，本项调整为{Yuan(s.C)}"
            : $"多项违法累计罚款不超过{Yuan(s.B)}：已有罚款{Yuan(s.A)}，本项{Yuan(s.C)}未超过",
        DeterminationStepKind.HundredTonKing => s.Held == true
            ? $"车货总质量{Kg(s.A)}千克，达到{Kg(s.B)}千克：标记为“百吨王”"
            : $"车货总质量未达到{Kg(s.B)}千克",
        DeterminationStepKind.Outcome => OutcomeText((OverloadOutcome)s.A, s.B),
        _ => s.Kind.ToString(),
    };

    /// <summary>JSON names of A–D per kind; null: not written.</summary>
    public static (string? A, string? B, string? C, string? D) ValueNames(DeterminationStepKind kind) => kind switch
    {
        DeterminationStepKind.RecordInvalid => ("value", null, null, null),
        DeterminationStepKind.Configuration => ("axles", "body", null, null),
        DeterminationStepKind.LimitBase => ("axles", "limitKg", null, "body"),
        DeterminationStepKind.LimitAirSuspension => ("bonusKg", "limitKg", null, null),
        DeterminationStepKind.LimitArticulated37 => ("axleSpacingMm", "limitKg", null, null),
        DeterminationStepKind.LimitSingleDriveAxle => (null, "limitKg", null, null),
        DeterminationStepKind.LimitSingleTyre => ("axles", "deductionKg", "limitKg", null),
        DeterminationStepKind.LimitRegistered => ("registeredKg", "limitKg", null, null),
        DeterminationStepKind.Tolerance => ("mode", "basisPoints", "minimumKg", "toleranceKg"),
        DeterminationStepKind.OverLimit => ("grossKg", "limitKg", "measuredOverKg", "effectiveOverKg"),
        DeterminationStepKind.OverLimitRate => ("basisPoints", null, null, null),
        DeterminationStepKind.Dimensions => ("heightMm", "widthMm", "lengthMm", "tier"),
        DeterminationStepKind.Mass => ("verdict", "kgFined", "tonnes", "massFineFen"),
        DeterminationStepKind.Reduction => ("percentPayable", "beforeFen", "afterFen", null),
        DeterminationStepKind.CumulativeCap => ("otherFinesFen", "capFen", "afterFen", null),
        DeterminationStepKind.HundredTonKing => ("grossKg", "thresholdKg", null, null),
        DeterminationStepKind.Outcome => ("outcome", "fineFen", null, null),
        _ => (null, null, null, null),
    };

    /// <summary>For values that hold an enum: its name, which the JSON stores instead of the number.</summary>
    public static string? EnumName(DeterminationStepKind kind, char slot, long value) => (kind, slot) switch
    {
        (DeterminationStepKind.Configuration, 'B') or (DeterminationStepKind.LimitBase, 'D') => ((VehicleBodyType)value).ToString(),
        (DeterminationStepKind.Tolerance, 'A') => ((ToleranceMode)value).ToString(),
        (DeterminationStepKind.Dimensions, 'D') => ((DimensionTier)value).ToString(),
        (DeterminationStepKind.Mass, 'A') => ((MassVerdict)value).ToString(),
        (DeterminationStepKind.Outcome, 'A') => ((OverloadOutcome)value).ToString(),
        _ => null,
    };

    public static string OutcomeName(OverloadOutcome outcome) => outcome switch
    {
        OverloadOutcome.NotOverLimit => "不超限",
        OverloadOutcome.WithinTolerance => "误差范围内",
        OverloadOutcome.Warning => "警告",
        OverloadOutcome.Fine => "罚款",
        OverloadOutcome.Invalid => "无效记录",
    };

    private static string OutcomeText(OverloadOutcome outcome, long fineFen) => outcome switch
    {
        OverloadOutcome.NotOverLimit => "认定结果：不超限",
        OverloadOutcome.WithinTolerance => "认定结果：超出限值但在称重误差范围内，不认定超限",
        OverloadOutcome.Warning => "认定结果：违法超限运输，予以警告（并进行教育）",
        OverloadOutcome.Fine => $"认定结果：违法超限运输，建议罚款{Yuan(fineFen)}",
        OverloadOutcome.Invalid => "认定结果：无效记录，不得转为违法线索",
    };

    public static string BodyName(VehicleBodyType body) => body switch
    {
        VehicleBodyType.RigidTruck => "载货汽车",
        VehicleBodyType.CentreAxleTrailerTrain => "中置轴挂车列车",
        VehicleBodyType.Articulated => "铰接列车",
        VehicleBodyType.FullTrailerTrain => "全挂汽车列车",
    };

    private static string TierName(DimensionTier tier) => tier switch
    {
        DimensionTier.Lower => "高4.2米、宽3米、长20米以内，可处200元以下罚款",
        DimensionTier.Middle => "高4.5米、宽3.75米、长28米以内，处200元以上1000元以下罚款",
        DimensionTier.Upper => "超过高4.5米、宽3.75米或长28米，处1000元以上3000元以下罚款",
        _ => "未超限",
    };

    private static string Minimum(long kg) => kg > 0 ? $"（不少于{Kg(kg)}千克）" : "";

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Kg(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Yuan(long fen) => TraceText.Yuan(fen);

    private static string Percent(long basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Metres(long mm) => (mm / 1000m).ToString("0.###", CultureInfo.InvariantCulture) + "米";
}
