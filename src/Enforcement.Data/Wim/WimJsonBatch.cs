using System.Text.Json;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;

namespace Enforcement.Data.Wim;

/// <summary>
/// Reads a gateway batch in JSON: <c>{"batchId": "...", "records": [{...}, ...]}</c> with the fields of
/// <see cref="WimFields"/> (numbers as numbers or strings; <c>axleKg</c> as an array or "7000|11500"; <c>images</c> as
/// [{"reference","sha256"}]; <c>flags</c> as an array). Unknown properties are ignored. A document that is not that
/// shape, or has more rows than allowed, is a malformed batch; a record whose fields cannot be read is a bad row.
/// </summary>
public static class WimJsonBatch
{
    public static async Task<Result<(string BatchId, List<WimInputRow> Rows)>> ReadAsync(
        Stream body, string? defaultDeviceCode, int maxRows, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException e)
        {
            return new Refusal("wim.json", "body", $"请求体不是有效的JSON（第{(e.LineNumber ?? 0) + 1}行附近）：{e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Refusal("wim.json", "body", "请求体应为含batchId与records的JSON对象。");
            }

            if (!root.TryGetProperty("batchId", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            {
                return new Refusal("wim.batch-id", "batchId", "缺少批次编号batchId（字符串，网关内唯一）。");
            }

            var batchId = id.GetString()!.Trim();
            if (batchId.Length > 64)
            {
                return new Refusal("wim.batch-id", "batchId", "批次编号batchId不应超过64个字符。");
            }

            if (!root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
            {
                return new Refusal("wim.records", "records", "缺少记录数组records。");
            }

            var count = records.GetArrayLength();
            if (count > maxRows)
            {
                return new Refusal("wim.too-many-rows", "records", $"一批至多{maxRows}条记录，本批{count}条。");
            }

            var rows = new List<WimInputRow>(count);
            var n = 0;
            foreach (var element in records.EnumerateArray())
            {
                n++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return new Refusal("wim.records", "records", $"records第{n}项不是JSON对象。");
                }

                rows.Add(Row(element, n, defaultDeviceCode));
            }

            return (batchId, rows);
        }
    }

    private static WimInputRow Row(JsonElement e, int number, string? defaultDeviceCode)
    {
        List<Refusal>? errors = null;
        var record = new WimRecord
        {
            DeviceCode = Str(e, WimFields.DeviceCode) ?? defaultDeviceCode,
            RecordId = Str(e, WimFields.RecordId),
            Lane = Int(e, WimFields.Lane, ref errors),
            CapturedAtUtc = Scalar(e, WimFields.CapturedAt) is { } at ? WimFields.Instant(at, ref errors) : null,
            Plate = Str(e, WimFields.Plate),
            PlateColour = Str(e, WimFields.PlateColour),
            PlateConfidence = Dec(e, WimFields.PlateConfidence, ref errors),
            AxleCount = Int(e, WimFields.AxleCount, ref errors),
            ConfigurationCode = Str(e, WimFields.ConfigurationCode),
            GrossKg = Int(e, WimFields.GrossKg, ref errors),
            AxleKg = Axles(e, ref errors),
            SpeedKmh = Dec(e, WimFields.SpeedKmh, ref errors),
            LengthMm = Int(e, WimFields.LengthMm, ref errors),
            WidthMm = Int(e, WimFields.WidthMm, ref errors),
            HeightMm = Int(e, WimFields.HeightMm, ref errors),
            Images = Images(e),
            Anomalies = Flags(e, ref errors),
        };
        return new WimInputRow { RowNumber = number, RawText = e.GetRawText(), Record = record, ParseErrors = errors };
    }

    /// <summary>A scalar as text (strings as they are, numbers as written); null if absent or null.</summary>
    private static string? Scalar(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) ? p.ValueKind switch
        {
            JsonValueKind.String => p.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => p.GetRawText(),
        } : null;

    private static string? Str(JsonElement e, string name) => Scalar(e, name) is { } s ? WimFields.Text(s) : null;

    private static int? Int(JsonElement e, string name, ref List<Refusal>? errors) =>
        Scalar(e, name) is { } s ? WimFields.Whole(s, name, ref errors) : null;

    private static decimal? Dec(JsonElement e, string name, ref List<Refusal>? errors) =>
        Scalar(e, name) is { } s ? WimFields.Number(s, name, ref errors) : null;

    private static AxleLoads Axles(JsonElement e, ref List<Refusal>? errors)
    {
        if (!e.TryGetProperty(WimFields.AxleKg, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return AxleLoads.Empty;
        }

        if (p.ValueKind != JsonValueKind.Array)
        {
            return WimFields.Axles(Scalar(e, WimFields.AxleKg), ref errors);
        }

        Span<int> loads = stackalloc int[AxleLoads.MaxAxles];
        var count = 0;
        foreach (var item in p.EnumerateArray())
        {
            if (count == AxleLoads.MaxAxles || item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var kg))
            {
                WimFields.Error(ref errors, "wim.axle-loads-format", WimFields.AxleKg,
                    $"各轴轴重应为整数千克数组（至多{AxleLoads.MaxAxles}轴）。");
                return AxleLoads.Empty;
            }

            loads[count++] = kg;
        }

        return AxleLoads.From(loads[..count]);
    }

    private static IReadOnlyList<WimImage> Images(JsonElement e)
    {
        if (!e.TryGetProperty(WimFields.Images, out var p))
        {
            return [];
        }

        if (p.ValueKind == JsonValueKind.String)
        {
            return WimFields.ImageList(p.GetString());
        }

        if (p.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var images = new List<WimImage>();
        foreach (var item in p.EnumerateArray())
        {
            images.Add(item.ValueKind == JsonValueKind.Object
                ? new WimImage(Str(item, "reference") ?? "", Str(item, "sha256") ?? "")
                : new WimImage(item.ValueKind == JsonValueKind.String ? item.GetString() ?? "" : "", ""));
        }

        return images;
    }

    private static WimAnomaly Flags(JsonElement e, ref List<Refusal>? errors)
    {
        if (!e.TryGetProperty(WimFields.Flags, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return WimAnomaly.None;
        }

        if (p.ValueKind == JsonValueKind.String)
        {
            return WimFields.FlagSet(p.GetString(), ref errors);
        }

        var flags = WimAnomaly.None;
        if (p.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in p.EnumerateArray())
            {
                flags |= WimFields.FlagSet(item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText(), ref errors);
            }
        }

        return flags;
    }
}
