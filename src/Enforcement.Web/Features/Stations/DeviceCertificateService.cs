using System.Globalization;
using Enforcement.Data;
using Enforcement.Data.Files;
using Enforcement.Domain.Common;
using Enforcement.Domain.Evidence;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Stations;

/// <summary>
/// Verification certificates (计量法 Art 9) with their scans kept content-addressed under
/// <c>&lt;data&gt;/metrology</c>, hashed again on every download; and the expiry warnings of the caller's devices.
/// </summary>
internal sealed class DeviceCertificateService(
    EnforcementDbContext db, [FromKeyedServices(DeviceCertificateService.FilesKey)] ContentStore store,
    IOptions<StationsOptions> options, TimeProvider clock, ILogger<DeviceCertificateService> logger)
{
    public const string FilesKey = "metrology";

    /// <summary>The scan as uploaded: its name, length, and how to read it (each call a fresh stream).</summary>
    public sealed record CertificateFile(string? FileName, long Length, Func<Stream> OpenRead);

    /// <summary>The form fields as sent (multipart text), validated here for the API and the page alike.</summary>
    public sealed record CertificateUpload(string? Number, string? Issuer, string? ValidFrom, string? ValidTo, CertificateFile? File);

    public sealed record OpenedFile(Stream Content, string ContentType, string FileName);

    public StationsOptions Options => options.Value;

    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<Checked<DeviceView>> AddAsync(int deviceId, CertificateUpload input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = new List<Refusal>();
        var from = Date(input.ValidFrom, "validFrom", "有效期自", refusals);
        var to = Date(input.ValidTo, "validTo", "有效期至", refusals);
        // A date that did not parse has said so already; the draft's "missing" for the same field would repeat it.
        var unparsed = refusals.Select(r => r.Field).ToHashSet();
        var draftRefusals = DeviceRules.CheckCertificate(new CertificateDraft(input.Number, input.Issuer, from, to), out var certificate);
        refusals.AddRange(draftRefusals.Where(r => !unparsed.Contains(r.Field)));
        FileFormat? format = null;
        if (input.File is not { } file)
        {
            refusals.Add(new Refusal("required", "file", "请上传检定证书扫描件（PDF 或图片）"));
        }
        else
        {
            // Judged by content and size before a byte is stored: a refusal leaves nothing behind.
            format = await DetectAsync(file, cancellationToken);
            if (format is null || format.Kind is not (EvidenceFileKind.Pdf or EvidenceFileKind.Image))
            {
                refusals.Add(new Refusal("certificate.file-type", "file", "检定证书文件须为 PDF 或图片（JPEG、PNG、WebP、HEIC）"));
            }
            else if (file.Length > Options.CertificateMaxBytes)
            {
                refusals.Add(new Refusal("certificate.file-size", "file", $"检定证书文件不能超过 {EvidencePolicy.Size(Options.CertificateMaxBytes)}"));
            }
        }
        if (refusals.Count > 0) return Checked<DeviceView>.Refused(refusals);

        if (!await db.Devices.AnyAsync(d => d.Id == deviceId, cancellationToken)) return Problems.Missing("设备");
        if (await NumberTakenAsync(certificate!, cancellationToken)) return Duplicate(certificate!);

        StoredFile stored;
        await using (var content = input.File!.OpenRead()) stored = await store.SaveAsync(content, cancellationToken);
        certificate!.DeviceId = deviceId;
        certificate.FileSha256 = stored.Sha256;
        certificate.FileName = SafeFileName(input.File.FileName, format!);
        certificate.ContentType = format!.ContentType;
        certificate.FileSizeBytes = stored.SizeBytes;
        certificate.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.DeviceCertificates.Add(certificate);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The row did not come to be: content this save created has nothing referring to it.
            if (stored.Created && !await db.DeviceCertificates.IgnoreQueryFilters().AnyAsync(c => c.FileSha256 == stored.Sha256, CancellationToken.None))
            {
                store.Delete(stored.Sha256);
            }
            db.ChangeTracker.Clear();
            if (await NumberTakenAsync(certificate, CancellationToken.None)) return Duplicate(certificate);
            throw;
        }

        var device = await db.Devices.AsNoTracking().Include(d => d.Station).Include(d => d.Certificates).Include(d => d.Reviews)
            .AsSplitQuery().FirstAsync(d => d.Id == deviceId, cancellationToken);
        return DeviceService.ToView(device, Today);
    }

    public async Task<Result<OpenedFile>> OpenFileAsync(int certificateId, CancellationToken cancellationToken = default)
    {
        var certificate = await db.DeviceCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate?.FileSha256 is not { } sha) return Problems.Missing("检定证书文件");
        var read = await store.OpenVerifiedAsync(sha, cancellationToken);
        if (read.State == StoredFileState.Intact) return new OpenedFile(read.Content!, certificate.ContentType ?? "application/octet-stream", certificate.FileName ?? sha);

        logger.LogError("Verification certificate {CertificateId} ({Number}): stored file {Sha256} is {State}, actual {Actual}",
            certificate.Id, certificate.Number, sha, read.State, read.ActualSha256 ?? "-");
        db.RecordAudit("integrity-failed", nameof(DeviceCertificate), certificate.Id.ToString(CultureInfo.InvariantCulture),
            $"检定证书 {certificate.Number} 的文件{(read.State == StoredFileState.Missing ? "缺失" : "与登记的 SHA-256 不一致")}，下载已拒绝");
        await db.SaveChangesAsync(CancellationToken.None);
        return new Refusal("certificate.integrity", null, "检定证书文件完整性校验失败（文件缺失或与登记的 SHA-256 不一致），已拒绝下载并记入审计日志", RefusalKind.Conflict);
    }

    /// <summary>
    /// Devices in service whose last certificate ends within the warning window (or has ended): the owning agency
    /// has that long to have the device verified again before its records stop counting.
    /// </summary>
    public async Task<IReadOnlyList<ExpiringCertificateView>> ExpiringAsync(int? withinDays = null)
    {
        var today = Today;
        var limit = today.AddDays(Math.Max(0, withinDays ?? Options.CertificateWarningDays));
        var devices = await db.Devices.AsNoTracking().Include(d => d.Station).Include(d => d.Certificates)
            .Where(d => d.Status != DeviceStatus.OutOfService && d.Certificates.Any(c => c.ValidTo <= limit))
            .AsSplitQuery().ToListAsync();
        var agencyIds = devices.Select(d => d.Station!.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name);
        return [.. devices
            .Select(d => (Device: d, Latest: d.LatestCertificate()!))
            .Where(x => x.Latest.ValidTo <= limit)
            .OrderBy(x => x.Latest.ValidTo).ThenBy(x => x.Device.Code)
            .Select(x => new ExpiringCertificateView(x.Device.Id, x.Device.Code, x.Device.Kind.Name(), x.Device.StationId, x.Device.Station!.Code,
                x.Device.Station.Name, agencies.GetValueOrDefault(x.Device.Station.AgencyId, ""), x.Latest.Id, x.Latest.Number, x.Latest.Issuer,
                x.Latest.ValidTo, x.Latest.ValidTo.DayNumber - today.DayNumber, x.Latest.ValidTo < today))];
    }

    private Task<bool> NumberTakenAsync(DeviceCertificate certificate, CancellationToken cancellationToken) =>
        db.DeviceCertificates.IgnoreQueryFilters().AnyAsync(c => c.Issuer == certificate.Issuer && c.Number == certificate.Number, cancellationToken);

    private static Refusal Duplicate(DeviceCertificate certificate) =>
        new("certificate.duplicate", "number", $"{certificate.Issuer} 的检定证书 {certificate.Number} 已登记", RefusalKind.Conflict);

    private static DateOnly? Date(string? text, string field, string label, List<Refusal> refusals)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        refusals.Add(new Refusal("date.format", field, $"{label}须为日期（如 2026-01-31）"));
        return null;
    }

    private static async Task<FileFormat?> DetectAsync(CertificateFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        var head = new byte[FileSignature.HeadLength];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return FileSignature.Detect(head.AsSpan(0, read));
    }

    /// <summary>The uploader's name without any path, for the download's file name; the hash when there is none.</summary>
    private static string SafeFileName(string? name, FileFormat format)
    {
        var plain = Path.GetFileName(name?.Replace('\\', '/') ?? "");
        plain = string.Concat(plain.Where(c => !char.IsControl(c)));
        if (plain.Length > 200) plain = plain[^200..];
        return plain.Length > 0 ? plain : "检定证书." + format.Name.ToLowerInvariant();
    }
}
