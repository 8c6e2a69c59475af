using Enforcement.Data;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Stations;

/// <summary>
/// Weighing sites. Reads and writes go through the context's scope filter (another agency's site is 404); every
/// form refusal names its field, and a write is one SaveChanges, so nothing partial is kept.
/// </summary>
internal sealed class StationService(EnforcementDbContext db, TimeProvider clock)
{
    public sealed record StationInput(
        int? AgencyId, string? Code, string? Name, string? Kind, string? RouteCode, string? Stake, string? Direction,
        int? Lanes, decimal? Longitude, decimal? Latitude, string? Place, int? Version = null)
    {
        public StationDraft Draft => new(Code, Name, Kind, RouteCode, Stake, Direction, Lanes, Longitude, Latitude, Place);
    }

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<IReadOnlyList<StationView>> ListAsync(StationKind? kind = null, string? search = null)
    {
        var query = WithDevices();
        if (kind is { } k) query = query.Where(s => s.Kind == k);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim();
            var upper = q.ToUpperInvariant();
            query = query.Where(s => s.Name.Contains(q) || s.Code.Contains(upper) || s.RouteCode == upper);
        }
        var stations = await query.OrderBy(s => s.RouteCode).ThenBy(s => s.Code).ToListAsync();
        return await ToViewsAsync(stations);
    }

    public async Task<StationView?> GetAsync(int id)
    {
        var station = await WithDevices().FirstOrDefaultAsync(s => s.Id == id);
        return station is null ? null : (await ToViewsAsync([station]))[0];
    }

    public async Task<Checked<StationView>> CreateAsync(StationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var station = new Station { Code = "", Name = "", RouteCode = "", Stake = "" };
        var refusals = StationRules.Apply(input.Draft, station).ToList();
        if (input.AgencyId is null) refusals.Add(Problems.Required("agencyId", "所属机构"));
        if (refusals.Count > 0) return Checked<StationView>.Refused(refusals);
        if (await AgencyRefusalAsync(input.AgencyId!.Value) is { } agency) return agency;
        if (await CodeTakenAsync(station.Code, null)) return Duplicate(station.Code);

        station.AgencyId = input.AgencyId.Value;
        db.Stations.Add(station);
        if (await SaveAsync(station.Code, null) is { } refused) return refused;
        return (await GetAsync(station.Id))!;
    }

    public async Task<Checked<StationView>> UpdateAsync(int id, StationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var station = await db.Stations.FirstOrDefaultAsync(s => s.Id == id);
        if (station is null) return Problems.Missing("站点");
        if (input.Version is null) return Problems.Required("version", "版本号");
        // Check into a copy first: a refused form must leave the tracked station untouched.
        var probe = new Station { Code = "", Name = "", RouteCode = "", Stake = "" };
        var refusals = StationRules.Apply(input.Draft, probe);
        if (refusals.Count > 0) return Checked<StationView>.Refused(refusals);
        var agencyId = input.AgencyId ?? station.AgencyId;
        if (agencyId != station.AgencyId && await AgencyRefusalAsync(agencyId) is { } agency) return agency;
        if (probe.Code != station.Code && await CodeTakenAsync(probe.Code, station.Id)) return Duplicate(probe.Code);

        db.Entry(station).Property(s => s.Version).OriginalValue = input.Version.Value;
        StationRules.Apply(input.Draft, station);
        station.AgencyId = agencyId;
        if (await SaveAsync(station.Code, station.Id) is { } refused) return refused;
        return (await GetAsync(station.Id))!;
    }

    /// <summary>The agencies the caller may register a site for (a supervisor's own and those below it).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> AgenciesInScopeAsync()
    {
        var scope = db.Request.Scope;
        if (scope.Unrestricted) return [];
        var ids = scope.AgencyIds.ToList();
        return [.. (await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync())
            .Select(a => (a.Id, a.Name))];
    }

    private IQueryable<Station> WithDevices() => db.Stations.AsNoTracking()
        .Include(s => s.Devices).ThenInclude(d => d.Certificates)
        .Include(s => s.Devices).ThenInclude(d => d.Reviews)
        .AsSplitQuery();

    private async Task<Refusal?> AgencyRefusalAsync(int agencyId) =>
        db.Request.Scope.Allows(agencyId) && await db.Agencies.AnyAsync(a => a.Id == agencyId)
            ? null
            : new Refusal("agency.out-of-scope", "agencyId", "所属机构不存在或不在您的数据范围内");

    /// <summary>Codes are unique across the platform, so the check looks past the caller's scope.</summary>
    private Task<bool> CodeTakenAsync(string code, int? except) =>
        db.Stations.IgnoreQueryFilters().AnyAsync(s => s.Code == code && s.Id != except);

    private static Refusal Duplicate(string code) => new("station.duplicate", "code", $"站点编号 {code} 已存在", RefusalKind.Conflict);

    private async Task<Refusal?> SaveAsync(string code, int? stationId)
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await CodeTakenAsync(code, stationId)) throw;
            // Another request registered the same code between the check and the save.
            return Duplicate(code);
        }
    }

    private async Task<IReadOnlyList<StationView>> ToViewsAsync(IReadOnlyList<Station> stations)
    {
        var agencyIds = stations.Select(s => s.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name);
        var today = Today;
        return [.. stations.Select(s =>
        {
            foreach (var d in s.Devices) d.Station = s;
            return new StationView(s.Id, s.Code, s.Name, s.Kind, s.Kind.Name(), s.RouteCode, s.Stake, s.Direction, s.Direction.Name(),
                s.Lanes, s.Longitude, s.Latitude, s.Place, s.AgencyId, agencies.GetValueOrDefault(s.AgencyId, ""), s.Version,
                [.. s.Devices.OrderBy(d => d.Kind).ThenBy(d => d.Code).Select(d => new DeviceSummaryView(
                    d.Id, d.Code, d.Kind, d.Kind.Name(), d.Model, d.Status, d.Status.Name(), d.EnforcementStartsOn, ValidityView.Of(d, today)))]);
        })];
    }
}
