using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Overload;

/// <summary>A violating weighing of one vehicle, as the de-duplication needs it.</summary>
/// <param name="DeviceCode">Device that weighed it.</param>
/// <param name="RecordId">The device's record id; (device, id) identifies the record.</param>
/// <param name="Plate">Plate number and colour: the vehicle.</param>
/// <param name="RouteCode">Route of the device's site (路线编号).</param>
/// <param name="CapturedAtUtc">Capture instant.</param>
/// <param name="EffectiveOverKg">Over-limit mass after tolerance (<see cref="OverloadDetermination.EffectiveOverKg"/>).</param>
/// <param name="GrossKg">Measured gross.</param>
public sealed record TripHit(
    string DeviceCode, string RecordId, VehiclePlate Plate, string RouteCode, DateTime CapturedAtUtc, int EffectiveOverKg, int GrossKg);

/// <summary>One violation: the hits of one trip, all kept as evidence, and the one that governs the finding.</summary>
public sealed record TripGroup(VehiclePlate Plate, string RouteCode, TripHit Governing, IReadOnlyList<TripHit> Hits);

/// <summary>
/// Same-trip de-duplication (一事不再罚, 《行政处罚法》第二十九条): the violating hits of one vehicle (plate and colour) on
/// one route within <see cref="Window"/> of the trip's first hit are one violation, not one per station. The window
/// is an assumption (no national text fixes it), hence a setting.
/// </summary>
public sealed record SameTripRule
{
    public static SameTripRule Default { get; } = new();

    /// <summary>How long after a trip's first hit further hits belong to it. Assumption: 24 hours.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The rule that picks the governing record: the largest effective over-limit mass; then the heavier gross; then
    /// the earlier capture; then device code and record id (so that the choice never depends on input order).
    /// Negative if <paramref name="a"/> governs before <paramref name="b"/>.
    /// </summary>
    public static int CompareGoverning(TripHit a, TripHit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = b.EffectiveOverKg.CompareTo(a.EffectiveOverKg);
        if (c != 0) return c;
        c = b.GrossKg.CompareTo(a.GrossKg);
        if (c != 0) return c;
        c = a.CapturedAtUtc.CompareTo(b.CapturedAtUtc);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.DeviceCode, b.DeviceCode);
        return c != 0 ? c : string.CompareOrdinal(a.RecordId, b.RecordId);
    }

    /// <summary>
    /// Groups violating hits into trips. Deterministic whatever the input order: hits are ordered by vehicle, route,
    /// time and identity first; a trip opens at its earliest hit and takes every later hit within the window.
    /// Groups come out by plate, colour, route and start time; hits inside a group by time.
    /// </summary>
    public IReadOnlyList<TripGroup> Group(IEnumerable<TripHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var sorted = hits.ToArray();
        Array.Sort(sorted, CompareForGrouping);
        var groups = new List<TripGroup>();
        var start = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i < sorted.Length && SameVehicleAndRoute(sorted[start], sorted[i])
                                  && sorted[i].CapturedAtUtc - sorted[start].CapturedAtUtc <= Window)
            {
                continue;
            }

            if (i > start)
            {
                var members = sorted[start..i];
                var governing = members[0];
                for (var m = 1; m < members.Length; m++)
                {
                    if (CompareGoverning(members[m], governing) < 0)
                    {
                        governing = members[m];
                    }
                }

                groups.Add(new TripGroup(governing.Plate, governing.RouteCode, governing, members));
            }

            start = i;
        }

        return groups;
    }

    private static bool SameVehicleAndRoute(TripHit a, TripHit b) =>
        a.Plate.Colour == b.Plate.Colour
        && string.Equals(a.Plate.Number.Value, b.Plate.Number.Value, StringComparison.Ordinal)
        && string.Equals(a.RouteCode, b.RouteCode, StringComparison.Ordinal);

    private static int CompareForGrouping(TripHit a, TripHit b)
    {
        var c = string.CompareOrdinal(a.Plate.Number.Value, b.Plate.Number.Value);
        if (c != 0) return c;
        c = a.Plate.Colour.CompareTo(b.Plate.Colour);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.RouteCode, b.RouteCode);
        if (c != 0) return c;
        c = a.CapturedAtUtc.CompareTo(b.CapturedAtUtc);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.DeviceCode, b.DeviceCode);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.RecordId, b.RecordId);
        if (c != 0) return c;
        c = a.EffectiveOverKg.CompareTo(b.EffectiveOverKg);
        return c != 0 ? c : a.GrossKg.CompareTo(b.GrossKg);
    }
}
