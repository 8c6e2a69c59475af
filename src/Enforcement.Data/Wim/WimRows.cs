using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;

namespace Enforcement.Data.Wim;

/// <summary>
/// One stored weigh-in-motion record with its determination columns (table <c>WimRecords</c>). On PostgreSQL the table
/// is partitioned by month of <see cref="CapturedAtUtc"/> (see <see cref="WimPartitions"/>); the record is identified by
/// (device, device record id, capture instant), unique on both providers. The JSON trace is not stored here: it is
/// regenerated from the row and <see cref="RuleVersion"/> (the determination is pure), and kept only for violations.
/// </summary>
public sealed class WimStoredRecord
{
    /// <summary>Ingest sequence: grows with every stored record, so rollups fold new rows with <c>Seq &gt; watermark</c>.</summary>
    public long Seq { get; set; }

    public int DeviceId { get; set; }
    public int StationId { get; set; }

    /// <summary>Agency owning the station: the data scope of the record.</summary>
    public int AgencyId { get; set; }

    public required string RecordId { get; set; }
    public DateTime CapturedAtUtc { get; set; }
    public long BatchId { get; set; }
    public int Lane { get; set; }
    public string? PlateNumber { get; set; }
    public PlateColour? PlateColour { get; set; }

    /// <summary>Plate recognition confidence in basis points (0.9512 → 9512).</summary>
    public int? PlateConfidenceBp { get; set; }

    public int AxleCount { get; set; }
    public string? ConfigurationCode { get; set; }
    public int GrossKg { get; set; }

    /// <summary>Per-axle loads in kg as "7000|11500|18000" (<see cref="AxleLoads.ToString"/>).</summary>
    public required string AxleKg { get; set; }

    /// <summary>Speed in tenths of km/h (62.5 km/h → 625).</summary>
    public int? SpeedKmhTenths { get; set; }

    public int? LengthMm { get; set; }
    public int? WidthMm { get; set; }
    public int? HeightMm { get; set; }

    /// <summary>Images as lines "sha256 reference" (see <see cref="WimImages"/>).</summary>
    public string? Images { get; set; }

    public WimAnomaly Anomalies { get; set; }

    // ---- Determination ------------------------------------------------------------------------------------------

    public OverloadOutcome Outcome { get; set; }
    public bool DeviceValid { get; set; }

    /// <summary>Invalid reasons as a bit set over <see cref="InvalidReasonBits"/> (stable bit per reason code).</summary>
    public int InvalidReasons { get; set; }

    public int? LimitKg { get; set; }
    public int MeasuredOverKg { get; set; }
    public int ToleranceKg { get; set; }
    public int EffectiveOverKg { get; set; }
    public int OverLimitRateBp { get; set; }
    public long FineFen { get; set; }
    public DimensionTier Dimension { get; set; }
    public bool HundredTonKing { get; set; }
    public required string RuleVersion { get; set; }
}

/// <summary>A delivery: one gateway batch or one chunk of a file import, with the acknowledgement it was given.</summary>
public sealed class WimBatch
{
    public long Id { get; set; }

    /// <summary>Who delivered: "device:{code}" for a gateway, "import:{import id}" for a file import.</summary>
    public required string Sender { get; set; }

    /// <summary>The sender's own id of the delivery (the gateway's batch id); unique per sender.</summary>
    public required string DeliveryId { get; set; }

    public int? DeviceId { get; set; }
    public int? AgencyId { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public int Total { get; set; }
    public int Stored { get; set; }
    public int Duplicate { get; set; }
    public int Quarantined { get; set; }

    /// <summary>Of the stored records, how many became violation hits.</summary>
    public int Hits { get; set; }
}

/// <summary>A delivered row that could not be used as data, with every reason (field and Chinese message).</summary>
public sealed class WimQuarantinedRow
{
    public long Id { get; set; }
    public long BatchId { get; set; }
    public int? DeviceId { get; set; }
    public int? AgencyId { get; set; }
    public string? DeviceCode { get; set; }

    /// <summary>Row number in the delivery (1 = first data row).</summary>
    public int RowNumber { get; set; }

    /// <summary>The row as delivered (a CSV line or a JSON object).</summary>
    public required string RawText { get; set; }

    /// <summary>JSON array of {code, field, message}.</summary>
    public required string Reasons { get; set; }

    public DateTime ReceivedAtUtc { get; set; }
}

/// <summary>Where a violation (clue) stands; the clue review drives it from <see cref="PendingFirstReview"/>.</summary>
public enum OverloadViolationStatus
{
    /// <summary>待初审.</summary>
    PendingFirstReview,

    // The clue review's statuses (Domain.Overload.Review.ClueStatus, same names): 待复审, 有效, 无效, 已立案, 已告知.
    PendingSecondReview,
    Valid,
    Invalid,
    CaseOpened,
    Notified,
}

/// <summary>
/// One violation (clue, 线索): the violating hits of one vehicle on one route within the same-trip window
/// (一事不再罚), governed by one of them (<see cref="SameTripRule.CompareGoverning"/>).
/// </summary>
public sealed class OverloadViolation
{
    public long Id { get; set; }
    public int AgencyId { get; set; }
    public required string PlateNumber { get; set; }
    public PlateColour PlateColour { get; set; }
    public required string RouteCode { get; set; }
    public DateTime FirstCapturedAtUtc { get; set; }
    public DateTime LastCapturedAtUtc { get; set; }
    public int HitCount { get; set; }

    public int GoverningDeviceId { get; set; }
    public required string GoverningRecordId { get; set; }
    public DateTime GoverningCapturedAtUtc { get; set; }
    public string GoverningDeviceCode { get; set; } = "";
    public int EffectiveOverKg { get; set; }
    public int GrossKg { get; set; }
    public OverloadOutcome Outcome { get; set; }
    public long FineFen { get; set; }
    public bool HundredTonKing { get; set; }

    public OverloadViolationStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public int Version { get; set; }

    public List<OverloadViolationHit> Hits { get; } = [];
}

/// <summary>A violating record attached to a violation as evidence, with its determination trace (JSON).</summary>
public sealed class OverloadViolationHit
{
    public long Id { get; set; }
    public long ViolationId { get; set; }
    public int DeviceId { get; set; }
    public required string DeviceCode { get; set; }
    public required string RecordId { get; set; }
    public DateTime CapturedAtUtc { get; set; }
    public int EffectiveOverKg { get; set; }
    public int GrossKg { get; set; }
    public OverloadOutcome Outcome { get; set; }
    public long FineFen { get; set; }
    public required string TraceJson { get; set; }
}
