using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enforcement.Data.Wim;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Review;
using Enforcement.Domain.Overload.Stations;

namespace Enforcement.Web.Features.Clues;

/// <summary>
/// The evidence package of a clue as one JSON record (电子数据) filed with the case: every weighing of the trip with
/// its figures, determination trace and rule version, the images' references and SHA-256, the device with the
/// verification certificate and reviews valid on the capture date, and who reviewed the clue when (RULES §2.5
/// evidence package; APL Art 41 ¶2). Each weighing carries the SHA-256 of its own canonical JSON, so one record can
/// be checked apart from the package; the package file is hashed by the content store when filed.
/// </summary>
internal static class ClueEvidencePackage
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static byte[] Build(OverloadViolation v, ClueReview review, IReadOnlyList<OverloadViolationHit> hits,
        IReadOnlyDictionary<(int, string, DateTime), WimStoredRecord> records, IReadOnlyDictionary<int, Device> devices, string openedBy, DateTime nowUtc)
    {
        var weighings = new JsonArray();
        foreach (var h in hits)
        {
            var r = records.GetValueOrDefault((h.DeviceId, h.RecordId, h.CapturedAtUtc));
            var device = devices.GetValueOrDefault(h.DeviceId);
            var day = DateOnly.FromDateTime(ChinaTime.ToChina(h.CapturedAtUtc).DateTime);
            var record = new JsonObject
            {
                ["deviceCode"] = h.DeviceCode,
                ["recordId"] = h.RecordId,
                ["capturedAtUtc"] = h.CapturedAtUtc,
                ["capturedAtChina"] = ChinaTime.Format(h.CapturedAtUtc),
                ["governing"] = h.DeviceId == v.GoverningDeviceId && h.RecordId == v.GoverningRecordId && h.CapturedAtUtc == v.GoverningCapturedAtUtc,
                ["lane"] = r?.Lane,
                ["plate"] = r?.PlateNumber,
                ["plateColour"] = r?.PlateColour?.ToChineseName(),
                ["plateConfidence"] = r?.PlateConfidenceBp is { } bp ? bp / 10000m : null,
                ["axleCount"] = r?.AxleCount,
                ["configurationCode"] = r?.ConfigurationCode,
                ["grossKg"] = h.GrossKg,
                ["axleKg"] = r?.AxleKg,
                ["speedKmh"] = r?.SpeedKmhTenths is { } speed ? speed / 10m : null,
                ["lengthMm"] = r?.LengthMm,
                ["widthMm"] = r?.WidthMm,
                ["heightMm"] = r?.HeightMm,
                ["anomalies"] = r?.Anomalies.ToString(),
                ["limitKg"] = r?.LimitKg,
                ["measuredOverKg"] = r?.MeasuredOverKg,
                ["toleranceKg"] = r?.ToleranceKg,
                ["effectiveOverKg"] = h.EffectiveOverKg,
                ["overLimitRatePercent"] = r is null ? null : r.OverLimitRateBp / 100m,
                ["outcome"] = ClueNames.Outcome(h.Outcome),
                ["fineYuan"] = h.FineFen / 100m,
                ["hundredTonKing"] = r?.HundredTonKing,
                ["ruleVersion"] = r?.RuleVersion,
                ["images"] = new JsonArray([.. WimImages.Read(r?.Images).Select(i => (JsonNode)new JsonObject { ["reference"] = i.Reference, ["sha256"] = i.Sha256 })]),
                ["determination"] = JsonNode.Parse(h.TraceJson),
                ["device"] = DeviceSnapshot(device, day),
            };
            record["recordSha256"] = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, Compact)));
            weighings.Add(record);
        }

        var station = devices.GetValueOrDefault(v.GoverningDeviceId)?.Station;
        var package = new JsonObject
        {
            ["kind"] = "治超非现场执法证据包",
            ["clueId"] = v.Id,
            ["plate"] = v.PlateNumber,
            ["plateColour"] = v.PlateColour.ToChineseName(),
            ["route"] = v.RouteCode,
            ["station"] = station is null ? null : new JsonObject
            {
                ["code"] = station.Code, ["name"] = station.Name, ["stake"] = station.Stake, ["direction"] = station.Direction.Name(),
                ["longitude"] = station.Longitude, ["latitude"] = station.Latitude,
            },
            ["firstCapturedAtUtc"] = v.FirstCapturedAtUtc,
            ["lastCapturedAtUtc"] = v.LastCapturedAtUtc,
            ["hitCount"] = v.HitCount,
            ["outcome"] = ClueNames.Outcome(v.Outcome),
            ["effectiveOverKg"] = v.EffectiveOverKg,
            ["fineYuan"] = v.FineFen / 100m,
            ["hundredTonKing"] = v.HundredTonKing,
            ["review"] = new JsonObject
            {
                ["firstReviewer"] = review.FirstReviewerUserName,
                ["firstReviewedAtUtc"] = review.FirstReviewedAtUtc,
                ["secondReviewer"] = review.SecondReviewerUserName,
                ["secondReviewedAtUtc"] = review.SecondReviewedAtUtc,
                ["note"] = review.Note,
                ["caseOpenedBy"] = openedBy,
                ["caseOpenedAtUtc"] = nowUtc,
                ["history"] = new JsonArray([.. review.History.Select(x => (JsonNode)new JsonObject
                {
                    ["from"] = ClueNames.Name(x.From), ["to"] = ClueNames.Name(x.To), ["action"] = ClueNames.Name(x.Action),
                    ["by"] = x.ActorUserName, ["atUtc"] = x.AtUtc, ["note"] = x.Note,
                })]),
            },
            ["weighings"] = weighings,
        };
        return JsonSerializer.SerializeToUtf8Bytes(package, Indented);
    }

    /// <summary>The device as it stood on the capture day: the certificate and the latest reviews then in force.</summary>
    private static JsonObject? DeviceSnapshot(Device? device, DateOnly day)
    {
        if (device is null) return null;
        var certificate = device.Certificates.Where(c => c.ValidFrom <= day && c.ValidTo >= day).OrderByDescending(c => c.ValidTo).FirstOrDefault();
        JsonObject? Review(ReviewKind kind) => device.Reviews.Where(r => r.Kind == kind && r.On <= day).OrderByDescending(r => r.On).FirstOrDefault() is { } r
            ? new JsonObject { ["on"] = r.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["reviewer"] = r.Reviewer, ["passed"] = r.Passed, ["conclusion"] = r.Conclusion }
            : null;
        return new JsonObject
        {
            ["code"] = device.Code,
            ["model"] = device.Model,
            ["manufacturer"] = device.Manufacturer,
            ["accuracyClass"] = device.AccuracyClass?.ToString(),
            ["enforcementStartsOn"] = device.EnforcementStartsOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["certificate"] = certificate is null ? null : new JsonObject
            {
                ["number"] = certificate.Number,
                ["issuer"] = certificate.Issuer,
                ["validFrom"] = certificate.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["validTo"] = certificate.ValidTo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["fileSha256"] = certificate.FileSha256,
            },
            ["legalReview"] = Review(ReviewKind.Legal),
            ["technicalReview"] = Review(ReviewKind.Technical),
        };
    }
}
