using Enforcement.Domain.Evidence;

namespace Enforcement.Web.Features.Evidence;

public sealed record EvidenceSummaryView(int Id, int CaseId, EvidenceType Type, string TypeName, string Title, DateOnly CollectedOn,
    string? FileSha256, string? FileName, string? ContentType, long? SizeBytes, bool IsAudioVisualRecord, int CustodyCount);

internal sealed record CustodyEventView(long Id, CustodyEventKind Kind, string KindName, string ByUserName, DateTime AtUtc, string? ClientAddress, string? Note)
{
    public static CustodyEventView From(CustodyEvent c) => new(c.Id, c.Kind, CustodyEvent.Name(c.Kind), c.ByUserName, c.AtUtc, c.ClientAddress, c.Note);
}

internal sealed record EvidenceView(
    int Id, int CaseId, EvidenceType Type, string TypeName, string Title, string? Description, DateOnly CollectedOn, int? CollectedByOfficerId,
    string? FileSha256, string? FileName, string? ContentType, long? SizeBytes, bool IsAudioVisualRecord, string? EnforcementAct, string? PartyName,
    DateTime RecordedAtUtc, int Version, IReadOnlyList<CustodyEventView> Custody)
{
    public static EvidenceView From(EvidenceItem e, IEnumerable<CustodyEvent> custody) => new(
        e.Id, e.CaseId, e.Type, EvidenceTypes.Name(e.Type), e.Title, e.Description, e.CollectedOn, e.CollectedByOfficerId,
        e.FileSha256, e.FileName, e.ContentType, e.SizeBytes, e.IsAudioVisualRecord, e.EnforcementAct, e.PartyName, e.RecordedAtUtc, e.Version,
        [.. custody.OrderBy(c => c.AtUtc).ThenBy(c => c.Id).Select(CustodyEventView.From)]);
}

/// <summary>A verified file ready to be sent: the open stream (disposed by the response) and how to name it.</summary>
internal sealed record EvidenceDownload(Stream Content, string ContentType, string FileName);
