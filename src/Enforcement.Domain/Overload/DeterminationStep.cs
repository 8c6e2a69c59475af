namespace Enforcement.Domain.Overload;

/// <summary>What a step of the determination trace records. Stable names: they are stored in the JSON trace.</summary>
public enum DeterminationStepKind
{
    /// <summary>Device valid on the capture date. Detail: certificate number.</summary>
    DeviceValid,
    /// <summary>Device not valid on the capture date. Reason.</summary>
    DeviceInvalid,
    /// <summary>The record cannot be used. Reason; A: the value checked where there is one (speed in 0.1 km/h, confidence in ‰).</summary>
    RecordInvalid,
    /// <summary>Configuration resolved. Detail: the code; A: axles; B: <see cref="VehicleBodyType"/>.</summary>
    Configuration,
    /// <summary>Table row. A: axles; B: limit kg. Detail: layout (unverified rows flagged by Held = false).</summary>
    LimitBase,
    /// <summary>Dual-tyre drive axle and air suspension. A: bonus kg; B: limit kg.</summary>
    LimitAirSuspension,
    /// <summary>4-axle articulated 37 t. A: axle spacing mm; B: limit kg.</summary>
    LimitArticulated37,
    /// <summary>6+ axles, single drive axle. B: limit kg.</summary>
    LimitSingleDriveAxle,
    /// <summary>Single tyres. A: axles; B: deduction kg; C: limit kg.</summary>
    LimitSingleTyre,
    /// <summary>2-axle 行驶证 cap. A: registered gross kg (0 if unknown); B: limit kg. Held: false if unknown.</summary>
    LimitRegistered,
    /// <summary>No limit could be found. Reason.</summary>
    LimitUnknown,
    /// <summary>Tolerance. A: <see cref="ToleranceMode"/>; B: basis points; C: minimum kg; D: tolerance kg.</summary>
    Tolerance,
    /// <summary>Over-limit mass. A: gross kg; B: limit kg; C: measured over kg; D: effective over kg.</summary>
    OverLimit,
    /// <summary>超限率. A: basis points of the limit.</summary>
    OverLimitRate,
    /// <summary>Outline. A: height; B: width; C: length (mm); D: <see cref="Catalog.Discretion.DimensionTier"/>.</summary>
    Dimensions,
    /// <summary>Mass verdict. A: <see cref="Catalog.Discretion.MassVerdict"/>; B: kg fined; C: tonnes counted; D: mass fine in fen. Held: capped.</summary>
    Mass,
    /// <summary>Local reduction. A: percent payable; B: before (fen); C: after (fen). Detail: rule name. Held: false if not applicable.</summary>
    Reduction,
    /// <summary>Cumulative cap of Art 43 ¶2. A: fines already in the group (fen); B: cap (fen); C: fine after (fen). Held: reduced.</summary>
    CumulativeCap,
    /// <summary>百吨王. A: gross kg; B: threshold kg. Held: flagged.</summary>
    HundredTonKing,
    /// <summary>Outcome. A: <see cref="OverloadOutcome"/>; B: recommended fine (fen).</summary>
    Outcome,
}

/// <summary>
/// One step of a determination: what was checked or computed, on which provision, with which numbers. Held as
/// numbers and shared strings so that determining a record allocates no text; <see cref="Text"/> renders the Chinese
/// on demand and <see cref="OverloadTraceJson"/> writes the steps with named values.
/// </summary>
public readonly record struct DeterminationStep(
    DeterminationStepKind Kind,
    string? Provision,
    bool? Held = null,
    long A = 0,
    long B = 0,
    long C = 0,
    long D = 0,
    string? Detail = null,
    DeterminationReason? Reason = null)
{
    /// <summary>The step in Chinese.</summary>
    public string Text => DeterminationText.Describe(this);
}
