using Enforcement.Data;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload.Stations;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Stations;

/// <summary>
/// The public listing of device locations and enforcement start dates (《行政处罚法》第四十一条: the locations of
/// electronic monitoring devices are published). A device appears once its public notice has begun; before that
/// it is not published, and nothing about it is shown. Read outside any data scope: the public is nobody's agency.
/// </summary>
internal sealed class PublicDeviceService(EnforcementDbContext db, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<IReadOnlyList<PublicDeviceView>> ListAsync(string? route = null)
    {
        var today = Today;
        var query = db.Devices.IgnoreQueryFilters().AsNoTracking().Where(d => d.NoticeFrom != null && d.NoticeFrom <= today);
        if (!string.IsNullOrWhiteSpace(route))
        {
            var code = route.Trim().ToUpperInvariant();
            query = query.Where(d => d.Station!.RouteCode == code);
        }
        var rows = await query
            .Join(db.Agencies.AsNoTracking(), d => d.Station!.AgencyId, a => a.Id, (d, a) => new { Device = d, d.Station, Agency = a.Name })
            .ToListAsync();
        return [.. rows
            .OrderBy(r => r.Station!.RouteCode, StringComparer.Ordinal).ThenBy(r => r.Station!.Code, StringComparer.Ordinal)
            .ThenBy(r => r.Device.Kind).ThenBy(r => r.Device.Code, StringComparer.Ordinal)
            .Select(r => new PublicDeviceView(r.Station!.Code, r.Station.Name, r.Station.Kind.Name(), r.Agency, r.Station.RouteCode, r.Station.Stake,
                r.Station.Direction.Name(), r.Station.Longitude, r.Station.Latitude, r.Station.Place, r.Device.Code, r.Device.Kind.Name(),
                r.Device.NoticeFrom, r.Device.NoticeTo, r.Device.EnforcementStartsOn, r.Device.Status.Name()))];
    }
}
