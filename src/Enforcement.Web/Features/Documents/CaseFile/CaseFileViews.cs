using Enforcement.Domain.Cases.Documents;

namespace Enforcement.Web.Features.Documents.CaseFile;

/// <summary>
/// The case file's catalogue as the API returns it. <see cref="Sealed"/>: read from the file filed at archiving
/// (its hashes and document id given); otherwise a preview assembled now from the case as it stands.
/// </summary>
internal sealed record CaseFileView(
    int CaseId,
    bool Sealed,
    int? DocumentId,
    string? Sha256,
    string? HtmlSha256,
    CaseFileCoverView Cover,
    IReadOnlyList<CaseFileEntryView> Entries,
    CaseFileNotesView Notes,
    string PrintUrl,
    string DocxUrl);

/// <summary>卷宗封面.</summary>
internal sealed record CaseFileCoverView(
    string Agency, string? CaseNumber, string Cause, string Procedure, string? Party, string? PartyIdentifier, IReadOnlyList<string> Handlers,
    DateOnly? RegisteredOn, DateOnly? ClosedOn, DateOnly? ArchivedOn, string Retention, int Items, int Pages);

/// <summary>One line of 卷内目录: what the item is, where it came from, and its pages in the numbered part of the file.</summary>
internal sealed record CaseFileEntryView(
    int Sequence, CaseFileStage Stage, string StageName, CaseFileItemKind Kind, int SourceId, string Title, string? Number, DateOnly On,
    int FirstPage, int LastPage, int Pages, string? Sha256);

/// <summary>
/// 备考表. <see cref="UnnumberedPages"/>: cover, catalogue and notes, which the page numbers skip; <see cref="TotalSheets"/>
/// is every A4 page of the printout.
/// </summary>
internal sealed record CaseFileNotesView(
    int Items, int Pages, int UnnumberedPages, int TotalSheets, string AssembledBy, DateTime AssembledAtUtc, IReadOnlyList<string> Findings,
    string? OverrideReason, int SupersededVersions);
