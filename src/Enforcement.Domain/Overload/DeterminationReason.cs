namespace Enforcement.Domain.Overload;

/// <summary>
/// Why a weigh-in-motion record cannot become a violation: a stable code for storage and counting, and the Chinese
/// text shown to reviewers. Instances are shared (no allocation per record); compare by <see cref="Code"/>.
/// </summary>
/// <param name="Code">Stable machine code, e.g. "device.certificate".</param>
/// <param name="Message">Chinese text.</param>
/// <param name="Provision">The provision that makes the record unusable.</param>
public sealed record DeterminationReason(string Code, string Message, string Provision)
{
    // ---- Device validity on the capture date (APL Art 41; 计量法 Art 9) ---------------------------------------------

    public static readonly DeterminationReason DeviceCertificate = new("device.certificate",
        "称重设备在称重之日无有效检定证书", OverloadProvisions.MetrologyLaw9);

    public static readonly DeterminationReason DeviceLegalReview = new("device.legal-review",
        "称重设备在称重之日未通过法制审核", OverloadProvisions.Apl41);

    public static readonly DeterminationReason DeviceTechnicalReview = new("device.technical-review",
        "称重设备在称重之日未通过技术审核", OverloadProvisions.Apl41);

    public static readonly DeterminationReason DeviceNoPublicNotice = new("device.no-public-notice",
        "称重设备设置地点未经公告", OverloadProvisions.Apl41);

    public static readonly DeterminationReason DeviceInNoticePeriod = new("device.notice-period",
        "称重之日尚在设备公告期内", OverloadProvisions.Apl41);

    public static readonly DeterminationReason DeviceNotStarted = new("device.not-started",
        "称重之日设备尚未开始执法", OverloadProvisions.Apl41);

    public static readonly DeterminationReason DeviceOutOfService = new("device.out-of-service",
        "称重之日设备已停用", OverloadProvisions.Apl41);

    // ---- The record itself (APL Art 41 ¶2: true, clear, complete and accurate) -------------------------------------

    public static readonly DeterminationReason Incomplete = new("record.incomplete",
        "称重记录缺少必要字段（时间、轴数、总质量）", OverloadProvisions.Apl41);

    public static readonly DeterminationReason SpeedMissing = new("record.speed-missing",
        "称重记录无车速", OverloadProvisions.Jjg907);

    public static readonly DeterminationReason SpeedOutOfRange = new("record.speed-range",
        "车速超出设备检定的称重速度范围", OverloadProvisions.Jjg907);

    public static readonly DeterminationReason LaneStraddling = new("record.lane-straddling",
        "车辆跨道行驶，称重无效", OverloadProvisions.Jjg907);

    public static readonly DeterminationReason Acceleration = new("record.acceleration",
        "车辆在称重区加减速，称重无效", OverloadProvisions.Jjg907);

    public static readonly DeterminationReason AbnormalDriving = new("record.abnormal",
        "设备标记异常行驶或异常称重", OverloadProvisions.Jjg907);

    public static readonly DeterminationReason PlateUnrecognised = new("record.plate-unrecognised",
        "未识别车牌号码或号牌颜色", OverloadProvisions.Apl41);

    public static readonly DeterminationReason PlateLowConfidence = new("record.plate-confidence",
        "车牌识别置信度低于规定值", OverloadProvisions.Apl41);

    public static readonly DeterminationReason ImagesMissing = new("record.images",
        "证据图像不足（应有车头号牌照片及车身侧面照片）", OverloadProvisions.Apl41);

    // ---- The limit ------------------------------------------------------------------------------------------------

    public static readonly DeterminationReason ConfigurationUnknown = new("limit.configuration-unknown",
        "车型（轴型）代码无法对应限定标准", OverloadProvisions.Article3);

    public static readonly DeterminationReason ConfigurationAxleMismatch = new("limit.axle-mismatch",
        "车型（轴型）代码的轴数与称重轴数不一致", OverloadProvisions.Article3Paragraph2);

    public static readonly DeterminationReason NoLimitRow = new("limit.not-listed",
        "该轴数与车型在限定标准中无对应限值", OverloadProvisions.Standard);

    /// <summary>Every reason, for lists, statistics labels and the glossary.</summary>
    public static IReadOnlyList<DeterminationReason> All { get; } =
    [
        DeviceCertificate, DeviceLegalReview, DeviceTechnicalReview, DeviceNoPublicNotice, DeviceInNoticePeriod,
        DeviceNotStarted, DeviceOutOfService, Incomplete, SpeedMissing, SpeedOutOfRange, LaneStraddling, Acceleration,
        AbnormalDriving, PlateUnrecognised, PlateLowConfidence, ImagesMissing, ConfigurationUnknown,
        ConfigurationAxleMismatch, NoLimitRow,
    ];
}
