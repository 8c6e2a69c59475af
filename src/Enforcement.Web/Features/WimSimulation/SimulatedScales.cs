using System.Globalization;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Domain.Overload.Stations;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.WimSimulation;

/// <summary>The registry's weighing scales in service, as the traffic generator needs them.</summary>
internal static class SimulatedScales
{
    public static async Task<List<SimulatedScale>> LoadAsync(EnforcementDbContext db, CancellationToken ct)
    {
        var scales = await db.Devices.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Kind == DeviceKind.WimScale && d.Status == DeviceStatus.InService)
            .Select(d => new { d.Code, d.MinSpeedKmh, d.MaxSpeedKmh, d.Station!.RouteCode, d.Station.Stake, d.Station.Lanes })
            .ToListAsync(ct);
        return [.. scales.Select(s => new SimulatedScale(s.Code, s.RouteCode, StakeMetres(s.Stake), s.Lanes, s.MinSpeedKmh ?? 30m, s.MaxSpeedKmh ?? 90m))];
    }

    /// <summary>"K112+300" → 112 300 (metres along the route); 0 when the stake cannot be read.</summary>
    public static int StakeMetres(string? stake)
    {
        if (stake is null || stake.Length < 2 || stake[0] is not ('K' or 'k'))
        {
            return 0;
        }

        var parts = stake[1..].Split('+');
        var km = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0;
        var m = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) ? mm : 0;
        return checked((km * 1000) + m);
    }
}
