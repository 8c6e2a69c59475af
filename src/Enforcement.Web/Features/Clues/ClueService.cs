using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Enforcement.Data;
using Enforcement.Data.Files;
using Enforcement.Data.Wim;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Domain.Evidence;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Review;
using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Features.Calendar;
using Enforcement.Web.Features.Cases;
using Enforcement.Web.Features.Evidence;
using Enforcement.Web.Features.Parties;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Clues;

/// <summary>
/// The clue review (线索中心) through HTTP and the review screen alike: the queue, one clue with its evidence, the moves
/// of the domain table (<see cref="ClueLifecycle"/>), 转立案 into the case module with the evidence package, and 告知
/// with the owner's online statement. Every query runs in the caller's data scope (the station's agency); every move
/// checks the version the caller read.
/// </summary>
internal sealed class ClueService(
    EnforcementDbContext db, ClueOptions options, CalendarService calendar, TimeProvider clock, CaseService cases, VehicleService vehicles,
    EvidenceService evidence, [FromKeyedServices(EvidenceService.FilesKey)] ContentStore store)
{
    public sealed record Filter(ClueStatus? Status, int? StationId, DateOnly? From, DateOnly? To, OverloadOutcome? Outcome, int Page = 1, int PageSize = 50);

    public sealed record MoveInput(int? Version, string? Reason, string? Note);

    public sealed record CaseInput(int? Version, int? PartyId, PartyKind? PartyKind);

    public sealed record NoticeInput(int? Version, string? RecipientName);

    public sealed record StatementInput(string? Kind, string? Text, string? Contact);

    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static ClueStatus ToClue(OverloadViolationStatus status) => Enum.Parse<ClueStatus>(status.ToString());
    public static OverloadViolationStatus ToStored(ClueStatus status) => Enum.Parse<OverloadViolationStatus>(status.ToString());

    private static DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
    private static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToChina(utc).DateTime);
    private static decimal Yuan(long fen) => fen / 100m;

    public async Task<ClueListView> ListAsync(Filter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.OverloadViolations.AsNoTracking();
        if (filter.Status is { } status)
        {
            var stored = ToStored(status);
            query = query.Where(v => v.Status == stored);
        }
        if (filter.StationId is { } stationId)
        {
            var devices = db.Devices.Where(d => d.StationId == stationId).Select(d => d.Id);
            query = query.Where(v => devices.Contains(v.GoverningDeviceId));
        }
        if (filter.From is { } from)
        {
            var start = StartUtc(from);
            query = query.Where(v => v.FirstCapturedAtUtc >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartUtc(to.AddDays(1));
            query = query.Where(v => v.FirstCapturedAtUtc < end);
        }
        if (filter.Outcome is { } outcome) query = query.Where(v => v.Outcome == outcome);

        var pageSize = Math.Clamp(filter.PageSize, 1, 200);
        var page = Math.Max(filter.Page, 1);
        var total = await query.CountAsync();
        var rows = await query.OrderBy(v => v.FirstCapturedAtUtc).ThenBy(v => v.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        var stations = await StationNamesAsync(rows.Select(v => v.GoverningDeviceId));
        var repeats = await RepeatsAsync(rows);
        return new ClueListView([.. rows.Select(v =>
        {
            var repeat = repeats[v.Id];
            var clueStatus = ToClue(v.Status);
            return new ClueSummaryView(v.Id, clueStatus, ClueNames.Name(clueStatus), v.PlateNumber, v.PlateColour.ToChineseName(), v.RouteCode,
                stations.GetValueOrDefault(v.GoverningDeviceId), v.FirstCapturedAtUtc, v.HitCount, v.GrossKg, v.EffectiveOverKg, v.Outcome,
                ClueNames.Outcome(v.Outcome), Yuan(v.FineFen), v.HundredTonKing, repeat.Count, repeat.Flagged, v.Version);
        })], total, page, pageSize);
    }

    /// <summary>Ids of the clues the filter selects, in queue order (the review screen's next/previous).</summary>
    public async Task<IReadOnlyList<long>> IdsAsync(Filter filter)
    {
        var list = await ListAsync(filter with { Page = 1, PageSize = 200 });
        return [.. list.Items.Select(i => i.Id)];
    }

    private async Task<Dictionary<int, string>> StationNamesAsync(IEnumerable<int> deviceIds)
    {
        var ids = deviceIds.Distinct().ToList();
        return await db.Devices.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Station!.Name }).ToDictionaryAsync(d => d.Id, d => d.Name);
    }

    /// <summary>
    /// 《公路安全保护条例》第六十六条: established violations of the same vehicle (plate and colour) in the 12 months up to
    /// each clue's day, the clue itself included; invalid clues do not count.
    /// </summary>
    private async Task<Dictionary<long, RepeatFlag>> RepeatsAsync(List<OverloadViolation> clues)
    {
        if (clues.Count == 0) return [];
        var plates = clues.Select(v => v.PlateNumber).Distinct().ToList();
        var since = StartUtc(ChinaDay(clues.Min(v => v.FirstCapturedAtUtc)).AddMonths(-12));
        var invalid = OverloadViolationStatus.Invalid;
        var past = await db.OverloadViolations.AsNoTracking()
            .Where(v => plates.Contains(v.PlateNumber) && v.Status != invalid && v.FirstCapturedAtUtc >= since)
            .Select(v => new { v.PlateNumber, v.PlateColour, v.FirstCapturedAtUtc }).ToListAsync();
        return clues.ToDictionary(c => c.Id, c => RepeatViolations.Check(
            past.Where(p => p.PlateNumber == c.PlateNumber && p.PlateColour == c.PlateColour).Select(p => ChinaDay(p.FirstCapturedAtUtc)),
            ChinaDay(c.FirstCapturedAtUtc)));
    }

    public async Task<ClueView?> GetAsync(long id, ClaimsPrincipal user)
    {
        var v = await db.OverloadViolations.AsNoTracking().Include(x => x.Hits).FirstOrDefaultAsync(x => x.Id == id);
        return v is null ? null : await ViewAsync(v, user);
    }

    private async Task<ClueView> ViewAsync(OverloadViolation v, ClaimsPrincipal user)
    {
        var hits = v.Hits.Count > 0 ? v.Hits : await db.OverloadViolationHits.AsNoTracking().Where(h => h.ViolationId == v.Id).ToListAsync();
        var records = await RecordsAsync(hits);
        var devices = await DevicesAsync(hits.Select(h => h.DeviceId).Append(v.GoverningDeviceId));
        var review = await db.ClueReviews.AsNoTracking().Include(r => r.History).Include(r => r.Notices).FirstOrDefaultAsync(r => r.ViolationId == v.Id)
            ?? new ClueReview { ViolationId = v.Id, AgencyId = v.AgencyId };
        var facts = Facts(v, records);
        var policy = await PolicyAsync(v.AgencyId);
        var repeat = (await RepeatsAsync([v]))[v.Id];
        var status = ToClue(v.Status);
        var device = devices.GetValueOrDefault(v.GoverningDeviceId);
        var certificate = device?.Certificates.Where(c => c.ValidFrom <= ChinaDay(v.GoverningCapturedAtUtc) && c.ValidTo >= ChinaDay(v.GoverningCapturedAtUtc))
            .OrderByDescending(c => c.ValidTo).FirstOrDefault();
        var site = new ClueSiteView(device?.Station?.Code, device?.Station?.Name, v.RouteCode, device?.Station?.Stake,
            device?.Station is { } s ? StationNames.Name(s.Direction) : null, v.GoverningDeviceCode, certificate?.Number, certificate?.Issuer, certificate?.ValidTo);
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

        return new ClueView(v.Id, status, ClueNames.Name(status), v.Version, v.PlateNumber, v.PlateColour.ToChineseName(), site, v.FirstCapturedAtUtc,
            v.LastCapturedAtUtc, v.HitCount, v.GrossKg, v.EffectiveOverKg, v.Outcome, ClueNames.Outcome(v.Outcome), Yuan(v.FineFen), v.HundredTonKing,
            facts.RecordValid, facts.InvalidWhy, repeat.Count, repeat.Flagged,
            [.. hits.OrderBy(h => h.CapturedAtUtc).Select(h => HitView(v, h, records.GetValueOrDefault((h.DeviceId, h.RecordId, h.CapturedAtUtc))))],
            review.FirstReviewerUserName, review.FirstFindingValid, review.SecondReviewerUserName, review.InvalidReasonCode,
            review.InvalidReasonCode is null ? null : ClueInvalidReasons.Name(review.InvalidReasonCode), review.Note, review.CaseId,
            [.. review.History.OrderBy(h => h.Id).Select(h => new ClueHistoryView(ClueNames.Name(h.From), ClueNames.Name(h.To), ClueNames.Name(h.Action), h.ActorUserName, h.AtUtc, h.Note))],
            [.. review.Notices.OrderBy(n => n.Id).Select(n => new ClueNoticeView(n.Id, n.RecipientName, n.IssuedAtUtc, n.IssuedByUserName, n.StatementDueOn,
                n.StatementKind, n.StatementText, n.StatementContact, n.StatementAtUtc))],
            ClueLifecycle.ActionsFor(status, roles), policy.Requires(v.FineFen));
    }

    private ClueHitView HitView(OverloadViolation v, OverloadViolationHit h, WimStoredRecord? r)
    {
        var governing = h.DeviceId == v.GoverningDeviceId && h.RecordId == v.GoverningRecordId && h.CapturedAtUtc == v.GoverningCapturedAtUtc;
        var images = WimImages.Read(r?.Images).Select(i => new ClueImageView(i.Reference, i.Sha256, ImageUrl(v.Id, i))).ToList();
        return new ClueHitView(h.DeviceCode, h.RecordId, h.CapturedAtUtc, governing, r?.Lane ?? 0, r?.AxleCount ?? 0, r?.ConfigurationCode, h.GrossKg,
            r is null ? [] : AxleKg(r.AxleKg), r?.SpeedKmhTenths is { } speed ? speed / 10m : null, r?.LimitKg, r?.MeasuredOverKg ?? 0, r?.ToleranceKg ?? 0,
            h.EffectiveOverKg, (r?.OverLimitRateBp ?? 0) / 100m, h.Outcome, ClueNames.Outcome(h.Outcome), Yuan(h.FineFen), r?.HundredTonKing ?? false,
            r?.RuleVersion, images, ClueTrace.Read(h.TraceJson));
    }

    private static int[] AxleKg(string text) =>
        [.. text.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(a => int.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var kg) ? kg : 0)];

    /// <summary>A web address is shown as it is; an image the content store holds is served by the platform; else only reference and hash.</summary>
    private string? ImageUrl(long clueId, WimImage image)
    {
        if (Uri.TryCreate(image.Reference, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)) return image.Reference;
        return ContentStore.IsSha256(image.Sha256) && File.Exists(store.PathOf(image.Sha256)) ? $"/api/v1/wim/clues/{clueId}/images/{image.Sha256}" : null;
    }

    private async Task<Dictionary<(int, string, DateTime), WimStoredRecord>> RecordsAsync(List<OverloadViolationHit> hits)
    {
        var deviceIds = hits.Select(h => h.DeviceId).Distinct().ToList();
        var recordIds = hits.Select(h => h.RecordId).Distinct().ToList();
        var from = hits.Count == 0 ? DateTime.MinValue : hits.Min(h => h.CapturedAtUtc);
        var to = hits.Count == 0 ? DateTime.MinValue : hits.Max(h => h.CapturedAtUtc);
        var rows = await db.WimRecords.AsNoTracking()
            .Where(r => deviceIds.Contains(r.DeviceId) && recordIds.Contains(r.RecordId) && r.CapturedAtUtc >= from && r.CapturedAtUtc <= to).ToListAsync();
        var wanted = hits.Select(h => (h.DeviceId, h.RecordId, h.CapturedAtUtc)).ToHashSet();
        return rows.Where(r => wanted.Contains((r.DeviceId, r.RecordId, r.CapturedAtUtc))).ToDictionary(r => (r.DeviceId, r.RecordId, r.CapturedAtUtc));
    }

    private async Task<Dictionary<int, Device>> DevicesAsync(IEnumerable<int> ids)
    {
        var list = ids.Distinct().ToList();
        return await db.Devices.AsNoTracking().Include(d => d.Station).Include(d => d.Certificates).Include(d => d.Reviews)
            .Where(d => list.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
    }

    /// <summary>The governing record as stored: its device gating and validity rules decide whether the clue may ever be valid.</summary>
    private static ClueFacts Facts(OverloadViolation v, Dictionary<(int, string, DateTime), WimStoredRecord> records)
    {
        if (!records.TryGetValue((v.GoverningDeviceId, v.GoverningRecordId, v.GoverningCapturedAtUtc), out var record))
        {
            return new ClueFacts(v.FineFen, false, "找不到该线索的称重记录");
        }
        if (record.DeviceValid && record.InvalidReasons == 0) return new ClueFacts(v.FineFen, true, null);
        var why = InvalidReasonBits.CodesOf(record.InvalidReasons)
            .Select(code => DeterminationReason.All.FirstOrDefault(r => r.Code == code)?.Message ?? code).ToList();
        return new ClueFacts(v.FineFen, false, why.Count == 0 ? "设备在采集日期不具备执法条件" : string.Join("；", why));
    }

    private async Task<SecondReviewPolicy> PolicyAsync(int agencyId) =>
        options.PolicyFor(await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Key).FirstOrDefaultAsync());

    private static ClueActor Actor(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);

    /// <summary>Loads the clue for a move, checks the version, applies the domain table; nothing is saved yet.</summary>
    private async Task<Result<(OverloadViolation Violation, ClueReview Review, ClueHistoryRow Row)>> PrepareAsync(
        long id, int? version, ClueCommand command)
    {
        if (version is null) return Problems.Required("version", "版本号");
        var v = await db.OverloadViolations.FirstOrDefaultAsync(x => x.Id == id);
        if (v is null) return Problems.Missing("线索");
        if (v.Version != version) return Problems.StaleVersion;
        var review = await db.ClueReviews.Include(r => r.Notices).FirstOrDefaultAsync(r => r.ViolationId == id);
        var isNew = review is null;
        review ??= new ClueReview { ViolationId = id, AgencyId = v.AgencyId };
        var hits = await db.OverloadViolationHits.AsNoTracking().Where(h => h.ViolationId == id).ToListAsync();
        var facts = Facts(v, await RecordsAsync(hits));
        var context = new ClueContext(await PolicyAsync(v.AgencyId), Today, review.Notices.OrderByDescending(n => n.Id).FirstOrDefault());
        var moved = ClueLifecycle.Apply(review, ToClue(v.Status), facts, command, context, Now);
        if (!moved.IsOk) return moved.Refusal!;
        if (isNew) db.ClueReviews.Add(review);
        v.Status = ToStored(moved.Value!.To);
        db.Entry(v).Property(x => x.Version).OriginalValue = version.Value;
        return (v, review, moved.Value);
    }

    private async Task<Refusal?> SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateException)
        {
            // Another reviewer saved the clue first (its version moved on, or its review file was created meanwhile).
            db.ChangeTracker.Clear();
            return Problems.StaleVersion;
        }
    }

    /// <summary>认定有效 / 认定无效 (初审, 复审, or after the owner's statement).</summary>
    public async Task<Result<ClueView>> MoveAsync(long id, ClueAction action, MoveInput input, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (action is not (ClueAction.MarkValid or ClueAction.MarkInvalid))
        {
            return new Refusal("clue.action", "action", "此处只能认定有效或无效；转立案与告知各有其请求");
        }
        var prepared = await PrepareAsync(id, input.Version, new ClueCommand(action, Actor(user)) { ReasonCode = input.Reason, Note = input.Note });
        if (!prepared.IsOk) return prepared.Refusal!;
        if (await SaveAsync() is { } stale) return stale;
        return (await GetAsync(id, user))!;
    }

    /// <summary>
    /// 转立案: in one transaction the clue becomes 已立案, a case is registered as a 非现场线索 under the overload item,
    /// the vehicle (created if missing) and the owner party (if given) are linked, and the evidence package is filed as
    /// case evidence with its hashes. A refusal at any step leaves nothing behind.
    /// </summary>
    public async Task<Result<ClueCaseView>> OpenCaseAsync(long id, CaseInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stored = new List<StoredFile>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await OpenCaseInTransactionAsync(id, input, user, stored, ct);
            if (result.IsOk)
            {
                await transaction.CommitAsync(ct);
                stored.Clear();
            }
            else
            {
                db.ChangeTracker.Clear();
            }
            return result;
        }
        finally
        {
            // Files this attempt brought into the store that no committed record refers to.
            foreach (var file in stored.Where(f => f.Created)) store.Delete(file.Sha256);
        }
    }

    private async Task<Result<ClueCaseView>> OpenCaseInTransactionAsync(long id, CaseInput input, ClaimsPrincipal user, List<StoredFile> stored, CancellationToken ct)
    {
        var prepared = await PrepareAsync(id, input.Version, new ClueCommand(ClueAction.OpenCase, Actor(user)));
        if (!prepared.IsOk) return prepared.Refusal!;
        var (v, review, _) = prepared.Value;
        if (await SaveAsync() is { } stale) return stale;
        // 立案 counts in the statistics in this same transaction, so a refusal further down takes the count back too.
        await WimStatisticsCounters.CountCaseAsync(db, v.Id, ct);

        Domain.Cases.Parties.Party? party = null;
        if (input.PartyId is { } partyId)
        {
            party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partyId, ct);
            if (party is null) return new Refusal("not-found", "partyId", "当事人不存在", RefusalKind.NotFound);
        }
        var hits = await db.OverloadViolationHits.AsNoTracking().Where(h => h.ViolationId == id).OrderBy(h => h.CapturedAtUtc).ToListAsync(ct);
        var records = await RecordsAsync(hits);
        var devices = await DevicesAsync(hits.Select(h => h.DeviceId).Append(v.GoverningDeviceId));
        var station = devices.GetValueOrDefault(v.GoverningDeviceId)?.Station;
        var region = await db.Agencies.AsNoTracking().Where(a => a.Id == v.AgencyId).Select(a => a.DivisionCode).FirstAsync(ct);
        var firstDay = ChinaDay(v.FirstCapturedAtUtc);
        var lastDay = ChinaDay(v.LastCapturedAtUtc);
        var title = $"{v.PlateNumber}车货总质量超过限定标准违法超限运输（{v.RouteCode}{(station is null ? "" : " " + station.Stake)}）";

        var created = await cases.CreateClueAsync(new CaseService.CreateInput(title, options.CaseItemCode,
            input.PartyKind ?? party?.Kind ?? PartyKind.NaturalPerson, region, firstDay, lastDay == firstDay ? null : lastDay, false, CaseSource.NonSiteClue), user);
        if (!created.IsOk) return created.Refusal!;
        var caseId = created.Value!.Id;

        var vehicle = await vehicles.CreateAsync(new VehicleService.CreateInput(v.PlateNumber, v.PlateColour.ToChineseName(), null, party?.Id), user);
        if (!vehicle.IsOk) return vehicle.Refusal!;
        var @case = await db.Cases.FirstAsync(c => c.Id == caseId, ct);
        @case.VehicleId = vehicle.Value.Vehicle.Id;
        if (party is not null)
        {
            @case.PartyId = party.Id;
            @case.PartyKind = party.Kind;
        }

        var package = ClueEvidencePackage.Build(v, review, hits, records, devices, user.Identity?.Name ?? "", Now);
        var filed = new List<ClueEvidenceView>();
        await using (var content = new MemoryStream(package))
        {
            var (item, file) = await evidence.AttachPlatformFileAsync(caseId, EvidenceType.Electronic, $"超限检测数据与认定过程（线索 {v.Id}）",
                $"{v.HitCount} 次称重记录（同一趟次）的称重数据、认定过程与规则版本、图像 SHA-256、设备检定证书与审核快照、审核人员与时间",
                lastDay, content, $"clue-{v.Id}-evidence.json", "application/json", $"由线索 {v.Id} 转立案生成", ct);
            stored.Add(file);
            filed.Add(new(item.Id, item.Title, item.FileName, file.Sha256, file.SizeBytes));
        }
        foreach (var (hit, image) in hits.SelectMany(h => WimImages.Read(records.GetValueOrDefault((h.DeviceId, h.RecordId, h.CapturedAtUtc))?.Images).Select(i => (h, i)))
                     .DistinctBy(x => x.i.Sha256))
        {
            if (!ContentStore.IsSha256(image.Sha256)) continue;
            var read = await store.OpenVerifiedAsync(image.Sha256, ct);
            if (read.State != StoredFileState.Intact) continue;
            await using var content = read.Content!;
            var head = new byte[FileSignature.HeadLength];
            var length = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            content.Position = 0;
            var format = FileSignature.Detect(head.AsSpan(0, length));
            var (item, file) = await evidence.AttachPlatformFileAsync(caseId, EvidenceType.Electronic, $"抓拍图像（{hit.DeviceCode} 记录 {hit.RecordId}）",
                $"设备报送的图像，引用 {image.Reference}", ChinaDay(hit.CapturedAtUtc), content, Path.GetFileName(image.Reference) is { Length: > 0 } name ? name : image.Sha256,
                format?.ContentType ?? "application/octet-stream", $"线索 {v.Id} 的称重记录图像", ct);
            stored.Add(file);
            filed.Add(new(item.Id, item.Title, item.FileName, file.Sha256, file.SizeBytes));
        }

        review.CaseId = caseId;
        await db.SaveChangesAsync(ct);
        return new ClueCaseView((await GetAsync(id, user))!, caseId, filed);
    }

    /// <summary>告知: the owner gets a one-time link to the online statement page; the token is shown only in this answer.</summary>
    public async Task<Result<ClueNoticeIssuedView>> NotifyAsync(long id, NoticeInput input, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(input);
        var recipient = string.IsNullOrWhiteSpace(input.RecipientName) ? null : input.RecipientName.Trim();
        if (recipient?.Length > ClueNotice.RecipientMaxLength)
        {
            return new Refusal("too-long", "recipientName", $"被告知人不能超过 {ClueNotice.RecipientMaxLength} 个字");
        }
        var prepared = await PrepareAsync(id, input.Version, new ClueCommand(ClueAction.Notify, Actor(user)));
        if (!prepared.IsOk) return prepared.Refusal!;
        var (v, review, _) = prepared.Value;
        var token = Base64Url(RandomNumberGenerator.GetBytes(24));
        var due = options.StatementPeriod.Apply(await calendar.CalendarAsync(), Today).Date;
        var notice = new ClueNotice
        {
            ViolationId = v.Id, AgencyId = v.AgencyId, TokenSha256 = TokenHash(token), RecipientName = recipient, IssuedAtUtc = Now,
            IssuedByUserName = user.Identity?.Name ?? "", StatementDueOn = due,
        };
        review.Notices.Add(notice);
        // The status and the 告知 count in the statistics move together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await SaveAsync() is { } stale) return stale;
        await WimStatisticsCounters.CountNoticeAsync(db, v.Id, CancellationToken.None);
        await transaction.CommitAsync();
        return new ClueNoticeIssuedView((await GetAsync(id, user))!, notice.Id, token, PublicPath(token), due);
    }

    public static string PublicPath(string token) => $"/public/statement/{token}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The violation as the owner sees it through the link (no login): personal data masked; null for an unknown token.</summary>
    public async Task<PublicStatementView?> PublicViewAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64) return null;
        var hash = TokenHash(token.Trim());
        // The public has no data scope: the token itself is the permission, so the filters are lifted for this one notice.
        var notice = await db.ClueNotices.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(n => n.TokenSha256 == hash);
        if (notice is null) return null;
        var v = await db.OverloadViolations.IgnoreQueryFilters().AsNoTracking().FirstAsync(x => x.Id == notice.ViolationId);
        var record = await db.WimRecords.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.DeviceId == v.GoverningDeviceId && r.RecordId == v.GoverningRecordId && r.CapturedAtUtc == v.GoverningCapturedAtUtc);
        var station = await db.Devices.IgnoreQueryFilters().AsNoTracking().Where(d => d.Id == v.GoverningDeviceId).Select(d => d.Station).FirstOrDefaultAsync();
        var hit = await db.OverloadViolationHits.AsNoTracking()
            .FirstOrDefaultAsync(h => h.ViolationId == v.Id && h.DeviceId == v.GoverningDeviceId && h.RecordId == v.GoverningRecordId);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == v.AgencyId).Select(a => a.Name).FirstOrDefaultAsync() ?? "";
        var provisions = ClueTrace.Read(hit?.TraceJson).Select(s => s.Provision).OfType<string>().Distinct().ToList();
        var plate = PlateNumber.TryParse(v.PlateNumber) is { IsOk: true } parsed ? parsed.Value!.Masked : Masking.KeepEnds(v.PlateNumber, 2, 1);
        return new PublicStatementView(plate, notice.RecipientName is { } name ? Masking.KeepEnds(name, 1, 0) : null, station?.Name, v.RouteCode, station?.Stake,
            v.GoverningCapturedAtUtc, v.GrossKg, record?.LimitKg, v.EffectiveOverKg, (record?.OverLimitRateBp ?? 0) / 100m, ClueNames.Outcome(v.Outcome),
            Yuan(v.FineFen), provisions, notice.StatementDueOn, notice.StatementKind, notice.StatementAtUtc,
            v.Status == OverloadViolationStatus.Notified && !notice.Answered, agency);
    }

    /// <summary>The owner's statement or acceptance, once per link, while the clue awaits it; recorded on the notice for the reviewers.</summary>
    public async Task<Result<PublicStatementView>> SubmitStatementAsync(string? token, StatementInput input, string? clientAddress)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64) return Problems.Missing("告知");
        var kind = input.Kind?.Trim() switch
        {
            "statement" => ClueStatementKind.Statement,
            "accept" => ClueStatementKind.Accepted,
            null or "" => (ClueStatementKind?)null,
            _ => ClueStatementKind.None,
        };
        if (kind is null) return Problems.Required("kind", "提交类型");
        if (kind == ClueStatementKind.None) return new Refusal("clue.statement-kind", "kind", "提交类型应为 statement（陈述申辩）或 accept（确认无异议）");
        var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        if (kind == ClueStatementKind.Statement && text is null) return Problems.Required("text", "陈述申辩内容");
        if (text?.Length > ClueNotice.StatementMaxLength) return new Refusal("too-long", "text", $"陈述申辩内容不能超过 {ClueNotice.StatementMaxLength} 个字");
        var contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim();
        if (contact?.Length > ClueNotice.ContactMaxLength) return new Refusal("too-long", "contact", $"联系方式不能超过 {ClueNotice.ContactMaxLength} 个字");

        var hash = TokenHash(token.Trim());
        var notice = await db.ClueNotices.IgnoreQueryFilters().FirstOrDefaultAsync(n => n.TokenSha256 == hash);
        if (notice is null) return Problems.Missing("告知");
        if (notice.Answered) return new Refusal("clue.statement-answered", null, "此告知已提交过陈述申辩或确认，不能重复提交", RefusalKind.Conflict);
        var status = await db.OverloadViolations.IgnoreQueryFilters().Where(v => v.Id == notice.ViolationId).Select(v => v.Status).FirstAsync();
        if (status != OverloadViolationStatus.Notified)
        {
            return new Refusal("clue.statement-closed", null, "该线索已处理完毕，不再通过此链接受理陈述申辩，请与执法机构联系", RefusalKind.Conflict);
        }
        notice.StatementKind = kind.Value;
        notice.StatementText = text;
        notice.StatementContact = contact;
        notice.StatementAtUtc = Now;
        notice.StatementClientAddress = clientAddress;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Refusal("clue.statement-answered", null, "此告知已提交过陈述申辩或确认，不能重复提交", RefusalKind.Conflict);
        }
        return (await PublicViewAsync(token))!;
    }

    /// <summary>An image of one of the clue's records, from the content store, hashed again before it is sent.</summary>
    public async Task<Result<(Stream Content, string ContentType)>> ImageAsync(long id, string sha256, CancellationToken ct)
    {
        if (!ContentStore.IsSha256(sha256)) return Problems.Missing("图像");
        var hits = await db.OverloadViolationHits.AsNoTracking().Where(h => h.ViolationId == id).ToListAsync(ct);
        if (hits.Count == 0 || !(await RecordsAsync(hits)).Values.Any(r => WimImages.Read(r.Images).Any(i => i.Sha256 == sha256))) return Problems.Missing("图像");
        var read = await store.OpenVerifiedAsync(sha256, ct);
        if (read.State != StoredFileState.Intact) return new Refusal("clue.image-integrity", null, "图像文件缺失或与登记的 SHA-256 不一致", RefusalKind.Conflict);
        var head = new byte[FileSignature.HeadLength];
        var length = await read.Content!.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        read.Content.Position = 0;
        return (read.Content, FileSignature.Detect(head.AsSpan(0, length))?.ContentType ?? "application/octet-stream");
    }
}
