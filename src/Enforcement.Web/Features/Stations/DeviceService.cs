using Enforcement.Data;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Stations;

/// <summary>
/// Devices of the caller's sites: registration, what the law looks at (notice, enforcement start, service), legal
/// and technical reviews, and the device's validity on a date as <see cref="DeviceGate"/> decides it.
/// </summary>
internal sealed class DeviceService(EnforcementDbContext db, TimeProvider clock)
{
    public sealed record DeviceInput(
        string? Code, string? Kind, string? Model, string? Manufacturer, string? AccuracyClass, decimal? MinSpeedKmh,
        decimal? MaxSpeedKmh, DateOnly? NoticeFrom, DateOnly? NoticeTo, DateOnly? EnforcementStartsOn, string? Status,
        DateOnly? OutOfServiceFrom, int? Version = null)
    {
        public DeviceDraft Draft => new(Code, Kind, Model, Manufacturer, AccuracyClass, MinSpeedKmh, MaxSpeedKmh, NoticeFrom, NoticeTo,
            EnforcementStartsOn, Status, OutOfServiceFrom);
    }

    public sealed record ReviewInput(string? Kind, DateOnly? On, string? Reviewer, bool Passed, string? Conclusion);

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<IReadOnlyList<DeviceSummaryView>> ListAsync(int? stationId)
    {
        var query = Full();
        if (stationId is { } s) query = query.Where(d => d.StationId == s);
        var today = Today;
        return [.. (await query.OrderBy(d => d.Code).ToListAsync()).Select(d => new DeviceSummaryView(
            d.Id, d.Code, d.Kind, d.Kind.Name(), d.Model, d.Status, d.Status.Name(), d.EnforcementStartsOn, ValidityView.Of(d, today)))];
    }

    public async Task<DeviceView?> GetAsync(int id, DateOnly? on = null)
    {
        var device = await Full().FirstOrDefaultAsync(d => d.Id == id);
        return device is null ? null : ToView(device, on ?? Today);
    }

    public async Task<Checked<DeviceView>> CreateAsync(int stationId, DeviceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var device = new Device { Code = "", Model = "", Manufacturer = "" };
        var refusals = DeviceRules.Apply(input.Draft, device, isNew: true);
        if (refusals.Count > 0) return Checked<DeviceView>.Refused(refusals);
        if (!await db.Stations.AnyAsync(s => s.Id == stationId)) return Problems.Missing("站点");
        if (await CodeTakenAsync(device.Code)) return Duplicate(device.Code);

        device.StationId = stationId;
        db.Devices.Add(device);
        if (await SaveAsync(device.Code) is { } refused) return refused;
        return (await GetAsync(device.Id))!;
    }

    public async Task<Checked<DeviceView>> UpdateAsync(int id, DeviceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == id);
        if (device is null) return Problems.Missing("设备");
        if (input.Version is null) return Problems.Required("version", "版本号");
        db.Entry(device).Property(d => d.Version).OriginalValue = input.Version.Value;
        var refusals = DeviceRules.Apply(input.Draft, device, isNew: false);
        if (refusals.Count > 0) return Checked<DeviceView>.Refused(refusals);
        if (await SaveAsync(null) is { } refused) return refused;
        return (await GetAsync(device.Id))!;
    }

    public async Task<Checked<DeviceView>> AddReviewAsync(int id, ReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = DeviceRules.CheckReview(new ReviewDraft(input.Kind, input.On, input.Reviewer, input.Passed, input.Conclusion), Today, out var review);
        if (refusals.Count > 0) return Checked<DeviceView>.Refused(refusals);
        if (!await db.Devices.AnyAsync(d => d.Id == id)) return Problems.Missing("设备");
        review!.DeviceId = id;
        review.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.DeviceReviews.Add(review);
        await db.SaveChangesAsync();
        return (await GetAsync(id))!;
    }

    private IQueryable<Device> Full() => db.Devices.AsNoTracking()
        .Include(d => d.Station).Include(d => d.Certificates).Include(d => d.Reviews).AsSplitQuery();

    private Task<bool> CodeTakenAsync(string code) => db.Devices.IgnoreQueryFilters().AnyAsync(d => d.Code == code);

    private static Refusal Duplicate(string code) => new("device.duplicate", "code", $"设备编号 {code} 已存在", RefusalKind.Conflict);

    /// <param name="code">A new device's code: a unique-index failure on it means another request registered it first.</param>
    private async Task<Refusal?> SaveAsync(string? code)
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
            if (code is null || !await CodeTakenAsync(code)) throw;
            return Duplicate(code);
        }
    }

    public static DeviceView ToView(Device d, DateOnly on)
    {
        var station = d.Station!;
        return new DeviceView(d.Id, d.Code, d.Kind, d.Kind.Name(), d.StationId, station.Code, station.Name, station.RouteCode, station.Stake,
            station.AgencyId, d.Model, d.Manufacturer, d.AccuracyClass, d.AccuracyClass?.ToChineseName(), d.MinSpeedKmh, d.MaxSpeedKmh,
            d.NoticeFrom, d.NoticeTo, d.EnforcementStartsOn, d.Status, d.Status.Name(), d.OutOfServiceFrom,
            new CredentialStateView(d.CredentialHash is not null, d.CredentialIssuedAtUtc, d.CredentialRevokedAtUtc), d.Version,
            ValidityView.Of(d, on),
            [.. d.Certificates.OrderByDescending(c => c.ValidTo).Select(c => new CertificateView(c.Id, c.Number, c.Issuer, c.ValidFrom, c.ValidTo,
                c.ValidTo.DayNumber - on.DayNumber, c.FileSha256, c.FileName, c.ContentType, c.FileSizeBytes))],
            [.. d.Reviews.OrderByDescending(r => r.On).ThenByDescending(r => r.Id).Select(r => new ReviewView(r.Id, r.Kind, r.Kind.Name(), r.On, r.Reviewer, r.Passed, r.Conclusion))]);
    }
}
