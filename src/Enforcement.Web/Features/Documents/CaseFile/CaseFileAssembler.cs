using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Common;
using Enforcement.Domain.Evidence;
using Enforcement.Web.Features.Documents.Rendering;
using Enforcement.Web.Features.Documents.Templates;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Documents.CaseFile;

/// <summary>
/// Assembles the case file (电子案卷) from the case: every filed document (read back from its verified DOCX), every
/// evidence item and the review records, in the legal order of <see cref="CaseFileOrder"/>, laid out on A4 pages by
/// <see cref="Pagination"/>; then the cover, the catalogue with the page numbers of that layout, and the 备考表.
/// Sealing files the result as a <see cref="DocumentKind.CaseFile"/> document in the caller's unit of work.
/// </summary>
internal sealed partial class CaseFileAssembler(EnforcementDbContext db, DocumentStore store, DocumentService documents, TimeProvider clock, IConfiguration configuration)
{
    internal sealed record Assembled(CaseFileView View, byte[] Html, byte[] Docx);

    /// <summary>The catalogue's JSON as embedded in the print page (camelCase, every non-ASCII character escaped).</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// 保管期限 printed on the cover (CaseFile:Retention). Archive rules set it by the file's kind and the province's
    /// practice (永久, 30年, 10年); 30年 is a common choice for penalty files, not a national rule.
    /// </summary>
    private string Retention => configuration["CaseFile:Retention"] is { Length: > 0 } configured ? configured : "30年";

    private static readonly IReadOnlyList<double> CatalogueShares = [0.08, 0.34, 0.24, 0.2, 0.14];

