using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Common;
using Enforcement.Web.Features.Cases;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Documents.CaseFile;

/// <summary>
/// The case file for the API and the case page: once archived, the sealed file filed with the case (re-hashed on every
/// read, its catalogue read from the sealed print page itself); before that, a preview assembled from the case now,
/// with the current self-check in its 备考表.
/// </summary>
internal sealed class CaseFileService(EnforcementDbContext db, CaseService cases, CaseFileAssembler assembler, DocumentService documents)
{
    public async Task<Result<CaseFileView>> CatalogueAsync(int caseId, ClaimsPrincipal user)
    {
        if (await SealedAsync(caseId) is { } sealedFile)
        {
            var read = await documents.ReadAsync(sealedFile.Id, print: true);
            if (read is null) return Problems.Missing("电子案卷");
            if (!read.Value.IsOk) return read.Value.Refusal!;
            var view = CaseFileAssembler.CatalogueOf(read.Value.Value!.Content);
            if (view is null) return new Refusal("case-file.catalogue", null, "封存的电子案卷中没有卷内目录数据", RefusalKind.Conflict);
            return view with { Sealed = true, DocumentId = sealedFile.Id, Sha256 = sealedFile.Sha256, HtmlSha256 = sealedFile.HtmlSha256 };
        }
        var preview = await PreviewAsync(caseId, user);
        return preview.IsOk ? preview.Value!.View : preview.Refusal!;
    }

    /// <summary>The print page (<paramref name="print"/>) or the DOCX: the sealed file when there is one, else a preview.</summary>
    public async Task<Result<DocumentFile>> FileAsync(int caseId, bool print, ClaimsPrincipal user)
    {
        if (await SealedAsync(caseId) is { } sealedFile)
        {
            return await documents.ReadAsync(sealedFile.Id, print) ?? Problems.Missing("电子案卷");
        }
        var preview = await PreviewAsync(caseId, user);
        if (!preview.IsOk) return preview.Refusal!;
        var name = $"{DocumentRules.CaseFileName}_{preview.Value!.View.Cover.CaseNumber ?? preview.Value.View.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture)}_预览";
        return print ? new DocumentFile(preview.Value.Html, name + ".html") : new DocumentFile(preview.Value.Docx, name + ".docx");
    }

    /// <summary>The latest sealed file of a case in the caller's scope (null: not archived with one, or out of scope).</summary>
    private Task<CaseDocument?> SealedAsync(int caseId) =>
        db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId && d.Kind == DocumentKind.CaseFile).OrderByDescending(d => d.Version).FirstOrDefaultAsync();

    private async Task<Result<CaseFileAssembler.Assembled>> PreviewAsync(int caseId, ClaimsPrincipal user)
    {
        var @case = await db.Cases.AsNoTracking().Include(c => c.History).FirstOrDefaultAsync(c => c.Id == caseId);
        if (@case is null) return Problems.Missing("案件");
        var findings = await cases.SelfCheckAsync(caseId) ?? [];
        return await assembler.AssembleAsync(@case, findings, user, sealing: false);
    }
}
