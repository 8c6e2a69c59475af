using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;

namespace Enforcement.Data.Wim;

/// <summary>One delivered row: the record as far as it could be read, the text as delivered, and what could not be read.</summary>
public sealed class WimInputRow
{
    /// <summary>1 = the first data row of the delivery (the CSV header is not counted).</summary>
    public required int RowNumber { get; init; }

    /// <summary>The row as delivered (CSV line or JSON object), kept for the quarantine.</summary>
    public required string RawText { get; init; }

    public required WimRecord Record { get; init; }

    /// <summary>Fields that could not be read (not a number, a time without its zone, an unknown flag); null if none.</summary>
    public List<Refusal>? ParseErrors { get; init; }
}

/// <summary>A delivery the pipeline takes: who sent it, the sender's id for it, and its rows.</summary>
/// <param name="Sender">"device:{code}" for a gateway, "import:{id}" for a file import.</param>
/// <param name="DeliveryId">The sender's id of this delivery, unique per sender: the same id again is a re-delivery.</param>
/// <param name="OnlyDeviceCode">For a gateway: every row must be of this device (else the batch is refused whole).</param>
/// <param name="AgencyScope">For a person's import: the agencies whose devices' rows may be imported (null: all).</param>
public sealed record WimDelivery(string Sender, string DeliveryId, string? OnlyDeviceCode, IReadOnlyList<WimInputRow> Rows,
    IReadOnlyCollection<int>? AgencyScope = null);

/// <summary>Why a row was quarantined: stable code, the field, the Chinese message.</summary>
public sealed record WimRowReason(string Code, string? Field, string Message);

/// <summary>A quarantined row as the acknowledgement reports it.</summary>
public sealed record WimQuarantineReport(int Row, string? RecordId, IReadOnlyList<WimRowReason> Reasons);

/// <summary>
/// What a sender is told once a delivery is durable (committed). Re-delivery of the same id answers the same counts
/// with <see cref="Replayed"/> set, and stores nothing new.
/// </summary>
public sealed record WimAcknowledgement(
    long BatchId, string DeliveryId, int Total, int Stored, int Duplicate, int Quarantined, int Hits, bool Replayed,
    IReadOnlyList<WimQuarantineReport> QuarantinedRows);
