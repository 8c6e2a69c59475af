using System.Globalization;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Overload;

/// <summary>
/// What makes a delivered row unusable as data (it goes to quarantine with its reasons; the good rows of the batch are
/// kept). Physical bounds are assumptions about what a weighing can produce, so they are settings.
/// </summary>
public sealed record QuarantineSettings
{
    public static QuarantineSettings Default { get; } = new();

    /// <summary>How far ahead of the receiving clock a capture time may be (device clocks drift; synchronised by NTP).</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    public int MinAxles { get; init; } = 2;

    public int MaxAxles { get; init; } = AxleLoads.MaxAxles;

    /// <summary>Lightest gross a freight-lane weighing can report; below it the reading is a fault.</summary>
    public int MinGrossKg { get; init; } = 500;

    /// <summary>Heaviest gross taken as real (百吨王 of 150 t and more are on record).</summary>
    public int MaxGrossKg { get; init; } = 250_000;

    /// <summary>Heaviest single axle load taken as real.</summary>
    public int MaxAxleKg { get; init; } = 60_000;

    /// <summary>How far the sum of axle loads may be from the gross, in basis points of the gross (500 = 5 %).</summary>
    public int MaxAxleSumDeviationBasisPoints { get; init; } = 500;

    public decimal MaxSpeedKmh { get; init; } = 250m;

    public int MaxLengthMm { get; init; } = 50_000;
    public int MaxWidthMm { get; init; } = 6_000;
    public int MaxHeightMm { get; init; } = 7_000;

    /// <summary>What devices send when no plate was read; such a record is kept (it counts as weighed), just not enforceable.</summary>
    public IReadOnlyList<string> UnrecognisedPlateMarkers { get; init; } = ["未识别", "无牌", "无车牌", "未知", "车牌"];
}

/// <summary>The check of one delivered row.</summary>
/// <param name="Reasons">Why the row is quarantined, each naming its field; empty for a good row.</param>
/// <param name="Plate">The parsed plate and colour; null if none was recognised (or the row is bad).</param>
public sealed record WimRecordCheckResult(IReadOnlyList<Refusal> Reasons, VehiclePlate? Plate)
{
    public bool IsGood => Reasons.Count == 0;
}

/// <summary>
/// Row validation for quarantine: missing fields, impossible weights, axle loads that do not add up to the gross,
/// capture times in the future, malformed plates and image hashes. Every reason is reported, not only the first, so
/// a station operator can fix a row in one go. Pure: the receiving instant is a parameter.
/// </summary>
public static class WimRecordCheck
{
    public static WimRecordCheckResult Check(WimRecord record, DateTime nowUtc, QuarantineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        settings ??= QuarantineSettings.Default;
        List<Refusal>? reasons = null;

        if (string.IsNullOrWhiteSpace(record.DeviceCode))
        {
            Add(ref reasons, "wim.device-missing", "deviceCode", "缺少设备编号。");
        }

        if (string.IsNullOrWhiteSpace(record.RecordId))
        {
            Add(ref reasons, "wim.record-id-missing", "recordId", "缺少记录编号（设备内唯一）。");
        }

        if (record.Lane is not { } lane)
        {
            Add(ref reasons, "wim.lane-missing", "lane", "缺少车道号。");
        }
        else if (lane < 1)
        {
            Add(ref reasons, "wim.lane", "lane", $"车道号应为正整数，实际为{lane}。");
        }

        if (record.CapturedAtUtc is not { } capturedAt)
        {
            Add(ref reasons, "wim.captured-at-missing", "capturedAt", "缺少称重时间。");
        }
        else if (capturedAt > nowUtc + settings.MaxClockSkew)
        {
            Add(ref reasons, "wim.captured-at-future", "capturedAt",
                $"称重时间{ChinaTime.Format(capturedAt)}晚于接收时间{ChinaTime.Format(nowUtc)}，超出允许的时钟偏差。");
        }

        var plate = CheckPlate(record, settings, ref reasons);

        if (record.PlateConfidence is { } confidence && (confidence < 0 || confidence > 1))
        {
            Add(ref reasons, "wim.plate-confidence", "plateConfidence", $"车牌识别置信度应在0至1之间，实际为{confidence.ToString(CultureInfo.InvariantCulture)}。");
        }

        if (record.AxleCount is not { } axles)
        {
            Add(ref reasons, "wim.axle-count-missing", "axleCount", "缺少轴数。");
        }
        else if (axles < settings.MinAxles || axles > settings.MaxAxles)
        {
            Add(ref reasons, "wim.axle-count", "axleCount", $"轴数应在{settings.MinAxles}至{settings.MaxAxles}之间，实际为{axles}。");
        }

        if (record.GrossKg is not { } gross)
        {
            Add(ref reasons, "wim.gross-missing", "grossKg", "缺少车货总质量。");
        }
        else if (gross < settings.MinGrossKg || gross > settings.MaxGrossKg)
        {
            Add(ref reasons, "wim.gross-impossible", "grossKg", $"车货总质量{gross}千克不可能（应在{settings.MinGrossKg}至{settings.MaxGrossKg}千克之间）。");
        }

        CheckAxleLoads(record, settings, ref reasons);

        if (record.SpeedKmh is { } speed && (speed < 0 || speed > settings.MaxSpeedKmh))
        {
            Add(ref reasons, "wim.speed-impossible", "speedKmh", $"车速{speed.ToString(CultureInfo.InvariantCulture)}千米/小时不可能。");
        }

        CheckDimension(record.LengthMm, settings.MaxLengthMm, "lengthMm", "长度", ref reasons);
        CheckDimension(record.WidthMm, settings.MaxWidthMm, "widthMm", "宽度", ref reasons);
        CheckDimension(record.HeightMm, settings.MaxHeightMm, "heightMm", "高度", ref reasons);

        var images = record.Images;
        for (var i = 0; i < images.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(images[i].Reference))
            {
                Add(ref reasons, "wim.image-reference", "images", $"第{i + 1}张图像缺少存储位置。");
            }

            if (!IsSha256(images[i].Sha256))
            {
                Add(ref reasons, "wim.image-hash", "images", $"第{i + 1}张图像的SHA-256应为64位十六进制数。");
            }
        }

