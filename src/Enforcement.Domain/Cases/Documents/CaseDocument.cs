namespace Enforcement.Domain.Cases.Documents;

/// <summary>
/// A generated document filed in the case: the DOCX and the print page are stored by their SHA-256, so the hashes
/// here prove on every read that the file is the one generated. Making a one-per-case kind again adds a version
/// under the same number (a decision has one 文号, however often it is reissued); records and evidence lists are
/// separate documents, each with its own number where the kind carries one.
/// </summary>
public sealed class CaseDocument
{
    public int Id { get; set; }
    public int CaseId { get; set; }

    /// <summary>The case's agency, copied so the data-scope filter needs no join.</summary>
    public int AgencyId { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>The document's own 文号, or null for documents that carry only the case number.</summary>
    public string? Number { get; set; }

    public required string Title { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the DOCX file.</summary>
    public required string Sha256 { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the print page (HTML).</summary>
    public required string HtmlSha256 { get; set; }

    public DateTime GeneratedAtUtc { get; set; }
    public required string GeneratedBy { get; set; }

    /// <summary>1 for the first document of this kind in the case, then 2, 3… (not a concurrency token: rows are never updated).</summary>
    public int Version { get; set; }
}

/// <summary>
/// The next number of one series of one agency in one year. Numbers are taken by incrementing this row in a
/// committed transaction of their own, so a number once handed out is never handed out again.
/// </summary>
public sealed class DocumentSequence
{
    public int AgencyId { get; set; }

    /// <summary>The series code (<see cref="NumberSeriesCodes.Code"/>).</summary>
    public required string Kind { get; set; }

    public int Year { get; set; }

    /// <summary>The number the next reservation gets.</summary>
    public long Next { get; set; }
}
