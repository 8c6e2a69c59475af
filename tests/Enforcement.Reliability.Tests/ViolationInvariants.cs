using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;

namespace Enforcement.Reliability.Tests;

/// <summary>
/// What "no duplicate violation" means for stored violations, checked over the whole table (一事不再罚,
/// 《行政处罚法》第二十九条, as <see cref="SameTripRule"/> and the ingest's trip merge apply it):
/// every hit belongs to exactly one violation and its record exists; a violation's hits are one vehicle (plate and
/// colour) on one route, within the same-trip window, and its span, hit count and governing record are those of its
/// hits; and no two violations of one vehicle and route could have been one (their hits together within the window),
/// which is what a lost merge, a double delivery or a race between gateways would leave behind.
/// The merge is first-come (a hit joins a trip already open), so how many violations a set of hits makes depends on
/// the order the hits arrived in; the count is therefore bounded below by <see cref="SameTripRule.Group"/> (trips cut
/// in capture order, the fewest possible) rather than compared with a run in another order.
/// </summary>
internal static class ViolationInvariants
{
    public static IReadOnlyList<string> Check(IReadOnlyList<StoredViolation> violations, IReadOnlyList<StoredHit> hits, TimeSpan window)
    {
        var problems = new List<string>();
        var byViolation = hits.GroupBy(h => h.ViolationId).ToDictionary(g => g.Key, g => g.ToList());
        var ids = violations.Select(v => v.Id).ToHashSet();
        foreach (var orphan in byViolation.Keys.Where(id => !ids.Contains(id)))
        {
            problems.Add($"hits of violation {orphan}, which does not exist");
        }

        foreach (var h in hits.Where(h => h.PlateNumber is null))
        {
            problems.Add($"hit {h.DeviceCode}/{h.RecordId} has no stored record");
        }

        foreach (var key in hits.GroupBy(h => (h.DeviceCode, h.RecordId)).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"record {key.DeviceCode}/{key.RecordId} is a hit more than once");
        }

        foreach (var v in violations)
        {
            var own = byViolation.GetValueOrDefault(v.Id) ?? [];
            var name = $"violation {v.Id} ({v.PlateNumber} {v.PlateColour} {v.RouteCode})";
            if (own.Count == 0 || own.Count != v.HitCount)
            {
                problems.Add($"{name}: HitCount {v.HitCount}, {own.Count} hits stored");
                continue;
            }

            if (own.Any(h => h.PlateNumber != v.PlateNumber || h.PlateColour != v.PlateColour || h.RouteCode != v.RouteCode))
            {
                problems.Add($"{name}: a hit of another vehicle or route");
            }

            var first = own.Min(h => h.CapturedAt);
            var last = own.Max(h => h.CapturedAt);
            if (first != v.First || last != v.Last)
            {
                problems.Add($"{name}: span {v.First:O}–{v.Last:O}, hits {first:O}–{last:O}");
            }

            if (last - first > window)
            {
                problems.Add($"{name}: hits span {last - first}, more than the same-trip window {window}");
            }

            // Still awaiting review (nothing reviews during the run), so the governing record is the best of all hits.
            var governing = own.Select(Trip).Aggregate((a, b) => SameTripRule.CompareGoverning(a, b) <= 0 ? a : b);
            if (governing.DeviceCode != v.GoverningDeviceCode || governing.RecordId != v.GoverningRecordId
                || governing.CapturedAtUtc != v.GoverningCapturedAt || governing.EffectiveOverKg != v.EffectiveOverKg || governing.GrossKg != v.GrossKg)
            {
                problems.Add($"{name}: governed by {v.GoverningDeviceCode}/{v.GoverningRecordId}, the rule picks {governing.DeviceCode}/{governing.RecordId}");
            }
        }

        foreach (var vehicle in violations.GroupBy(v => (v.PlateNumber, v.PlateColour, v.RouteCode)))
        {
            var list = vehicle.OrderBy(v => v.First).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count && list[j].First - list[i].First <= window; j++)
                {
                    var first = list[i].First;
                    var last = list[i].Last > list[j].Last ? list[i].Last : list[j].Last;
                    if (last - first <= window)
                    {
                        problems.Add($"violations {list[i].Id} and {list[j].Id} of {vehicle.Key.PlateNumber} on {vehicle.Key.RouteCode} " +
                            $"lie within one same-trip window ({first:O}–{last:O}): one trip counted twice");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The fewest violations the hits can make: the domain's grouping of them in capture order.</summary>
    public static int FewestPossible(IReadOnlyList<StoredHit> hits, TimeSpan window) =>
        new SameTripRule { Window = window }.Group(hits.Where(h => h.PlateNumber is not null).Select(Trip)).Count;

    private static TripHit Trip(StoredHit h) => new(h.DeviceCode, h.RecordId,
        VehiclePlate.TryCreate(PlateNumber.Parse(h.PlateNumber!), h.PlateColour!.Value).Unwrap(), h.RouteCode!, h.CapturedAt, h.EffectiveOverKg, h.GrossKg);
}
