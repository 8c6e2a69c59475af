namespace Enforcement.Domain.Evidence;

/// <summary>
/// A piece of evidence of a case. A file, when there is one, is identified by its SHA-256 taken at upload: the
/// platform stores it under that name and checks it again on every download. Evidence without a file (a physical
/// object kept in the evidence room, say) has no hash.
/// </summary>
public sealed class EvidenceItem
{
    public int Id { get; set; }
    public int CaseId { get; set; }

    /// <summary>The case's agency, copied so that the data-scope filter needs no join.</summary>
    public int AgencyId { get; set; }

    public EvidenceType Type { get; set; }

    /// <summary>证据名称, e.g. "车辆行驶证复印件".</summary>
    public required string Title { get; set; }

    public string? Description { get; set; }
    public DateOnly CollectedOn { get; set; }
    public int? CollectedByOfficerId { get; set; }

    /// <summary>64 lower-case hex digits; null for evidence without a file.</summary>
    public string? FileSha256 { get; set; }

    /// <summary>The name the file had on the uploader's device (shown and offered on download, never trusted for its type).</summary>
    public string? FileName { get; set; }

    /// <summary>Detected from the content at upload (<see cref="FileSignature"/>), not taken from the client.</summary>
    public string? ContentType { get; set; }

    public long? SizeBytes { get; set; }

    /// <summary>音像记录 of an enforcement act (执法全过程记录): photos, audio or video made while acting.</summary>
    public bool IsAudioVisualRecord { get; set; }

    /// <summary>The act recorded, free text (e.g. "现场检查", "查封扣押").</summary>
    public string? EnforcementAct { get; set; }

    public string? PartyName { get; set; }

    public DateTime RecordedAtUtc { get; set; }
    public int Version { get; set; }

    public List<CustodyEvent> Custody { get; set; } = [];
}