    public async Task<Result<Assembled>> AssembleAsync(EnforcementCase c, IReadOnlyList<string> findings, ClaimsPrincipal user, bool sealing)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(findings);
        var at = clock.GetUtcNow().UtcDateTime;
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == c.AgencyId).Select(a => a.Name).SingleAsync();
        var officerIds = c.HandlerIds.Concat(c.History.Select(h => h.ActorOfficerId ?? 0)).Append(PlatformClaims.OfficerId(user) ?? 0).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var handlers = c.HandlerIds.Where(officers.ContainsKey).Select(id => officers[id]).ToList();
        var assembledBy = PlatformClaims.OfficerId(user) is { } me && officers.TryGetValue(me, out var name) ? name : user.FindFirstValue(ClaimTypes.Name) ?? "";
        // The case file is kept by the agency and identifies the party in full, as the documents served on it do.
        var party = await documents.PartyAsync(c, fullIdentifier: true, fullPhone: false);
        var caseNumber = c.Number ?? "（未编号）";

        var filed = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == c.Id && d.Kind != DocumentKind.CaseFile).OrderBy(d => d.Id).ToListAsync();
        var latest = filed.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Max(d => d.Version));
        // A reissued decision or notice replaces the earlier version in the file; every record is an item of its own.
        var current = filed.Where(d => !DocumentRules.For(d.Kind).OnePerCase || d.Version == latest[d.Kind]).ToList();
        var evidence = await db.EvidenceItems.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.Id).ToListAsync();
        var reviews = c.History.Where(h => CaseFileOrder.IsReviewRecord(h.Action)).OrderBy(h => h.Id).ToList();

        var parts = new Dictionary<(CaseFileItemKind, int), (IReadOnlyList<Page> Pages, string? Sha256)>();
        var items = new List<CaseFileItem>();
        foreach (var d in current)
        {
            var filedDocx = await store.ReadVerifiedAsync(d.Sha256);
            if (!filedDocx.IsOk)
            {
                return new Refusal("case-file.document", null, $"《{d.Title}》{d.Number}（第{d.Version}版）：{filedDocx.Refusal!.Message}，不能组卷", RefusalKind.Conflict);
            }
            var layout = DocxBlocks.Read(filedDocx.Value!, d.Title);
            var pages = Pagination.Paginate(layout);
            var on = DateBorne(layout) ?? ChinaTime.Today(new DateTimeOffset(DateTime.SpecifyKind(d.GeneratedAtUtc, DateTimeKind.Utc)));
            items.Add(new CaseFileItem(CaseFileOrder.StageOf(d.Kind), on, CaseFileOrder.Rank(d.Kind), CaseFileItemKind.Document, d.Id, d.Title, d.Number, pages.Count));
            parts[(CaseFileItemKind.Document, d.Id)] = (pages, d.Sha256);
        }
        foreach (var e in evidence)
        {
            var pages = Pagination.Paginate(EvidenceSheet(agency, caseNumber, e, e.CollectedByOfficerId is { } by ? officers.GetValueOrDefault(by) : null));
            items.Add(new CaseFileItem(CaseFileOrder.EvidenceStage, e.CollectedOn, CaseFileOrder.EvidenceRank, CaseFileItemKind.Evidence, e.Id, e.Title, null, pages.Count));
            parts[(CaseFileItemKind.Evidence, e.Id)] = (pages, e.FileSha256);
        }
        foreach (var h in reviews)
        {
            var actor = h.ActorOfficerId is { } officer && officers.TryGetValue(officer, out var officerName) ? officerName : h.ActorUserName;
            var layout = ReviewSheet(agency, caseNumber, c.Title, h, actor);
            var pages = Pagination.Paginate(layout);
            items.Add(new CaseFileItem(CaseFileStage.Review, h.On, (int)h.Action, CaseFileItemKind.Review, h.Id, layout.Title, null, pages.Count));
            parts[(CaseFileItemKind.Review, h.Id)] = (pages, null);
        }

        var lines = CaseFileOrder.Number(items);
        var numbered = new List<Page>();
        foreach (var line in lines)
        {
            var first = line.FirstPage;
            numbered.AddRange(parts[(line.Item.Kind, line.Item.SourceId)].Pages.Select((p, i) => p with { Folio = first + i }));
        }
        var pageCount = numbered.Count;

        var cover = Pagination.Paginate(Cover(c, agency, caseNumber, party, handlers, Retention, lines.Count, pageCount));
        var catalogue = Pagination.Paginate(Catalogue(agency, caseNumber, lines));
        var notesLayout = Notes(agency, caseNumber, c, lines, pageCount, current.Count, evidence.Count, reviews.Count, filed.Count - current.Count, findings, assembledBy, at, sealing);
        var notes = Pagination.Paginate(notesLayout);

        var view = new CaseFileView(c.Id, Sealed: false, null, null, null,
            new CaseFileCoverView(agency, c.Number, c.Title, c.Procedure == CaseProcedure.Summary ? "简易程序" : "普通程序", party?.Name, party?.Identifier, handlers,
                c.RegisteredOn, c.ClosedOn, c.ArchivedOn, Retention, lines.Count, pageCount),
            [.. lines.Select(l => new CaseFileEntryView(l.Sequence, l.Item.Stage, CaseFileOrder.Name(l.Item.Stage), l.Item.Kind, l.Item.SourceId, l.Item.Title, l.Item.Number,
                l.Item.On, l.FirstPage, l.LastPage, l.Item.Pages, parts[(l.Item.Kind, l.Item.SourceId)].Sha256))],
            new CaseFileNotesView(lines.Count, pageCount, cover.Count + catalogue.Count + notes.Count, cover.Count + catalogue.Count + pageCount + notes.Count,
                assembledBy, at, findings, c.ArchiveOverrideReason, filed.Count - current.Count),
            $"/api/v1/cases/{c.Id}/case-file/print", $"/api/v1/cases/{c.Id}/case-file.docx");

        var title = $"{DocumentRules.CaseFileName} {caseNumber}";
        var html = PagedHtmlRenderer.Render(title, [.. cover, .. catalogue, .. numbered, .. notes], JsonSerializer.Serialize(view, Json));
        var docx = PagedDocxRenderer.Render(title, [new([.. cover, .. catalogue], Numbered: false), new(numbered, Numbered: true), new(notes, Numbered: false)]);
        return new Assembled(view, html, docx);
    }

    /// <summary>
    /// Assembles the file as the case is archived and adds it to the caller's unit of work, so the move and its sealed
    /// file are saved together or not at all. The files are stored first; a rolled-back move leaves only unreferenced content.
    /// </summary>
    public async Task<Result<CaseDocument>> SealAsync(EnforcementCase c, IReadOnlyList<string> findings, ClaimsPrincipal user)
    {
        var assembled = await AssembleAsync(c, findings, user, sealing: true);
        if (!assembled.IsOk) return assembled.Refusal!;
        var previous = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == c.Id && d.Kind == DocumentKind.CaseFile).MaxAsync(d => (int?)d.Version);
        var document = new CaseDocument
        {
            CaseId = c.Id,
            AgencyId = c.AgencyId,
            Kind = DocumentKind.CaseFile,
            Number = null,
            Title = DocumentRules.CaseFileName,
            Sha256 = await store.SaveAsync(assembled.Value!.Docx),
            HtmlSha256 = await store.SaveAsync(assembled.Value.Html),
            GeneratedAtUtc = assembled.Value.View.Notes.AssembledAtUtc,
            GeneratedBy = user.FindFirstValue(ClaimTypes.Name) ?? "",
            Version = (previous ?? 0) + 1,
        };
        db.CaseDocuments.Add(document);
        return document;
    }

    /// <summary>The catalogue a sealed print page carries (null when the page has none).</summary>
    public static CaseFileView? CatalogueOf(byte[] html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = CatalogueBlock().Match(System.Text.Encoding.UTF8.GetString(html));
        return match.Success ? JsonSerializer.Deserialize<CaseFileView>(match.Groups["json"].Value, Json) : null;
    }

    /// <summary>The date at the foot of a document (the agency's date line), when it has one.</summary>
    private static DateOnly? DateBorne(DocumentLayout layout)
    {
        var foot = layout.Blocks.OfType<Line>().LastOrDefault(l => l.Style == LineStyle.Right && FootDate().IsMatch(l.Text));
        if (foot is null) return null;
        var m = FootDate().Match(foot.Text);
        return new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    private static DocumentLayout Cover(EnforcementCase c, string agency, string caseNumber, PartyDetails? party, List<string> handlers, string retention, int items, int pages)
    {
        var builder = new DocumentBuilder(agency, "行政处罚案卷")
            .Number(c.Procedure == CaseProcedure.Summary ? "（简易程序）" : "（普通程序）")
            .Field("案号", caseNumber)
            .Field("案由", c.Title)
            .Field("当事人", party?.Name);
        if (party is not null) builder.Field(party.IdentifierLabel, party.Identifier);
        return builder
            .Field("承办人", handlers.Count == 0 ? null : string.Join("、", handlers))
            .Field("立案日期", c.RegisteredOn is { } registered ? TemplateText.Date(registered) : null)
            .Field("结案日期", c.ClosedOn is { } closed ? TemplateText.Date(closed) : null)
            .Field("归档日期", c.ArchivedOn is { } archived ? TemplateText.Date(archived) : null)
            .Field("保管期限", retention)
            .Field("本卷件数、页数", $"共{items}件，{pages}页")
            .Build();
    }

    private static DocumentLayout Catalogue(string agency, string caseNumber, IReadOnlyList<CatalogueLine> lines) =>
        new DocumentBuilder(agency, "卷内目录")
            .Number($"案号：{caseNumber}")
            .Grid(["序号", "题名", "文号", "日期", "页号"],
                [.. lines.Select(l => (IReadOnlyList<string>)[
                    l.Sequence.ToString(CultureInfo.InvariantCulture), l.Item.Title, l.Item.Number ?? "", l.Item.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.PageRange])],
                CatalogueShares)
            .Build();

    private static DocumentLayout Notes(string agency, string caseNumber, EnforcementCase c, IReadOnlyList<CatalogueLine> lines, int pages, int documentCount,
        int evidenceCount, int reviewCount, int superseded, IReadOnlyList<string> findings, string assembledBy, DateTime at, bool sealing)
    {
        var builder = new DocumentBuilder(agency, "备考表")
            .Number($"案号：{caseNumber}")
            .Para($"本卷共{lines.Count}件，{pages}页（封面、卷内目录和备考表不编页号）：文书{documentCount}件，证据{evidenceCount}件，审查记录{reviewCount}件。");
        if (superseded > 0) builder.Para($"另有{superseded}份文书已由重新制作的版本取代，未入卷，仍保存在案件文书记录中。");
        builder.Field("归档前自查", findings.Count == 0 ? "未发现问题" : $"发现{findings.Count}项问题");
        for (var i = 0; i < findings.Count; i++) builder.Para($"{i + 1}. {findings[i]}");
        return builder
            .Field("负责人归档说明", string.IsNullOrWhiteSpace(c.ArchiveOverrideReason) ? "无" : c.ArchiveOverrideReason)
            .Field("立卷人", assembledBy)
            .Field("立卷时间", ChinaTime.Format(at))
            .Para("卷内文书和证据文件均按 SHA-256 存档，组卷时已逐件复核。" + (sealing ? "本卷随案件归档封存。" : "本卷为归档前预览，归档时重新组卷并封存。"))
            .Build();
    }

    private static DocumentLayout EvidenceSheet(string agency, string caseNumber, EvidenceItem e, string? collector) =>
        new DocumentBuilder(agency, "证据材料")
            .Number($"案号：{caseNumber}")
            .Field("证据名称", e.Title)
            .Field("证据种类", EvidenceTypes.Name(e.Type))
            .Field("收集日期", TemplateText.Date(e.CollectedOn))
            .Field("收集人", collector)
            .Field("执法全过程记录", e.IsAudioVisualRecord ? $"是（{e.EnforcementAct ?? "执法活动"}）" : "否")
            .Field("证据说明", e.Description)
            .Field("文件名称", e.FileName ?? "无电子文件（原物另行保管）")
            .Field("文件类型及大小", e.ContentType is null ? null : $"{e.ContentType}，{e.SizeBytes?.ToString("N0", CultureInfo.InvariantCulture)} 字节")
            .Field("SHA-256", e.FileSha256)
            .Para("电子文件按 SHA-256 存于本平台证据库，调取时重新计算校验；原件、原物随卷另行保管。")
            .Build();

    private static DocumentLayout ReviewSheet(string agency, string caseNumber, string cause, CaseHistoryRow h, string actor)
    {
        var (title, role, outcome, basis) = h.Action switch
        {
            CaseAction.PassLegalReview => ("法制审核记录", "审核人员", "审核通过", "《中华人民共和国行政处罚法》第五十八条"),
            CaseAction.ReturnFromLegalReview => ("法制审核记录", "审核人员", "退回补充调查或修改", "《中华人民共和国行政处罚法》第五十八条"),
            CaseAction.RecordCollectiveDiscussion => ("集体讨论记录", "记录人", "经机关负责人集体讨论决定", "《中华人民共和国行政处罚法》第五十七条第二款"),
            _ => throw new ArgumentOutOfRangeException(nameof(h), h.Action, "not a review record"),
        };
        return new DocumentBuilder(agency, title)
            .Number($"案号：{caseNumber}")
            .Field("案由", cause)
            .Field("日期", TemplateText.Date(h.On))
            .Field(role, actor)
            .Field("结论", outcome)
            .Field("意见", h.Note)
            .Para($"依据：{basis}。本记录取自案件流转记录。")
            .Build();
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"case-file-catalogue\">(?<json>[^<]*)</script>")]
    private static partial Regex CatalogueBlock();

    [GeneratedRegex("^(?<y>[0-9]{4})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日$")]
    private static partial Regex FootDate();
}