        return reasons is null
            ? new WimRecordCheckResult([], plate)
            : new WimRecordCheckResult(reasons, null);
    }

    private static VehiclePlate? CheckPlate(WimRecord record, QuarantineSettings settings, ref List<Refusal>? reasons)
    {
        var text = record.Plate?.Trim();
        if (string.IsNullOrEmpty(text) || IsMarker(text, settings.UnrecognisedPlateMarkers))
        {
            return null;
        }

        var number = PlateNumber.TryParse(text);
        if (!number.IsOk)
        {
            Add(ref reasons, number.Refusal!.Code, "plate", number.Refusal.Message);
            return null;
        }

        if (string.IsNullOrWhiteSpace(record.PlateColour))
        {
            Add(ref reasons, "wim.plate-colour-missing", "plateColour", "识别出车牌号码但缺少号牌颜色。");
            return null;
        }

        var colour = PlateColours.TryParse(record.PlateColour);
        if (!colour.IsOk)
        {
            Add(ref reasons, colour.Refusal!.Code, "plateColour", colour.Refusal.Message);
            return null;
        }

        var plate = VehiclePlate.TryCreate(number.Value!, colour.Value);
        if (!plate.IsOk)
        {
            Add(ref reasons, plate.Refusal!.Code, "plateColour", plate.Refusal.Message);
            return null;
        }

        return plate.Value;
    }

    private static void CheckAxleLoads(WimRecord record, QuarantineSettings settings, ref List<Refusal>? reasons)
    {
        var loads = record.AxleKg;
        if (loads.Count == 0)
        {
            Add(ref reasons, "wim.axle-loads-missing", "axleKg", "缺少各轴轴重。");
            return;
        }

        if (record.AxleCount is { } axles && loads.Count != axles)
        {
            Add(ref reasons, "wim.axle-loads-count", "axleKg", $"轴重有{loads.Count}个，与轴数{axles}不符。");
        }

        for (var i = 0; i < loads.Count; i++)
        {
            if (loads[i] <= 0 || loads[i] > settings.MaxAxleKg)
            {
                Add(ref reasons, "wim.axle-load-impossible", "axleKg", $"第{i + 1}轴轴重{loads[i]}千克不可能。");
            }
        }

        if (record.GrossKg is { } gross and > 0)
        {
            var sum = loads.Sum();
            var deviation = Math.Abs(sum - gross);
            if (deviation * 10_000 > (long)gross * settings.MaxAxleSumDeviationBasisPoints)
            {
                Add(ref reasons, "wim.axle-sum", "axleKg",
                    $"各轴轴重之和{sum}千克与车货总质量{gross}千克相差{deviation}千克，超过允许的{settings.MaxAxleSumDeviationBasisPoints / 100m:0.##}%。");
            }
        }
    }

    private static void CheckDimension(int? mm, int max, string field, string name, ref List<Refusal>? reasons)
    {
        if (mm is { } value && (value <= 0 || value > max))
        {
            Add(ref reasons, "wim.dimension-impossible", field, $"车货{name}{value}毫米不可能。");
        }
    }

    // Allocated only for a bad row: good rows (nearly all) cost no list.
    private static void Add(ref List<Refusal>? reasons, string code, string field, string message) =>
        (reasons ??= []).Add(new Refusal(code, field, message));

    private static bool IsMarker(string text, IReadOnlyList<string> markers)
    {
        for (var i = 0; i < markers.Count; i++)
        {
            if (string.Equals(text, markers[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSha256(string? hash)
    {
        if (hash is not { Length: 64 })
        {
            return false;
        }

        foreach (var c in hash)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
