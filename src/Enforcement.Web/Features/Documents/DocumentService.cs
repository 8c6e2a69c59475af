using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Common;
using Enforcement.Domain.Personnel;
using Enforcement.Web.Features.Documents.Rendering;
using Enforcement.Web.Features.Documents.Templates;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Documents;

/// <summary>
/// Makes the documents of a case and files them: check the status allows the kind (refused: 409, no number taken),
/// take the number (committed before rendering, so it is never given twice), render the print page and the DOCX
/// from one layout, store both by hash, record the row. Reads re-hash the stored file.
/// </summary>
internal sealed class DocumentService(EnforcementDbContext db, NumberingService numbering, DocumentStore store, TimeProvider clock)
{
    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    /// <summary>Kind names as the API spells them (the enum's names, any case); numbers and "A,B" combinations are not kinds.</summary>
    public static bool TryParseKind(string? text, out DocumentKind kind)
    {
        kind = default;
        return text is { Length: > 0 } && text.All(char.IsAsciiLetter) && Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }

    public async Task<CaseDocumentsView?> ListAsync(int caseId)
    {
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId);
        if (@case is null) return null;
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.Id).ToListAsync();
        return new([.. documents.Select(DocumentView.From)],
            [.. DocumentRules.Allowed(@case).Select(r => new DocumentKindView(r.Kind, r.Name, r.Series is not null))]);
    }

    public async Task<Result<DocumentView>> GenerateAsync(int caseId, string? kindText, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!TryParseKind(kindText, out var kind)) return new Refusal("document.kind", "kind", $"文书种类“{kindText}”不存在");
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId);
        if (@case is null) return Problems.Missing("案件");
        if (kind == DocumentKind.CaseFile)
        {
            return new Refusal("document.case-file", "kind", "电子案卷在归档时自动组卷并封存，不能单独制作；归档前可在案件页面随时预览", RefusalKind.Conflict);
        }
        if (DocumentRules.Check(@case, kind) is { } refused) return refused;
        // Before the number: a document that must name the party is refused without one, and takes no number.
        if (DocumentRules.CheckParty(@case, kind) is { } noParty) return noParty;

        var rule = DocumentRules.For(kind);
        var filed = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.Id).ToListAsync();
        var previous = filed.Where(d => d.Kind == kind).MaxBy(d => d.Version);
        var number = rule.OnePerCase ? previous?.Number : null;
        if (number is null && rule.Series is { } series)
        {
            var reserved = await numbering.ReserveAsync(@case.AgencyId, series, Today.Year);
            if (!reserved.IsOk) return reserved.Refusal!;
            number = reserved.Value;
        }

        var layout = DocumentTemplates.Build(await DataAsync(@case, rule, number, filed));
        var document = new CaseDocument
        {
            CaseId = @case.Id,
            AgencyId = @case.AgencyId,
            Kind = kind,
            Number = number,
            Title = rule.Name,
            Sha256 = await store.SaveAsync(DocxRenderer.Render(layout)),
            HtmlSha256 = await store.SaveAsync(HtmlRenderer.Render(layout)),
            GeneratedAtUtc = clock.GetUtcNow().UtcDateTime,
            GeneratedBy = user.FindFirstValue(ClaimTypes.Name) ?? "",
            Version = (previous?.Version ?? 0) + 1,
        };
        db.CaseDocuments.Add(document);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The unique (case, kind, version) index: someone filed the same kind a moment earlier.
            return new Refusal("document.concurrent", "kind", $"《{rule.Name}》刚由他人制作，请刷新后重试", RefusalKind.Conflict);
        }
        return DocumentView.From(document);
    }

    /// <summary>The DOCX (<paramref name="print"/> false) or the print page, re-hashed; null when not found or out of scope.</summary>
    public async Task<Result<DocumentFile>?> ReadAsync(int id, bool print)
    {
        var document = await db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (document is null) return null;
        var content = await store.ReadVerifiedAsync(print ? document.HtmlSha256 : document.Sha256);
        if (!content.IsOk)
        {
            db.RecordAudit("document-integrity-failed", nameof(CaseDocument), document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{document.Title} {(print ? "打印页" : "DOCX")}：{content.Refusal!.Message}");
            await db.SaveChangesAsync();
            return content.Refusal!;
        }
        var name = $"{document.Title}{(document.Number is null ? "" : "_" + document.Number)}_{document.Version}.{(print ? "html" : "docx")}";
        return new DocumentFile(content.Value!, name);
    }

    private async Task<DocumentData> DataAsync(EnforcementCase c, DocumentRule rule, string? number, IReadOnlyList<CaseDocument> filed)
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == c.AgencyId).Select(a => a.Name).SingleAsync();
        var item = await db.EnforcementItems.AsNoTracking().Where(i => i.Code == c.ItemCode && i.Version == c.ItemVersion).FirstOrDefaultAsync();
        var region = await db.Divisions.AsNoTracking().Where(d => d.Code == c.RegionCode).Select(d => d.Name).FirstOrDefaultAsync();
        var officers = await db.Officers.AsNoTracking().Where(o => c.HandlerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var certificates = (await db.Certificates.AsNoTracking()
                .Where(x => c.HandlerIds.Contains(x.OfficerId) && x.Status == CertificateStatus.Valid)
                .Select(x => new { x.OfficerId, x.Number, x.ExpiresOn }).ToListAsync())
            .Where(x => x.ExpiresOn >= Today).GroupBy(x => x.OfficerId).ToDictionary(g => g.Key, g => g.First().Number);
        var handlers = c.HandlerIds.Where(officers.ContainsKey).Select(id => new HandlerInfo(officers[id], certificates.GetValueOrDefault(id))).ToList();
        // The latest of each kind already in the file (a receipt names the served document's number, a decision the notice's).
        var numbers = filed.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!.Number);
        return new DocumentData(c, rule, number, agency, item, handlers, region ?? c.RegionCode, numbers, Today,
            await PartyAsync(c, rule.AddressedToParty, rule.PartyPhoneInFull),
            await db.EvidenceItems.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.CollectedOn).ThenBy(e => e.Id).Select(e => e.Title).ToListAsync());
    }

    /// <summary>The case's linked party and vehicle as a document names them (null when none is linked).</summary>
    internal async Task<PartyDetails?> PartyAsync(EnforcementCase c, bool fullIdentifier, bool fullPhone)
    {
        if (c.PartyId is not { } partyId) return null;
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partyId);
        if (party is null) return null;
        var vehicle = c.VehicleId is { } vehicleId ? await db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vehicleId) : null;
        return PartyDetails.From(party, vehicle, fullIdentifier, fullPhone);
    }
}
