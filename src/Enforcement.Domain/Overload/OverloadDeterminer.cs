using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Overload;

/// <summary>
/// The one place a weigh-in-motion record is judged (RULES §2): device validity on the capture date, record validity,
/// the limit, the tolerance, the over-limit mass and 超限率, the outline, the 62号令 Art 43 amount (through
/// <see cref="OverloadFine"/>), local reductions, the cumulative cap and the 百吨王 flag, with a trace citing each
/// provision. One instance per limit table and settings version; it is immutable and safe to share between threads.
/// Runs per record at ingest line rate: no LINQ, no text formatting, only the result's own arrays are allocated.
/// </summary>
public sealed class OverloadDeterminer
{
    public OverloadDeterminer(OverloadLimitTable limits, DeterminationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(settings);
        Limits = limits;
        Settings = settings;
        RuleVersion = limits.Version + "|" + settings.Version;
    }

    public OverloadLimitTable Limits { get; }

    public DeterminationSettings Settings { get; }

    /// <summary>Stored with every determination: limit table version and settings version.</summary>
    public string RuleVersion { get; }

    /// <summary>Judges one record.</summary>
    /// <param name="record">The record, already past <see cref="WimRecordCheck"/> (a record with missing essentials is judged invalid).</param>
    /// <param name="device">The device that produced it.</param>
    /// <param name="plate">The plate as <see cref="WimRecordCheck"/> parsed it; null if not recognised.</param>
    /// <param name="registeredGrossKg">Gross mass on the 行驶证, if known (caps the limit of 2-axle trucks).</param>
    /// <param name="otherFinesInGroup">Fines already decided for other violations in the same cumulative group (Art 43 ¶2).</param>
    public OverloadDetermination Determine(
        WimRecord record, WimDevice device, VehiclePlate? plate, int? registeredGrossKg = null, Money otherFinesInGroup = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(device);
        var settings = Settings;
        var trace = StepBuffer.Rent();

        if (record.CapturedAtUtc is not { } capturedAt || record.AxleCount is not { } axleCount || record.GrossKg is not { } gross)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.Incomplete);
            return Finish(trace, default, deviceValid: false, certificate: null, OverloadOutcome.Invalid, new Numbers());
        }

        var capturedOn = DateOnly.FromDateTime(ChinaTime.ToChina(capturedAt).DateTime);

        // 1. The device on the capture date (APL Art 41; 计量法 Art 9).
        var validity = DeviceGate.Check(device, capturedOn);
        if (validity.IsValid)
        {
            trace.Add(new DeterminationStep(DeterminationStepKind.DeviceValid, OverloadProvisions.Apl41, Held: true,
                Detail: validity.Certificate!.Number));
        }
        else
        {
            foreach (var (defect, reason) in DeviceGate.ReasonOf)
            {
                if ((validity.Defects & defect) != 0)
                {
                    trace.Invalid(DeterminationStepKind.DeviceInvalid, reason);
                }
            }
        }

        // 2. The record (APL Art 41 ¶2; the device's verified weighing conditions).
        CheckRecord(record, device, plate, settings, trace);

        // 3. The limit.
        var numbers = new Numbers { Gross = gross };
        var configuration = settings.ConfigurationCodes.Find(record.ConfigurationCode);
        int? limit = null;
        if (configuration is null)
        {
            trace.Invalid(DeterminationStepKind.LimitUnknown, DeterminationReason.ConfigurationUnknown);
        }
        else if (configuration.AxleCount != axleCount)
        {
            trace.Invalid(DeterminationStepKind.LimitUnknown, DeterminationReason.ConfigurationAxleMismatch, axleCount);
        }
        else
        {
            trace.Add(new DeterminationStep(DeterminationStepKind.Configuration, OverloadProvisions.Article3Paragraph2,
                A: configuration.AxleCount, B: (long)configuration.Body, Detail: record.ConfigurationCode));
            limit = OverloadLimits.Resolve(Limits, configuration, registeredGrossKg, trace, out var noLimit);
            if (noLimit is not null)
            {
                trace.Reason(noLimit);
            }
        }

        // 4. Tolerance and over-limit mass (RULES §2.5).
        var invalid = trace.ReasonCount > 0;
        var dimensions = record.Dimensions;
        OverloadFineResult? fine = null;
        if (limit is { } limitKg)
        {
            numbers.Limit = limitKg;
            var tolerance = settings.Tolerance;
            var basisPoints = tolerance.BasisPointsFor(device.AccuracyClass, device.ToleranceBasisPoints);
            numbers.Tolerance = tolerance.KilogramsFor(gross, basisPoints);
            numbers.MeasuredOver = gross - limitKg;
            numbers.EffectiveOver = numbers.MeasuredOver - numbers.Tolerance;
            numbers.RateBasisPoints = numbers.MeasuredOver > 0 && limitKg > 0
                ? (int)Math.Min(int.MaxValue, (long)numbers.MeasuredOver * 10_000 / limitKg)
                : 0;
            trace.Add(new DeterminationStep(DeterminationStepKind.Tolerance, OverloadProvisions.Tolerance,
                A: (long)tolerance.Mode, B: basisPoints, C: tolerance.MinimumKg, D: numbers.Tolerance,
                Detail: tolerance.Mode == ToleranceMode.DeviceAccuracyClass ? device.AccuracyClass.ToChineseName() : null));
            trace.Add(new DeterminationStep(DeterminationStepKind.OverLimit, OverloadProvisions.Article3,
                Held: numbers.EffectiveOver > 0, A: gross, B: limitKg, C: numbers.MeasuredOver, D: numbers.EffectiveOver));
            if (numbers.MeasuredOver > 0)
            {
                trace.Add(new DeterminationStep(DeterminationStepKind.OverLimitRate, OverloadProvisions.Article3, A: numbers.RateBasisPoints));
            }

            // 5. The Art 43 amount, in its one home.
            var finedKg = numbers.EffectiveOver <= 0
                ? 0
                : settings.FineBasis == OverLimitFineBasis.Effective ? numbers.EffectiveOver : numbers.MeasuredOver;
            fine = OverloadFine.Compute(finedKg, settings.Rounding, dimensions, settings.FineRule);
            if (dimensions is { } d)
            {
                trace.Add(new DeterminationStep(DeterminationStepKind.Dimensions, OverloadProvisions.Article3,
                    Held: fine.Dimension != DimensionTier.None, A: d.HeightMm, B: d.WidthMm, C: d.LengthMm, D: (long)fine.Dimension));
            }

            var massCapped = fine.Mass == MassVerdict.Fine && fine.MassFine == settings.FineRule.MassCap
                                                           && settings.FineRule.PerTonne * fine.TonnesCounted > settings.FineRule.MassCap;
            trace.Add(new DeterminationStep(DeterminationStepKind.Mass, OverloadProvisions.Article43, Held: massCapped,
                A: (long)fine.Mass, B: finedKg, C: fine.TonnesCounted, D: fine.MassFine.Fen));
            numbers.FinedKg = finedKg;
        }
        else if (dimensions is { } d)
        {
            // Without a mass limit the outline is still recorded for review and statistics.
            trace.Add(new DeterminationStep(DeterminationStepKind.Dimensions, OverloadProvisions.Article3,
                Held: OverloadFine.DimensionTierOf(d) != DimensionTier.None, A: d.HeightMm, B: d.WidthMm, C: d.LengthMm,
                D: (long)OverloadFine.DimensionTierOf(d)));
        }

        // 6. 百吨王, whatever the outcome (statistics count it).
        numbers.HundredTonKing = gross >= settings.HundredTonKingKg;
        trace.Add(new DeterminationStep(DeterminationStepKind.HundredTonKing, OverloadProvisions.HundredTonKing,
            Held: numbers.HundredTonKing, A: gross, B: settings.HundredTonKingKg));

        if (invalid || fine is null)
        {
            numbers.Fine = fine;
            return Finish(trace, capturedOn, validity.IsValid, validity.Certificate, OverloadOutcome.Invalid, numbers);
        }

        // 7. Local reductions and the cumulative cap (Art 43 ¶2).
        var range = fine.Total;
        var recommended = fine.RecommendedTotal;
        var percentPayable = 100;
        var capped = fine.Capped;
        if (range.Max > Money.Zero)
        {
            var reductions = settings.Reductions;
            for (var i = 0; i < reductions.Count; i++)
            {
                var rule = reductions[i];
                if (rule.PercentPayableFor(numbers.FinedKg, gross) is not { } percent)
                {
                    trace.Add(new DeterminationStep(DeterminationStepKind.Reduction, rule.Source, Held: false, Detail: rule.Name));
                    continue;
                }

                var before = recommended;
                range = new MoneyRange(Percent(range.Min, percent), Percent(range.Max, percent));
                recommended = Percent(recommended, percent);
                percentPayable = percentPayable * percent / 100;
                trace.Add(new DeterminationStep(DeterminationStepKind.Reduction, rule.Source, Held: true,
                    A: percent, B: before.Fen, C: recommended.Fen, Detail: rule.Name));
            }

            if (otherFinesInGroup > Money.Zero)
            {
                var cap = settings.FineRule.CumulativeCap;
                var room = otherFinesInGroup >= cap ? Money.Zero : cap - otherFinesInGroup;
                var reduced = range.Max > room;
                if (reduced)
                {
                    range = new MoneyRange(Money.Min(range.Min, room), room);
                    recommended = Money.Min(recommended, room);
                    capped = true;
                }

                trace.Add(new DeterminationStep(DeterminationStepKind.CumulativeCap, OverloadProvisions.Article43Paragraph2,
                    Held: reduced, A: otherFinesInGroup.Fen, B: cap.Fen, C: recommended.Fen));
            }
        }

        // The outcome is the Art 43 verdict; a cap that leaves no amount does not undo the violation.
        var outcome = fine.Total.Max > Money.Zero ? OverloadOutcome.Fine
            : fine.Mass == MassVerdict.Warning ? OverloadOutcome.Warning
            : numbers.MeasuredOver > 0 ? OverloadOutcome.WithinTolerance
            : OverloadOutcome.NotOverLimit;
        numbers.Fine = fine;
        numbers.Range = range;
        numbers.Recommended = recommended;
        numbers.PercentPayable = percentPayable;
        numbers.Capped = capped;
        return Finish(trace, capturedOn, validity.IsValid, validity.Certificate, outcome, numbers);
    }

    private static void CheckRecord(WimRecord record, WimDevice device, VehiclePlate? plate, DeterminationSettings settings, StepBuffer trace)
    {
        if (record.SpeedKmh is not { } speed)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.SpeedMissing);
        }
        else if (speed < (device.MinSpeedKmh ?? settings.MinSpeedKmh) || speed > (device.MaxSpeedKmh ?? settings.MaxSpeedKmh))
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.SpeedOutOfRange, (long)decimal.Round(speed * 10));
        }

        var flags = record.Anomalies & settings.InvalidatingAnomalies;
        if ((flags & WimAnomaly.LaneStraddling) != 0)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.LaneStraddling);
        }

        if ((flags & WimAnomaly.Acceleration) != 0)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.Acceleration);
        }

        if ((flags & WimAnomaly.Abnormal) != 0)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.AbnormalDriving);
        }

        if (plate is null)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.PlateUnrecognised);
        }
        else if (record.PlateConfidence is not { } confidence || confidence < settings.MinPlateConfidence)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.PlateLowConfidence,
                (long)decimal.Round((record.PlateConfidence ?? 0) * 1000));
        }

        if (record.Images.Count < settings.MinImages)
        {
            trace.Invalid(DeterminationStepKind.RecordInvalid, DeterminationReason.ImagesMissing, record.Images.Count);
        }
    }

    private OverloadDetermination Finish(
        StepBuffer trace, DateOnly capturedOn, bool deviceValid, VerificationCertificate? certificate, OverloadOutcome outcome, Numbers n)
    {
        var usable = outcome != OverloadOutcome.Invalid;
        trace.Add(new DeterminationStep(DeterminationStepKind.Outcome, usable ? OverloadProvisions.Article43 : OverloadProvisions.Apl41,
            A: (long)outcome, B: usable ? n.Recommended.Fen : 0));
        return new OverloadDetermination
        {
            RuleVersion = RuleVersion,
            LimitTableVersion = Limits.Version,
            SettingsVersion = Settings.Version,
            CapturedOn = capturedOn,
            Outcome = outcome,
            InvalidReasons = trace.Reasons(),
            DeviceValid = deviceValid,
            CertificateNumber = certificate?.Number,
            LimitKg = n.Limit,
            GrossKg = n.Gross,
            MeasuredOverKg = n.MeasuredOver,
            ToleranceKg = n.Tolerance,
            EffectiveOverKg = n.EffectiveOver,
            OverLimitRateBasisPoints = n.RateBasisPoints,
            Mass = n.Fine?.Mass ?? MassVerdict.NotOverLimit,
            TonnesCounted = n.Fine?.TonnesCounted ?? 0,
            MassFine = usable ? n.Fine?.MassFine ?? Money.Zero : Money.Zero,
            Dimension = n.Fine?.Dimension ?? DimensionTier.None,
            PercentPayable = n.PercentPayable,
            Fine = usable ? n.Recommended : Money.Zero,
            FineRange = usable ? n.Range : MoneyRange.Zero,
            Kinds = usable ? KindsOf(outcome, n) : PenaltyKinds.None,
            Capped = usable && n.Capped,
            HundredTonKing = n.HundredTonKing,
            Trace = trace.Steps(),
        };
    }

    private static PenaltyKinds KindsOf(OverloadOutcome outcome, Numbers n)
    {
        var kinds = PenaltyKinds.None;
        if (n.Fine?.Mass == MassVerdict.Warning)
        {
            kinds |= PenaltyKinds.Warning;
        }

        if (outcome == OverloadOutcome.Fine)
        {
            kinds |= PenaltyKinds.Fine;
        }

        return kinds;
    }

    /// <summary>Fractions of a fen are dropped, in the party's favour (as the discretion engine does).</summary>
    private static Money Percent(Money amount, int percent) => Money.FromFen(checked(amount.Fen * percent) / 100);

    /// <summary>The figures gathered on the way, kept on the stack.</summary>
    private struct Numbers
    {
        public Numbers()
        {
        }

        public int? Limit;
        public int Gross;
        public int Tolerance;
        public int MeasuredOver;
        public int EffectiveOver;
        public int RateBasisPoints;
        public long FinedKg;
        public bool HundredTonKing;
        public OverloadFineResult? Fine;
        public MoneyRange Range;
        public Money Recommended;
        public int PercentPayable = 100;
        public bool Capped;
    }
}
