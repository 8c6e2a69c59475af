using System.Globalization;
using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Data.Evidence;
using Enforcement.Data.Files;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Evidence;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Evidence;

/// <summary>
/// Evidence of a case and its chain of custody. Every query runs in the caller's data scope (through the case's
/// agency); every touch of a file (upload, view, download, failed check) appends a custody event.
/// </summary>
internal sealed class EvidenceService(EnforcementDbContext db, [FromKeyedServices(EvidenceService.FilesKey)] ContentStore store, EvidencePolicy policy, TimeProvider clock, ILogger<EvidenceService> logger)
{
    /// <summary>Key of the content store holding evidence files (generated documents have a folder of their own).</summary>
    public const string FilesKey = "evidence";

    public const string IntegrityAlarm = "证据文件完整性校验失败：存储的文件与上传时登记的 SHA-256 不一致，可能已被篡改或损坏。本次下载已拒绝并记入证据保管链，请立即报告系统管理员";

    /// <summary>A file part of the upload: its name on the uploader's device, its length, and how to read it (each call a fresh stream).</summary>
    public sealed record UploadFile(string? FileName, long Length, Func<Stream> OpenRead);

    /// <summary>The form fields as sent; they are validated here, in one place for the API and the page.</summary>
    public sealed record UploadInput(string? Type, string? Title, string? Description, string? CollectedOn, string? IsAudioVisualRecord,
        string? Act, string? PartyName, UploadFile? File);

