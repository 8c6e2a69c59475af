using System.Text;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.Data.Sqlite;

namespace Enforcement.Data.Wim;

/// <summary>Limits and rules of ingestion (configuration section <c>Wim</c>).</summary>
public sealed record WimIngestOptions
{
    /// <summary>Most records in one gateway batch; more is a malformed batch.</summary>
    public int MaxRowsPerBatch { get; init; } = 10_000;

    /// <summary>Largest request body of one batch.</summary>
    public long MaxBatchBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Records per delivery when a file is imported (each chunk is one transaction and one acknowledgement).</summary>
    public int ImportChunkRows { get; init; } = 2_000;

    public QuarantineSettings Quarantine { get; init; } = QuarantineSettings.Default;

    public SameTripRule SameTrip { get; init; } = SameTripRule.Default;
}

/// <summary>A record ready to store: its row (with the determination columns) and, for a violation, what the merge needs.</summary>
public sealed class WimPrepared
{
    public required WimStoredRecord Row { get; init; }
    public required string DeviceCode { get; init; }
    public required string RouteCode { get; init; }

    /// <summary>The vehicle, for a violation; null otherwise.</summary>
    public VehiclePlate? Plate { get; init; }

    /// <summary>The determination trace as JSON, written only for violations.</summary>
    public string? TraceJson { get; init; }

    public bool IsViolation => TraceJson is not null;
}

/// <summary>A quarantined row as it will be stored.</summary>
public sealed record WimQuarantineDraft(
    int RowNumber, string? RecordId, int? DeviceId, int? AgencyId, string? DeviceCode, string RawText, IReadOnlyList<WimRowReason> Reasons);

/// <summary>A delivery after parse, check and determination: what one transaction will write.</summary>
public sealed class WimPreparedBatch
{
    public required string Sender { get; init; }
    public required string DeliveryId { get; init; }
    public int? DeviceId { get; init; }
    public int? AgencyId { get; init; }
    public DateTime ReceivedAtUtc { get; init; }
    public int Total { get; init; }
    public required List<WimPrepared> Records { get; init; }
    public required List<WimQuarantineDraft> Quarantined { get; init; }
    public TimeSpan SameTripWindow { get; init; }
}

/// <summary>
/// The one ingest path of gateway batches and file imports: parse (by the caller) → check (<see cref="WimRecordCheck"/>)
/// → determine (<see cref="OverloadRuleBook"/>, device from the in-memory <see cref="IWimDeviceDirectory"/>) → store the
/// new rows, the quarantined rows and the batch, merge violations by trip, all in one transaction → acknowledge once it
/// committed. <see cref="Prepare"/> is pure CPU, so a file import prepares the next chunk while the last one commits.
/// </summary>
public sealed class WimIngestor(IWimDeviceDirectory devices, OverloadRuleBook rules, TimeProvider clock, WimIngestOptions options)
{
    public WimIngestOptions Options => options;

    public IWimDeviceDirectory Devices => devices;

    /// <summary>Starts a delivery whose rows are added as they are read (see <see cref="WimBatchBuilder"/>).</summary>
    /// <param name="onlyDeviceCode">For a gateway: every row must be of this device (else the batch is refused whole).</param>
    /// <param name="scope">For a person's import: the agencies whose devices' rows may be imported (null: all).</param>
    public WimBatchBuilder Begin(string sender, string deliveryId, string? onlyDeviceCode, IReadOnlyCollection<int>? scope = null, int capacity = 0) =>
        new(this, sender, deliveryId, onlyDeviceCode, scope, clock.GetUtcNow().UtcDateTime, capacity);

    /// <summary>Checks and determines every row of a delivery already read; refuses the whole delivery when a gateway sends another device's records.</summary>
    public Result<WimPreparedBatch> Prepare(WimDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var builder = Begin(delivery.Sender, delivery.DeliveryId, delivery.OnlyDeviceCode, delivery.AgencyScope, delivery.Rows.Count);
        foreach (var row in delivery.Rows)
        {
            builder.Add(row);
        }

        return builder.Finish();
    }

    /// <summary>Writes a prepared delivery in one transaction and answers once it committed (or the earlier answer to a re-delivery).</summary>
    public static Task<WimAcknowledgement> CommitAsync(WimPreparedBatch batch, EnforcementDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        return connection switch
        {
            NpgsqlConnection npgsql => new PostgresWimStore(npgsql).CommitAsync(batch, cancellationToken),
            SqliteConnection sqlite => new SqliteWimStore(sqlite).CommitAsync(batch, cancellationToken),
            _ => throw new NotSupportedException($"No weigh-in-motion store for {connection.GetType().Name}."),
        };
    }

