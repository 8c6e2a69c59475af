using System.Collections.Frozen;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Data.Wim;

/// <summary>A registered weighing device as ingestion needs it: ids for the stored row, the agency owning its site, and the law's view.</summary>
public sealed record WimDeviceEntry(int DeviceId, int StationId, int AgencyId, string RouteCode, WimDevice Device);

/// <summary>Finds a device by its code without touching the database (ingest looks one up per record).</summary>
public interface IWimDeviceDirectory
{
    /// <summary>The device, or null if no weighing device has that code.</summary>
    WimDeviceEntry? Find(string deviceCode);

    /// <summary>Makes sure the snapshot is current (cheap when nothing changed); called once per delivery.</summary>
    ValueTask RefreshAsync(CancellationToken cancellationToken);
}

/// <summary>A fixed set of devices (benchmarks and tests that run the pipeline without a registry).</summary>
public sealed class FixedWimDeviceDirectory(IEnumerable<WimDeviceEntry> entries) : IWimDeviceDirectory
{
    private readonly FrozenDictionary<string, WimDeviceEntry> _byCode = entries.ToFrozenDictionary(e => e.Device.Code, StringComparer.Ordinal);

    public WimDeviceEntry? Find(string deviceCode) => _byCode.GetValueOrDefault(deviceCode);

    public ValueTask RefreshAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>
/// The station registry's weighing scales in memory (one snapshot shared by every request). Before a delivery the
/// snapshot is compared with a fingerprint of the registry (row counts and version sums of sites, devices,
/// certificates and reviews), at most every <see cref="CheckInterval"/>, and reloaded when it changed, so a new
/// certificate or a device put out of service applies to the next delivery, while the ingest path never queries the
/// registry per record. An unknown code forces the next check, so a newly registered device is found at once.
/// </summary>
public sealed class RegistryWimDeviceDirectory(IServiceScopeFactory scopes, TimeProvider clock) : IWimDeviceDirectory, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot _snapshot = new(FrozenDictionary<string, WimDeviceEntry>.Empty, "", DateTime.MinValue);
    private volatile bool _stale = true;

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(5);

    public WimDeviceEntry? Find(string deviceCode)
    {
        if (_snapshot.ByCode.TryGetValue(deviceCode, out var entry))
        {
            return entry;
        }

        _stale = true;
        return null;
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Forces a check before the next delivery (the registry calls it after a change).</summary>
    public void Invalidate() => _stale = true;

    public async ValueTask RefreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!_stale && now - _snapshot.CheckedAtUtc < CheckInterval)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_stale && now - _snapshot.CheckedAtUtc < CheckInterval)
            {
                return;
            }

            _stale = false;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            var fingerprint = await FingerprintAsync(db, cancellationToken);
            if (fingerprint == _snapshot.Fingerprint)
            {
                _snapshot = _snapshot with { CheckedAtUtc = now };
                return;
            }

            var devices = await db.Devices.IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.Kind == DeviceKind.WimScale)
                .Include(d => d.Station).Include(d => d.Certificates).Include(d => d.Reviews)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            var byCode = devices.ToFrozenDictionary(
                d => d.Code,
                d => new WimDeviceEntry(d.Id, d.StationId, d.Station!.AgencyId, d.Station.RouteCode, d.ToWimDevice()),
                StringComparer.Ordinal);
            _snapshot = new Snapshot(byCode, fingerprint, now);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<string> FingerprintAsync(EnforcementDbContext db, CancellationToken cancellationToken)
    {
        var stations = await db.Stations.IgnoreQueryFilters().GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), V = g.Sum(s => (long)s.Version + s.Id) }).FirstOrDefaultAsync(cancellationToken);
        var devices = await db.Devices.IgnoreQueryFilters().GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), V = g.Sum(d => (long)d.Version + d.Id) }).FirstOrDefaultAsync(cancellationToken);
        var certificates = await db.DeviceCertificates.IgnoreQueryFilters().GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), V = g.Sum(c => (long)c.Id) }).FirstOrDefaultAsync(cancellationToken);
        var reviews = await db.DeviceReviews.IgnoreQueryFilters().GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), V = g.Sum(r => (long)r.Id) }).FirstOrDefaultAsync(cancellationToken);
        return $"{stations?.N}:{stations?.V}|{devices?.N}:{devices?.V}|{certificates?.N}:{certificates?.V}|{reviews?.N}:{reviews?.V}";
    }

    private sealed record Snapshot(FrozenDictionary<string, WimDeviceEntry> ByCode, string Fingerprint, DateTime CheckedAtUtc);
}
