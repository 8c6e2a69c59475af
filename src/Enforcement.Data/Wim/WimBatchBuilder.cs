using Enforcement.Domain.Common;

namespace Enforcement.Data.Wim;

/// <summary>
/// A delivery prepared row by row as it is read (<see cref="WimIngestor.Begin"/>): each row is checked and determined
/// at once and only what will be stored is kept, so the text, the parsed record and the determination of a row die
/// young. Holding a whole batch of parsed rows until it is prepared made the collector copy them through every
/// generation, which cost more than the preparation itself.
/// </summary>
public sealed class WimBatchBuilder
{
    private readonly WimIngestor _ingestor;
    private readonly string? _onlyDeviceCode;
    private readonly IReadOnlyCollection<int>? _scope;
    private readonly WimDeviceEntry? _sender;
    private readonly DateTime _now;
    private readonly List<WimPrepared> _records;
    private readonly List<WimQuarantineDraft> _quarantined = [];
    private Refusal? _refusal;

    internal WimBatchBuilder(
        WimIngestor ingestor, string sender, string deliveryId, string? onlyDeviceCode, IReadOnlyCollection<int>? scope, DateTime now, int capacity)
    {
        _ingestor = ingestor;
        Sender = sender;
        DeliveryId = deliveryId;
        _onlyDeviceCode = onlyDeviceCode;
        _scope = scope;
        _now = now;
        _sender = onlyDeviceCode is null ? null : ingestor.Devices.Find(onlyDeviceCode);
        _records = new List<WimPrepared>(capacity);
    }

    public string Sender { get; }

    public string DeliveryId { get; }

    /// <summary>Rows added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Checks and determines one row; a gateway's row of another device refuses the whole delivery.</summary>
    public void Add(WimInputRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Count++;
        if (_refusal is not null)
        {
            return;
        }

        if (_onlyDeviceCode is { } only)
        {
            if (row.Record.DeviceCode is { } code && !string.Equals(code, only, StringComparison.Ordinal))
            {
                _refusal = new Refusal("wim.other-device", WimFields.DeviceCode,
                    $"第{row.RowNumber}行的设备编号“{code}”不是本设备（{only}）的记录：网关只能报送本设备的记录，整批拒收。");
                return;
            }

            if (Count > _ingestor.Options.MaxRowsPerBatch)
            {
                _refusal = new Refusal("wim.too-many-rows", "records", $"一批至多{_ingestor.Options.MaxRowsPerBatch}条记录。");
                return;
            }
        }

        var prepared = _ingestor.PrepareRow(row, _now, _scope, out var reasons, out var device);
        if (prepared is not null)
        {
            _records.Add(prepared);
        }
        else
        {
            _quarantined.Add(new WimQuarantineDraft(row.RowNumber, row.Record.RecordId, device?.DeviceId, device?.AgencyId,
                row.Record.DeviceCode, row.RawText, reasons!));
        }
    }

    /// <summary>The delivery ready to commit, or the refusal of the whole of it.</summary>
    public Result<WimPreparedBatch> Finish()
    {
        if (_refusal is not null)
        {
            return _refusal;
        }

        return new WimPreparedBatch
        {
            Sender = Sender,
            DeliveryId = DeliveryId,
            DeviceId = _sender?.DeviceId,
            AgencyId = _sender?.AgencyId,
            ReceivedAtUtc = _now,
            Total = Count,
            Records = _records,
            Quarantined = _quarantined,
            SameTripWindow = _ingestor.Options.SameTrip.Window,
        };
    }
}
