using Enforcement.Data.Wim;
using Enforcement.Domain.Common;

namespace Enforcement.Web.Features.Wim;

/// <summary>Turns a gateway request (JSON, or CSV with <c>?batchId=</c>) into a delivery of its device, or refuses it whole.</summary>
internal static class WimBatchReading
{
    public static async Task<Result<WimDelivery>> ReadAsync(HttpRequest request, string deviceCode, string? batchId, int maxRows, CancellationToken ct)
    {
        var sender = "device:" + deviceCode;
        var type = request.ContentType ?? "";
        if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(batchId) || batchId.Length > 64)
            {
                return new Refusal("wim.batch-id", "batchId", "CSV报送须以查询参数batchId给出批次编号（网关内唯一，至多64个字符）。");
            }

            using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            // The body is buffered by the server up to the batch limit; the reader is synchronous over it.
            var text = await reader.ReadToEndAsync(ct);
            using var lines = new StringReader(text);
            var opened = WimCsvReader.Open(lines, deviceCode);
            if (!opened.IsOk)
            {
                return opened.Refusal!;
            }

            var rows = new List<WimInputRow>();
            while (opened.Value!.ReadRow() is { } row)
            {
                if (rows.Count == maxRows)
                {
                    return new Refusal("wim.too-many-rows", "records", $"一批至多{maxRows}条记录。");
                }

                rows.Add(row);
            }

            return new WimDelivery(sender, batchId.Trim(), deviceCode, rows);
        }

        if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Length == 0)
        {
            var json = await WimJsonBatch.ReadAsync(request.Body, deviceCode, maxRows, ct);
            return json.IsOk
                ? new WimDelivery(sender, json.Value.BatchId, deviceCode, json.Value.Rows)
                : json.Refusal!;
        }

        return new Refusal("wim.content-type", "Content-Type", $"不支持的内容类型“{type}”：应为application/json或text/csv。");
    }
}
