using Enforcement.Domain.Cases.Documents;

namespace Enforcement.Web.Features.Documents;

internal sealed record DocumentView(
    int Id, int CaseId, DocumentKind Kind, string Title, string? Number, int Version, DateTime GeneratedAtUtc, string GeneratedBy,
    string Sha256, string HtmlSha256, string DocxUrl, string PrintUrl)
{
    public static DocumentView From(CaseDocument d) => new(
        d.Id, d.CaseId, d.Kind, d.Title, d.Number, d.Version, d.GeneratedAtUtc, d.GeneratedBy, d.Sha256, d.HtmlSha256,
        $"/api/v1/documents/{d.Id}.docx", $"/api/v1/documents/{d.Id}/print");
}

/// <summary>A document the case's status allows now, and whether making it takes a new number.</summary>
internal sealed record DocumentKindView(DocumentKind Kind, string Name, bool Numbered);

internal sealed record CaseDocumentsView(IReadOnlyList<DocumentView> Items, IReadOnlyList<DocumentKindView> Available);

/// <summary>A stored file read back and verified, with the name to offer it under.</summary>
internal sealed record DocumentFile(byte[] Content, string FileName);
