using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Overload;

/// <summary>What a weighing comes to.</summary>
public enum OverloadOutcome
{
    /// <summary>Within the mass and outline limits.</summary>
    NotOverLimit,
    /// <summary>Over the mass limit as measured, but not after the tolerance; outline within limits.</summary>
    WithinTolerance,
    /// <summary>Over by at most 1 000 kg after the tolerance, no outline fine: 警告 (62号令 Art 43 (二)).</summary>
    Warning,
    /// <summary>A fine is due (mass over 1 000 kg, or an outline tier).</summary>
    Fine,
    /// <summary>The record or its device cannot support a finding; kept and counted, never a violation.</summary>
    Invalid,
}

/// <summary>
/// The determination of one weighing: the columns a store keeps (limit, over-limit masses, 超限率, verdicts, amounts,
/// flags, reasons, rule version) and the trace (<see cref="OverloadTraceJson"/> writes it as JSON). For an
/// <see cref="OverloadOutcome.Invalid"/> record the masses are still computed where possible (statistics count them)
/// but no amount is given.
/// </summary>
public sealed record OverloadDetermination
{
    /// <summary>Limit table version and settings version together, e.g. "62号令-认定标准-2016|默认-1".</summary>
    public required string RuleVersion { get; init; }

    public required string LimitTableVersion { get; init; }

    public required string SettingsVersion { get; init; }

    /// <summary>Capture date in China time: the date the rules, the device and the limits were judged for.</summary>
    public required DateOnly CapturedOn { get; init; }

    public required OverloadOutcome Outcome { get; init; }

    /// <summary>Why the record is invalid; empty otherwise.</summary>
    public required IReadOnlyList<DeterminationReason> InvalidReasons { get; init; }

    /// <summary>The device passed every check on the capture date.</summary>
    public required bool DeviceValid { get; init; }

    /// <summary>The verification certificate valid on the capture date (its number goes into the evidence), or null.</summary>
    public string? CertificateNumber { get; init; }

    /// <summary>Total-mass limit, or null if it could not be determined.</summary>
    public int? LimitKg { get; init; }

    public int GrossKg { get; init; }

    /// <summary>Measured gross minus limit; negative when under the limit, 0 if no limit.</summary>
    public int MeasuredOverKg { get; init; }

    public int ToleranceKg { get; init; }

    /// <summary>Measured over-limit mass after the tolerance; negative when within it.</summary>
    public int EffectiveOverKg { get; init; }

    /// <summary>超限率 = measured over-limit mass ÷ limit, in basis points (1234 = 12.34 %); 0 when not over.</summary>
    public int OverLimitRateBasisPoints { get; init; }

    public decimal OverLimitRatePercent => OverLimitRateBasisPoints / 100m;

    public MassVerdict Mass { get; init; }

    public long TonnesCounted { get; init; }

    public Money MassFine { get; init; }

    public DimensionTier Dimension { get; init; }

    /// <summary>Percentage payable after a local reduction (100: none applied).</summary>
    public int PercentPayable { get; init; } = 100;

    /// <summary>The recommended fine (0 for warnings and invalid records).</summary>
    public Money Fine { get; init; }

    /// <summary>The lawful range of the fine after reductions and caps.</summary>
    public MoneyRange FineRange { get; init; }

    public PenaltyKinds Kinds { get; init; }

    /// <summary>A cap of Art 43 reduced an amount.</summary>
    public bool Capped { get; init; }

    /// <summary>百吨王 (gross at or above the configured threshold), flagged whatever the outcome.</summary>
    public bool HundredTonKing { get; init; }

    public required IReadOnlyList<DeterminationStep> Trace { get; init; }

    /// <summary>Warning or fine: the record may become a violation (clue).</summary>
    public bool IsViolation => Outcome is OverloadOutcome.Warning or OverloadOutcome.Fine;

    /// <summary>Chinese name of the outcome.</summary>
    public string OutcomeName => DeterminationText.OutcomeName(Outcome);
}
