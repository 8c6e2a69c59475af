using Enforcement.Domain.Overload;

namespace Enforcement.Data.Wim;

/// <summary>
/// Merges new violating records into violations (一事不再罚, 《行政处罚法》第二十九条): a hit joins a violation of the same
/// vehicle (plate and colour) on the same route if the violation with the hit still spans at most the same-trip window
/// (<see cref="SameTripRule.Window"/>); otherwise it opens a new one. Existing violations of the vehicle within reach
/// are loaded first, so a hit that arrives after later ones (out of order, another station's late batch) still joins
/// their violation. The governing record is chosen by <see cref="SameTripRule.CompareGoverning"/> while the violation
/// awaits its first review; once a reviewer has seen it, a late hit is attached as evidence but changes no finding.
/// </summary>
public static class TripMerger
{
    public sealed class Plan
    {
        public List<OverloadViolation> Created { get; } = [];
        public HashSet<OverloadViolation> Updated { get; } = [];
        public List<(OverloadViolation Violation, WimPrepared Hit)> Attached { get; } = [];
    }

    /// <param name="existing">Violations of the hits' vehicles and routes that may be within reach (hits not loaded).</param>
    /// <param name="hits">New violating records (stored by this delivery).</param>
    public static Plan Merge(IReadOnlyList<OverloadViolation> existing, IReadOnlyList<WimPrepared> hits, TimeSpan window, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(hits);
        var plan = new Plan();
        var byVehicle = new Dictionary<(string, int, string), List<OverloadViolation>>();
        foreach (var v in existing)
        {
            Candidates(byVehicle, v.PlateNumber, (int)v.PlateColour, v.RouteCode).Add(v);
        }

        var ordered = hits.OrderBy(h => h.Row.CapturedAtUtc).ThenBy(h => h.DeviceCode, StringComparer.Ordinal)
            .ThenBy(h => h.Row.RecordId, StringComparer.Ordinal);
        foreach (var hit in ordered)
        {
            var plate = hit.Plate!;
            var list = Candidates(byVehicle, plate.Number.Value, (int)plate.Colour, hit.RouteCode);
            var at = hit.Row.CapturedAtUtc;
            OverloadViolation? target = null;
            foreach (var v in list)
            {
                var first = v.FirstCapturedAtUtc < at ? v.FirstCapturedAtUtc : at;
                var last = v.LastCapturedAtUtc > at ? v.LastCapturedAtUtc : at;
                if (last - first <= window && (target is null || v.FirstCapturedAtUtc < target.FirstCapturedAtUtc))
                {
                    target = v;
                }
            }

            if (target is null)
            {
                target = new OverloadViolation
                {
                    AgencyId = hit.Row.AgencyId,
                    PlateNumber = plate.Number.Value,
                    PlateColour = plate.Colour,
                    RouteCode = hit.RouteCode,
                    FirstCapturedAtUtc = at,
                    LastCapturedAtUtc = at,
                    GoverningRecordId = hit.Row.RecordId,
                    Status = OverloadViolationStatus.PendingFirstReview,
                    CreatedAtUtc = nowUtc,
                };
                Govern(target, hit);
                list.Add(target);
                plan.Created.Add(target);
            }
            else
            {
                if (at < target.FirstCapturedAtUtc) target.FirstCapturedAtUtc = at;
                if (at > target.LastCapturedAtUtc) target.LastCapturedAtUtc = at;
                if (target.Status == OverloadViolationStatus.PendingFirstReview && Governs(hit, target))
                {
                    Govern(target, hit);
                }

                if (target.Id != 0)
                {
                    plan.Updated.Add(target);
                }
            }

            target.HitCount++;
            plan.Attached.Add((target, hit));
        }

        return plan;
    }

    private static List<OverloadViolation> Candidates(Dictionary<(string, int, string), List<OverloadViolation>> byVehicle, string plate, int colour, string route)
    {
        if (!byVehicle.TryGetValue((plate, colour, route), out var list))
        {
            byVehicle[(plate, colour, route)] = list = [];
        }

        return list;
    }

    private static bool Governs(WimPrepared hit, OverloadViolation v)
    {
        var candidate = new TripHit(hit.DeviceCode, hit.Row.RecordId, hit.Plate!, hit.RouteCode, hit.Row.CapturedAtUtc, hit.Row.EffectiveOverKg, hit.Row.GrossKg);
        var governing = new TripHit(v.GoverningDeviceCode, v.GoverningRecordId, hit.Plate!, v.RouteCode, v.GoverningCapturedAtUtc, v.EffectiveOverKg, v.GrossKg);
        return SameTripRule.CompareGoverning(candidate, governing) < 0;
    }

    private static void Govern(OverloadViolation v, WimPrepared hit)
    {
        var row = hit.Row;
        v.GoverningDeviceId = row.DeviceId;
        v.GoverningDeviceCode = hit.DeviceCode;
        v.GoverningRecordId = row.RecordId;
        v.GoverningCapturedAtUtc = row.CapturedAtUtc;
        v.EffectiveOverKg = row.EffectiveOverKg;
        v.GrossKg = row.GrossKg;
        v.Outcome = row.Outcome;
        v.FineFen = row.FineFen;
        v.HundredTonKing = row.HundredTonKing;
    }

    /// <summary>A stable 32-bit key of a vehicle for per-vehicle locks (FNV-1a over plate and colour).</summary>
    public static int VehicleLockKey(string plate, int colour)
    {
        ArgumentNullException.ThrowIfNull(plate);
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in plate)
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ (uint)colour) * 16777619u;
            return (int)hash;
        }
    }
}
