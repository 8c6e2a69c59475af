namespace Enforcement.Domain.Overload;

/// <summary>A total-mass limit and how it was found.</summary>
/// <param name="LimitKg">The limit, or null if none applies.</param>
/// <param name="Reason">Why there is none, or null.</param>
/// <param name="Steps">The steps, each citing its provision.</param>
public sealed record LimitResolution(int? LimitKg, DeterminationReason? Reason, IReadOnlyList<DeterminationStep> Steps);

/// <summary>
/// The total-mass limit of a vehicle: the table row for its axle count and kind (62号令 Art 3 ¶1), then the 认定标准
/// adjustments (note 4: +1 t or 37 t with dual-tyre drive and air suspension; Art 3 (八): 46 t with a single drive
/// axle; Art 3 ¶2 (2) and notes 2–3: −3 t per single-tyre axle), then for 2-axle trucks the 行驶证 figure (note 1).
/// Not applied: the axle-load sum cap of Art 3 ¶2 (3), whose GB 1589 axle limits RULES marks unverified.
/// </summary>
public static class OverloadLimits
{
    public static LimitResolution Resolve(OverloadLimitTable table, VehicleConfiguration configuration, int? registeredGrossKg = null)
    {
        var buffer = StepBuffer.Rent();
        var limit = Resolve(table, configuration, registeredGrossKg, buffer, out var reason);
        return new LimitResolution(limit, reason, buffer.Steps());
    }

    internal static int? Resolve(
        OverloadLimitTable table, VehicleConfiguration configuration, int? registeredGrossKg, StepBuffer trace,
        out DeterminationReason? reason)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(configuration);
        reason = null;
        var axles = configuration.AxleCount;
        var body = configuration.Body;
        var row = axles >= 2 ? table.Find(axles, body, configuration.Layout) : null;
        if (row is null)
        {
            reason = DeterminationReason.NoLimitRow;
            trace.Add(new DeterminationStep(DeterminationStepKind.LimitUnknown, table.Source, Held: false, A: axles, B: (long)body,
                Reason: reason));
            return null;
        }

        var limit = row.LimitKg;
        trace.Add(new DeterminationStep(DeterminationStepKind.LimitBase, row.Source, Held: row.Unverified ? false : null,
            A: axles, B: limit, D: (long)body, Detail: row.Layout));

        var dualDriveAir = configuration.DualTyreDriveAxle && configuration.AirSuspension;
        if (body == VehicleBodyType.RigidTruck && axles is 3 or 4 && dualDriveAir)
        {
            limit = checked(limit + table.AirSuspensionBonusKg);
            trace.Add(new DeterminationStep(DeterminationStepKind.LimitAirSuspension, OverloadProvisions.StandardNote4,
                A: table.AirSuspensionBonusKg, B: limit));
        }
        else if (body == VehicleBodyType.Articulated && axles == 4 && dualDriveAir
                 && configuration.SemiTrailerAxleSpacingMm is { } spacing && spacing >= table.ArticulatedMinAxleSpacingMm)
        {
            limit = Math.Max(limit, table.ArticulatedFourAxleAirSuspensionKg);
            trace.Add(new DeterminationStep(DeterminationStepKind.LimitArticulated37, OverloadProvisions.StandardNote4,
                A: spacing, B: limit));
        }
        else if (body != VehicleBodyType.RigidTruck && axles >= table.MaxListedAxles && configuration.SingleDriveAxle)
        {
            limit = Math.Min(limit, table.SingleDriveAxleLimitKg);
            trace.Add(new DeterminationStep(DeterminationStepKind.LimitSingleDriveAxle, OverloadProvisions.Article3Item8, B: limit));
        }

        if (configuration.SingleTyreAxles > 0)
        {
            var deduction = checked(configuration.SingleTyreAxles * table.SingleTyreDeductionKg);
            limit = Math.Max(0, limit - deduction);
            trace.Add(new DeterminationStep(DeterminationStepKind.LimitSingleTyre, OverloadProvisions.StandardNote2,
                A: configuration.SingleTyreAxles, B: deduction, C: limit));
        }

        if (axles == 2 && body == VehicleBodyType.RigidTruck)
        {
            if (registeredGrossKg is { } registered and > 0)
            {
                limit = Math.Min(limit, registered);
                trace.Add(new DeterminationStep(DeterminationStepKind.LimitRegistered, OverloadProvisions.StandardNote1,
                    Held: true, A: registered, B: limit));
            }
            else
            {
                trace.Add(new DeterminationStep(DeterminationStepKind.LimitRegistered, OverloadProvisions.StandardNote1,
                    Held: false, B: limit));
            }
        }

        return limit;
    }
}
