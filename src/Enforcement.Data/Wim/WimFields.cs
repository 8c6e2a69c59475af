using System.Globalization;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;

namespace Enforcement.Data.Wim;

/// <summary>
/// The delivered fields of a record, by their API names, and how their text is read. CSV and JSON share them, so a
/// gateway can switch format without a row reading differently.
/// </summary>
public static class WimFields
{
    public const string DeviceCode = "deviceCode";
    public const string RecordId = "recordId";
    public const string Lane = "lane";
    public const string CapturedAt = "capturedAt";
    public const string Plate = "plate";
    public const string PlateColour = "plateColour";
    public const string PlateConfidence = "plateConfidence";
    public const string AxleCount = "axleCount";
    public const string ConfigurationCode = "configurationCode";
    public const string GrossKg = "grossKg";
    public const string AxleKg = "axleKg";
    public const string SpeedKmh = "speedKmh";
    public const string LengthMm = "lengthMm";
    public const string WidthMm = "widthMm";
    public const string HeightMm = "heightMm";
    public const string Images = "images";
    public const string Flags = "flags";

    /// <summary>Every field in the documented order (docs/wim-api.md).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DeviceCode, RecordId, Lane, CapturedAt, Plate, PlateColour, PlateConfidence, AxleCount, ConfigurationCode,
        GrossKg, AxleKg, SpeedKmh, LengthMm, WidthMm, HeightMm, Images, Flags,
    ];

    /// <summary>A CSV header must name these; without them no row could be stored.</summary>
    public static IReadOnlyList<string> RequiredInHeader { get; } = [RecordId, CapturedAt, GrossKg, AxleCount, AxleKg];

    public static int? Whole(ReadOnlySpan<char> text, string field, ref List<Refusal>? errors)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(ref errors, "wim.number", field, $"{field}应为整数，实际为“{Clip(text)}”。");
        return null;
    }

    public static decimal? Number(ReadOnlySpan<char> text, string field, ref List<Refusal>? errors)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(ref errors, "wim.number", field, $"{field}应为数字，实际为“{Clip(text)}”。");
        return null;
    }

    public static string? Text(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? null : text.ToString();
    }

    /// <summary>ISO 8601 with a zone ("2026-03-01T08:15:30Z", "2026-03-01T16:15:30+08:00"); a time without zone is refused.</summary>
    public static DateTime? Instant(ReadOnlySpan<char> text, ref List<Refusal>? errors)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (IsoInstant.TryParse(text, out var fast))
        {
            return fast;
        }

        if (HasZone(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value.UtcDateTime;
        }

        Error(ref errors, "wim.captured-at-format", CapturedAt,
            $"称重时间“{Clip(text)}”应为带时区的ISO 8601时间，如2026-03-01T08:15:30Z或2026-03-01T16:15:30+08:00。");
        return null;
    }

    /// <summary>"7000|11500|18000".</summary>
    public static AxleLoads Axles(ReadOnlySpan<char> text, ref List<Refusal>? errors)
    {
        if (AxleLoads.TryParse(text, '|', out var loads))
        {
            return loads;
        }

        Error(ref errors, "wim.axle-loads-format", AxleKg, $"各轴轴重应为以“|”分隔的整数千克（至多{AxleLoads.MaxAxles}轴），实际为“{Clip(text)}”。");
        return AxleLoads.Empty;
    }

    /// <summary>"sha256@reference|sha256@reference"; a part without "@" is taken as a reference without hash (the check reports it).</summary>
    public static IReadOnlyList<WimImage> ImageList(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return [];
        }

        var images = new List<WimImage>(2);
        foreach (var range in text.Split('|'))
        {
            var part = text[range].Trim();
            var at = part.IndexOf('@');
            images.Add(at < 0
                ? new WimImage(part.ToString(), "")
                : new WimImage(part[(at + 1)..].ToString(), part[..at].ToString()));
        }

        return images;
    }

    /// <summary>"laneStraddling|acceleration|abnormal" (or 跨道, 加减速, 异常).</summary>
    public static WimAnomaly FlagSet(ReadOnlySpan<char> text, ref List<Refusal>? errors)
    {
        text = text.Trim();
        var flags = WimAnomaly.None;
        if (text.IsEmpty)
        {
            return flags;
        }

        foreach (var range in text.Split('|'))
        {
            var flag = Flag(text[range].Trim());
            if (flag is null)
            {
                Error(ref errors, "wim.flag", Flags, $"标记“{Clip(text[range])}”无法识别（可用：laneStraddling、acceleration、abnormal）。");
            }
            else
            {
                flags |= flag.Value;
            }
        }

        return flags;
    }

    public static WimAnomaly? Flag(ReadOnlySpan<char> token) => token switch
    {
        "" => WimAnomaly.None,
        "laneStraddling" or "跨道" => WimAnomaly.LaneStraddling,
        "acceleration" or "加减速" => WimAnomaly.Acceleration,
        "abnormal" or "异常" => WimAnomaly.Abnormal,
        _ => null,
    };

    public static void Error(ref List<Refusal>? errors, string code, string field, string message) =>
        (errors ??= []).Add(new Refusal(code, field, message));

    private static bool HasZone(ReadOnlySpan<char> text)
    {
        if (text[^1] is 'Z' or 'z')
        {
            return true;
        }

        // An offset after the time part: "...T08:15:30+08:00" or "-05:00".
        var t = text.IndexOfAny('T', ' ');
        return t > 0 && text[t..].IndexOfAny('+', '-') > 0;
    }

    private static string Clip(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
}