    /// <summary>Prepare and commit: the gateway path.</summary>
    public async Task<Result<WimAcknowledgement>> IngestAsync(WimDelivery delivery, EnforcementDbContext db, CancellationToken cancellationToken)
    {
        await devices.RefreshAsync(cancellationToken);
        if (delivery.Rows.Any(r => r.Record.DeviceCode is { Length: > 0 } code && devices.Find(code) is null))
        {
            // A device registered moments ago: the miss marked the snapshot stale, so this reloads it.
            await devices.RefreshAsync(cancellationToken);
        }

        // A re-delivery (the gateway missed the answer) is answered before its rows are checked and determined again;
        // the store's claim of the delivery id stays the guard when two copies arrive at once.
        if (await WimReplay.TryReadAsync(db.Database.GetDbConnection(), delivery.Sender, delivery.DeliveryId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var prepared = Prepare(delivery);
        if (!prepared.IsOk)
        {
            return prepared.Refusal!;
        }

        return await CommitAsync(prepared.Value!, db, cancellationToken);
    }

    internal WimPrepared? PrepareRow(
        WimInputRow row, DateTime now, IReadOnlyCollection<int>? scope, out List<WimRowReason>? reasons, out WimDeviceEntry? device)
    {
        var record = row.Record;
        reasons = null;
        device = record.DeviceCode is { } code ? devices.Find(code) : null;
        var check = WimRecordCheck.Check(record, now, options.Quarantine);
        if (row.ParseErrors is { } errors)
        {
            // A field that could not be read also reads as missing to the check: keep the reading error only.
            reasons = [.. errors.Select(Reason)];
            foreach (var r in check.Reasons)
            {
                if (!errors.Exists(e => e.Field == r.Field))
                {
                    reasons.Add(Reason(r));
                }
            }
        }
        else if (!check.IsGood)
        {
            reasons = [.. check.Reasons.Select(Reason)];
        }

        if (device is null && record.DeviceCode is { Length: > 0 } unknown)
        {
            (reasons ??= []).Add(new WimRowReason("wim.device-unknown", WimFields.DeviceCode, $"设备编号“{unknown}”未在站点设备中登记为称重设备。"));
        }

        else if (device is not null && scope is not null && !scope.Contains(device.AgencyId))
        {
            (reasons ??= []).Add(new WimRowReason("wim.device-out-of-scope", WimFields.DeviceCode,
                $"设备“{device.Device.Code}”所属站点不在本人数据范围内，不能导入其记录。"));
            device = null;
        }

        if (reasons is not null)
        {
            return null;
        }

        var determination = rules.Determine(record, device!.Device, check.Plate);
        if (determination is null)
        {
            reasons = [new WimRowReason("wim.no-rules", WimFields.CapturedAt, "称重之日无施行的超限认定标准。")];
            return null;
        }

        var plate = check.Plate;
        var violation = determination.IsViolation && plate is not null;
        return new WimPrepared
        {
            Row = ToRow(record, device, plate, determination),
            DeviceCode = device.Device.Code,
            RouteCode = device.RouteCode,
            Plate = violation ? plate : null,
            TraceJson = violation ? OverloadTraceJson.Write(determination) : null,
        };
    }

    private static WimRowReason Reason(Refusal r) => new(r.Code, r.Field, r.Message);

    private static WimStoredRecord ToRow(WimRecord r, WimDeviceEntry device, VehiclePlate? plate, OverloadDetermination d) => new()
    {
        DeviceId = device.DeviceId,
        StationId = device.StationId,
        AgencyId = device.AgencyId,
        RecordId = r.RecordId!,
        CapturedAtUtc = DateTime.SpecifyKind(r.CapturedAtUtc!.Value, DateTimeKind.Utc),
        Lane = r.Lane!.Value,
        PlateNumber = plate?.Number.Value,
        PlateColour = plate?.Colour,
        PlateConfidenceBp = r.PlateConfidence is { } c ? (int)decimal.Round(c * 10_000m) : null,
        AxleCount = r.AxleCount!.Value,
        ConfigurationCode = r.ConfigurationCode,
        GrossKg = r.GrossKg!.Value,
        AxleKg = r.AxleKg.ToString(),
        SpeedKmhTenths = r.SpeedKmh is { } s ? (int)decimal.Round(s * 10m) : null,
        LengthMm = r.LengthMm,
        WidthMm = r.WidthMm,
        HeightMm = r.HeightMm,
        Images = WimImages.Write(r.Images),
        Anomalies = r.Anomalies,
        Outcome = d.Outcome,
        DeviceValid = d.DeviceValid,
        InvalidReasons = InvalidReasonBits.Of(d.InvalidReasons),
        LimitKg = d.LimitKg,
        MeasuredOverKg = d.MeasuredOverKg,
        ToleranceKg = d.ToleranceKg,
        EffectiveOverKg = d.EffectiveOverKg,
        OverLimitRateBp = d.OverLimitRateBasisPoints,
        FineFen = d.Fine.Fen,
        Dimension = d.Dimension,
        HundredTonKing = d.HundredTonKing,
        RuleVersion = d.RuleVersion,
    };
}

/// <summary>The stored form of a record's images: one line "sha256 reference" per image.</summary>
public static class WimImages
{
    public static string? Write(IReadOnlyList<WimImage> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0)
        {
            return null;
        }

        // Exact length first: one allocation per record (this runs for every stored row).
        var length = images.Count - 1;
        for (var i = 0; i < images.Count; i++)
        {
            length += images[i].Sha256.Length + 1 + images[i].Reference.Length;
        }

        return string.Create(length, images, static (span, list) =>
        {
            var at = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    span[at++] = '\n';
                }

                list[i].Sha256.CopyTo(span[at..]);
                at += list[i].Sha256.Length;
                span[at++] = ' ';
                list[i].Reference.CopyTo(span[at..]);
                at += list[i].Reference.Length;
            }
        });
    }

    public static IReadOnlyList<WimImage> Read(string? stored) =>
        string.IsNullOrEmpty(stored)
            ? []
            : [.. stored.Split('\n').Select(line => line.Split(' ', 2)).Select(p => new WimImage(p.Length > 1 ? p[1] : "", p[0]))];
}
