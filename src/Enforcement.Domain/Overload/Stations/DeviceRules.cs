using Enforcement.Domain.Common;

namespace Enforcement.Domain.Overload.Stations;

/// <summary>A device as typed into the form or sent to the API. Code and kind are only read when the device is new.</summary>
public sealed record DeviceDraft(
    string? Code, string? Kind, string? Model, string? Manufacturer, string? AccuracyClass, decimal? MinSpeedKmh,
    decimal? MaxSpeedKmh, DateOnly? NoticeFrom, DateOnly? NoticeTo, DateOnly? EnforcementStartsOn, string? Status,
    DateOnly? OutOfServiceFrom);

public sealed record CertificateDraft(string? Number, string? Issuer, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record ReviewDraft(string? Kind, DateOnly? On, string? Reviewer, bool Passed, string? Conclusion);

/// <summary>
/// The checks of a device, its certificates and reviews: every field at once, each refusal naming its field, the
/// device changed only when none remain. The order the law needs is checked here, once for the form and the API:
/// a certificate ends after it begins; the public notice ends after it begins and enforcement starts only after the
/// notice has ended (APL Art 41, RULES §2.5 opening sequence); a device out of service stays so.
/// </summary>
public static class DeviceRules
{
    /// <summary>No road vehicle is weighed faster than this; a higher figure is a typing error.</summary>
    public const decimal MaxSpeedKmhLimit = 200m;

    /// <summary>Checks <paramref name="draft"/> and, when it passes, writes it into <paramref name="device"/>.</summary>
    /// <param name="isNew">Code and kind are set on registration and never change: gateways and records name the device by them.</param>
    public static IReadOnlyList<Refusal> Apply(DeviceDraft draft, Device device, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(device);
        var refusals = new FieldRefusals();

        var code = isNew ? StationRules.Code(draft.Code, "code", "设备编号", Device.CodeMaxLength, refusals) : device.Code;
        var kind = isNew ? refusals.Choice<DeviceKind>(draft.Kind, "kind", "设备类型", "动态称重设备、车牌识别摄像机或全景摄像机") : device.Kind;
        var model = refusals.Text(draft.Model, "model", "设备型号", Device.TextMaxLength, required: true);
        var manufacturer = refusals.Text(draft.Manufacturer, "manufacturer", "生产厂家", Device.TextMaxLength, required: true);

        AccuracyClass? accuracy = null;
        decimal? minSpeed = null, maxSpeed = null;
        if (kind == DeviceKind.WimScale)
        {
            // JJG 907: the class decides the MPE the tolerance may take; a scale without one cannot be judged.
            if (string.IsNullOrWhiteSpace(draft.AccuracyClass)) refusals.Add("required", "accuracyClass", "动态称重设备须填写准确度等级");
            else if (StationNames.TryParseAccuracyClass(draft.AccuracyClass, out var parsed)) accuracy = parsed;
            else refusals.Add("accuracy.unknown", "accuracyClass", "准确度等级须为 0.2、0.5、1、2、5 或 10 级（JJG 907）");
            minSpeed = Speed(draft.MinSpeedKmh, "minSpeedKmh", "最低称重速度", refusals);
            maxSpeed = Speed(draft.MaxSpeedKmh, "maxSpeedKmh", "最高称重速度", refusals);
            if (minSpeed is { } low && maxSpeed is { } high && low >= high)
            {
                refusals.Add("speed.order", "maxSpeedKmh", "最高称重速度须大于最低称重速度");
            }
        }

        CheckSchedule(draft.NoticeFrom, draft.NoticeTo, draft.EnforcementStartsOn, refusals);

        var status = string.IsNullOrWhiteSpace(draft.Status)
            ? isNew ? DeviceStatus.Commissioning : device.Status
            : refusals.Choice<DeviceStatus>(draft.Status, "status", "设备状态", "调试、在用或停用");
        if (status == DeviceStatus.OutOfService && draft.OutOfServiceFrom is null)
        {
            refusals.Add("required", "outOfServiceFrom", "设备停用须填写停用日期");
        }
        else if (status is not null && status != DeviceStatus.OutOfService && draft.OutOfServiceFrom is not null)
        {
            refusals.Add("out-of-service.status", "outOfServiceFrom", "只有状态为停用的设备才填写停用日期");
        }
        if (!isNew && device.Status == DeviceStatus.OutOfService)
        {
            // A retired device's records stop at its out-of-service date; bringing it back would silently revive them.
            if (status != DeviceStatus.OutOfService || draft.OutOfServiceFrom != device.OutOfServiceFrom)
            {
                refusals.Add("device.retired", "status", "设备已停用，不能恢复或改动停用日期；重新启用须作为新设备登记并重新检定、审核", RefusalKind.Conflict);
            }
        }

        if (refusals.Any) return refusals.All;
        device.Code = code!;
        device.Kind = kind!.Value;
        device.Model = model!;
        device.Manufacturer = manufacturer!;
        device.AccuracyClass = accuracy;
        device.MinSpeedKmh = minSpeed;
        device.MaxSpeedKmh = maxSpeed;
        device.NoticeFrom = draft.NoticeFrom;
        device.NoticeTo = draft.NoticeTo;
        device.EnforcementStartsOn = draft.EnforcementStartsOn;
        device.Status = status!.Value;
        device.OutOfServiceFrom = status == DeviceStatus.OutOfService ? draft.OutOfServiceFrom : null;
        return [];
    }

    /// <summary>
    /// 《行政处罚法》第四十一条 and the opening sequence of RULES §2.5: the location is published for a notice period
    /// and enforcement starts after it. A start inside the notice would be refused by <see cref="DeviceGate"/> day
    /// by day anyway; refusing it here keeps the published date truthful.
    /// </summary>
    private static void CheckSchedule(DateOnly? noticeFrom, DateOnly? noticeTo, DateOnly? start, FieldRefusals refusals)
    {
        if (noticeFrom is null != noticeTo is null)
        {
            refusals.Add("notice.incomplete", noticeFrom is null ? "noticeFrom" : "noticeTo", "公告期须同时填写起始日期和截止日期");
            return;
        }
        if (noticeFrom is { } from && noticeTo is { } to && to < from)
        {
            refusals.Add("notice.order", "noticeTo", "公告截止日期不能早于公告起始日期");
            return;
        }
        if (start is { } s)
        {
            if (noticeTo is not { } end) refusals.Add("start.no-notice", "enforcementStartsOn", "正式执法日期须在公告期之后：请先填写公告期");
            else if (s <= end) refusals.Add("start.in-notice", "enforcementStartsOn", "正式执法日期须晚于公告截止日期（公告期满后方可执法）");
        }
    }

    private static decimal? Speed(decimal? value, string field, string label, FieldRefusals refusals)
    {
        if (value is null) return null;
        if (value <= 0 || value > MaxSpeedKmhLimit)
        {
            refusals.Add("speed.range", field, $"{label}须大于 0 且不超过 {MaxSpeedKmhLimit} km/h");
            return null;
        }
        return value;
    }

    /// <summary>A certificate of verification (计量法 Art 9): number, issuer, and a validity that ends after it begins.</summary>
    public static IReadOnlyList<Refusal> CheckCertificate(CertificateDraft draft, out DeviceCertificate? certificate)
    {
        ArgumentNullException.ThrowIfNull(draft);
        certificate = null;
        var refusals = new FieldRefusals();
        var number = refusals.Text(draft.Number, "number", "证书编号", DeviceCertificate.NumberMaxLength, required: true);
        var issuer = refusals.Text(draft.Issuer, "issuer", "检定机构", DeviceCertificate.IssuerMaxLength, required: true);
        if (draft.ValidFrom is null) refusals.Add("required", "validFrom", "有效期自不能为空");
        if (draft.ValidTo is null) refusals.Add("required", "validTo", "有效期至不能为空");
        if (draft.ValidFrom is { } from && draft.ValidTo is { } to && to <= from)
        {
            refusals.Add("certificate.dates", "validTo", "有效期至必须晚于有效期自");
        }
        if (refusals.Any) return refusals.All;
        certificate = new DeviceCertificate { Number = number!, Issuer = issuer!, ValidFrom = draft.ValidFrom!.Value, ValidTo = draft.ValidTo!.Value };
        return [];
    }

    /// <summary>A legal or technical review; a failed one says why, and none is dated after <paramref name="today"/>.</summary>
    public static IReadOnlyList<Refusal> CheckReview(ReviewDraft draft, DateOnly today, out DeviceReviewRecord? review)
    {
        ArgumentNullException.ThrowIfNull(draft);
        review = null;
        var refusals = new FieldRefusals();
        var kind = refusals.Choice<ReviewKind>(draft.Kind, "kind", "审核类型", "法制审核或技术审核");
        if (draft.On is null) refusals.Add("required", "on", "审核日期不能为空");
        else if (draft.On > today) refusals.Add("review.future", "on", "审核日期不能晚于今天");
        var reviewer = refusals.Text(draft.Reviewer, "reviewer", "审核人（单位）", DeviceReviewRecord.ReviewerMaxLength, required: true);
        var conclusion = refusals.Text(draft.Conclusion, "conclusion", "审核结论", DeviceReviewRecord.ConclusionMaxLength, required: false);
        if (!draft.Passed && conclusion is null && string.IsNullOrWhiteSpace(draft.Conclusion))
        {
            refusals.Add("required", "conclusion", "审核未通过须写明审核结论");
        }
        if (refusals.Any) return refusals.All;
        review = new DeviceReviewRecord { Kind = kind!.Value, On = draft.On!.Value, Reviewer = reviewer!, Passed = draft.Passed, Conclusion = conclusion };
        return [];
    }
}