    private sealed record Fields(EvidenceType Type, string Title, string? Description, DateOnly CollectedOn, bool IsAudioVisualRecord, string? Act, string? PartyName);

    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<Result<EvidenceView>> UploadAsync(int caseId, UploadInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fields = Validate(input);
        if (!fields.IsOk) return fields.Refusal!;
        var valid = fields.Value!;

        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.AgencyId, c.Status }).FirstOrDefaultAsync(cancellationToken);
        if (@case is null) return Problems.Missing("案件");
        // 归档 closes the case file: what is in it stays, nothing more goes in.
        if (@case.Status == CaseStatus.Archived) return new Refusal("evidence.archived", null, "案件已归档，不能再添加证据", RefusalKind.Conflict);

        FileFormat? format = null;
        if (input.File is { } file)
        {
            // Judged by content and size before a single byte is stored: a refusal leaves nothing behind.
            format = await DetectAsync(file);
            if (policy.Check(format?.Kind, file.Length) is { } refusal) return refusal;
            if (valid.IsAudioVisualRecord && format!.Kind == EvidenceFileKind.Pdf)
            {
                return new Refusal("evidence.record-file", "file", "音像记录须为照片、录音或录像");
            }
        }

        StoredFile? stored = null;
        if (input.File is { } upload)
        {
            await using (var content = upload.OpenRead()) stored = await store.SaveAsync(content, cancellationToken);
            var duplicate = await db.EvidenceItems.AsNoTracking().Where(e => e.CaseId == caseId && e.FileSha256 == stored.Sha256)
                .Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
            // The content was already in the store (it is this case's), so nothing written needs removing.
            if (duplicate is { } id) return new Refusal("evidence.duplicate", "file", $"该文件已作为本案证据上传（证据编号 {id}）", RefusalKind.Conflict);
        }

        var item = new EvidenceItem
        {
            CaseId = caseId,
            AgencyId = @case.AgencyId,
            Type = valid.Type,
            Title = valid.Title,
            Description = valid.Description,
            CollectedOn = valid.CollectedOn,
            CollectedByOfficerId = PlatformClaims.OfficerId(user),
            FileSha256 = stored?.Sha256,
            FileName = input.File is null ? null : SafeFileName(input.File.FileName, stored!.Sha256),
            ContentType = format?.ContentType,
            SizeBytes = stored?.SizeBytes,
            IsAudioVisualRecord = valid.IsAudioVisualRecord,
            EnforcementAct = valid.Act,
            PartyName = valid.PartyName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        item.Custody.Add(Event(CustodyEventKind.Uploaded, stored is null ? "无文件" : $"SHA-256 {stored.Sha256}，{format!.Name}，{stored.SizeBytes} 字节"));
        db.EvidenceItems.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Content this upload brought into the store and no record refers to would be an orphan.
            if (stored is { Created: true }) store.Delete(stored.Sha256);
            throw;
        }
        return EvidenceView.From(item, item.Custody);
    }

    /// <summary>
    /// Files the platform itself produced or received from a registered device (a clue's evidence package): no upload
    /// to judge by its signature, but the same content store, hash and chain of custody. Saved with the caller's
    /// changes (inside the caller's transaction, if any); the stored file is returned so a failed caller can remove it.
    /// </summary>
    public async Task<(EvidenceItem Item, StoredFile File)> AttachPlatformFileAsync(int caseId, EvidenceType type, string title, string? description,
        DateOnly collectedOn, Stream content, string fileName, string contentType, string custodyNote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var agencyId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.AgencyId).FirstAsync(cancellationToken);
        var stored = await store.SaveAsync(content, cancellationToken);
        var item = new EvidenceItem
        {
            CaseId = caseId,
            AgencyId = agencyId,
            Type = type,
            Title = title.Length > 200 ? title[..200] : title,
            Description = description,
            CollectedOn = collectedOn,
            FileSha256 = stored.Sha256,
            FileName = SafeFileName(fileName, stored.Sha256),
            ContentType = contentType,
            SizeBytes = stored.SizeBytes,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        item.Custody.Add(Event(CustodyEventKind.Uploaded, $"SHA-256 {stored.Sha256}，{stored.SizeBytes} 字节；{custodyNote}"));
        db.EvidenceItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return (item, stored);
    }

    /// <summary>The case's evidence with the length of each chain of custody; null when the case is not there for the caller.</summary>
    public async Task<IReadOnlyList<EvidenceSummaryView>?> ListAsync(int caseId)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId)) return null;
        var rows = await db.EvidenceItems.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id)
            .Select(e => new EvidenceSummaryView(e.Id, e.CaseId, e.Type, "", e.Title, e.CollectedOn, e.FileSha256, e.FileName, e.ContentType,
                e.SizeBytes, e.IsAudioVisualRecord, e.Custody.Count))
            .ToListAsync();
        return [.. rows.Select(r => r with { TypeName = EvidenceTypes.Name(r.Type) })];
    }

    /// <summary>Metadata and the chain of custody; looking is itself a link of the chain.</summary>
    public async Task<EvidenceView?> ViewAsync(int id)
    {
        var item = await db.EvidenceItems.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
        if (item is null) return null;
        db.CustodyEvents.Add(Event(CustodyEventKind.Viewed, null, item.Id));
        await db.SaveChangesAsync();
        var custody = await db.CustodyEvents.AsNoTracking().Where(c => c.EvidenceId == id).ToListAsync();
        return EvidenceView.From(item, custody);
    }

    /// <summary>
    /// The stored file, hashed again before it is handed out. A mismatch is an alarm, not a detail: the download is
    /// refused (409), the failure joins the chain of custody, and the log says which file and what it hashes to now.
    /// </summary>
    public async Task<Result<EvidenceDownload>> OpenFileAsync(int id, CancellationToken cancellationToken = default)
    {
        var item = await db.EvidenceItems.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null) return Problems.Missing("证据");
        if (item.FileSha256 is null) return new Refusal("evidence.no-file", null, "该证据没有文件", RefusalKind.NotFound);

        var read = await store.OpenVerifiedAsync(item.FileSha256, cancellationToken);
        if (read.State != StoredFileState.Intact)
        {
            logger.LogError("Evidence integrity check failed: evidence {EvidenceId} of case {CaseId}, stored as {Sha256}, is {State} (now hashes to {ActualSha256})",
                item.Id, item.CaseId, item.FileSha256, read.State, read.ActualSha256 ?? "-");
            var note = read.State == StoredFileState.Missing ? "文件缺失" : $"登记 SHA-256 {item.FileSha256}，实际 {read.ActualSha256}";
            db.CustodyEvents.Add(Event(CustodyEventKind.IntegrityFailed, note, item.Id));
            // Recorded even if the caller has gone away meanwhile.
            await db.SaveChangesAsync(CancellationToken.None);
            return new Refusal("evidence.integrity", null, IntegrityAlarm, RefusalKind.Conflict);
        }

        try
        {
            db.CustodyEvents.Add(Event(CustodyEventKind.Downloaded, null, item.Id));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await read.Content!.DisposeAsync();
            throw;
        }
        return new EvidenceDownload(read.Content!, item.ContentType ?? "application/octet-stream", item.FileName ?? item.FileSha256);
    }

    private Result<Fields> Validate(UploadInput input)
    {
        var type = EvidenceTypes.Parse(input.Type);
        if (!type.IsOk) return type.Refusal!;
        var title = Trimmed(input.Title);
        if (title is null) return Problems.Required("title", "证据名称");
        if (title.Length > 200) return TooLong("title", "证据名称", 200);
        var description = Trimmed(input.Description);
        if (description?.Length > 2000) return TooLong("description", "证据说明", 2000);
        if (Trimmed(input.CollectedOn) is not { } collectedText) return Problems.Required("collectedOn", "收集日期");
        if (!DateOnly.TryParseExact(collectedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var collectedOn))
        {
            return new Refusal("evidence.date", "collectedOn", "收集日期格式应为 yyyy-MM-dd");
        }
        if (collectedOn > Today) return new Refusal("evidence.future", "collectedOn", "收集日期不能晚于今天");
        if (!TryParseFlag(input.IsAudioVisualRecord, out var audioVisual))
        {
            return new Refusal("evidence.flag", "isAudioVisualRecord", "是否音像记录应为 true 或 false");
        }
        var act = Trimmed(input.Act);
        if (act?.Length > 100) return TooLong("act", "执法环节", 100);
        var party = Trimmed(input.PartyName);
        if (party?.Length > 100) return TooLong("partyName", "当事人", 100);
        if (audioVisual && input.File is null) return new Refusal("evidence.record-file", "file", "音像记录须上传照片、录音或录像文件");
        return new Fields(type.Value, title, description, collectedOn, audioVisual, act, party);
    }

    private static Refusal TooLong(string field, string label, int max) => new("too-long", field, $"{label}不能超过 {max} 个字");

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>HTML checkboxes send "true" (or "on"); API callers send true/false; absent means false.</summary>
    private static bool TryParseFlag(string? text, out bool value)
    {
        value = false;
        var trimmed = Trimmed(text);
        if (trimmed is null) return true;
        if (trimmed is "on" or "1") return value = true;
        if (trimmed is "0") return true;
        return bool.TryParse(trimmed, out value);
    }

    /// <summary>Only the last path segment, without control characters, at most 255 characters; the hash if nothing is left.</summary>
    private static string SafeFileName(string? name, string sha256)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? sha256 : clean.Length > 255 ? clean[^255..] : clean;
    }

    private static async Task<FileFormat?> DetectAsync(UploadFile file)
    {
        var head = new byte[FileSignature.HeadLength];
        await using var stream = file.OpenRead();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        return FileSignature.Detect(head.AsSpan(0, read));
    }

    private CustodyEvent Event(CustodyEventKind kind, string? note, int evidenceId = 0) => new()
    {
        EvidenceId = evidenceId,
        Kind = kind,
        ByUserName = db.Request.Actor.UserName ?? "system",
        AtUtc = clock.GetUtcNow().UtcDateTime,
        ClientAddress = db.Request.Actor.ClientAddress,
        Note = note,
    };
}
