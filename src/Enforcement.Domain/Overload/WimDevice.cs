namespace Enforcement.Domain.Overload;

/// <summary>A verification certificate (检定证书) of a weighing device, valid on both end dates.</summary>
public sealed record VerificationCertificate(string Number, string Issuer, DateOnly ValidFrom, DateOnly ValidTo)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && date <= ValidTo;
}

/// <summary>A legal (法制) or technical (技术) review of a device (APL Art 41): in force from its date until the next one.</summary>
public sealed record DeviceReview(DateOnly On, string Reviewer, bool Passed, string? Conclusion = null);

/// <summary>
/// What the determination needs to know about the device that produced a record: its accuracy class, metrology and
/// reviews, public notice and enforcement start (APL Art 41), and its declared weighing speed range. The station and
/// device registry holds more; this is the part the law looks at, as of any date.
/// </summary>
public sealed record WimDevice
{
    public required string Code { get; init; }

    public AccuracyClass AccuracyClass { get; init; } = AccuracyClass.Class5;

    /// <summary>Every certificate the device has had; a record needs one valid on its capture date.</summary>
    public IReadOnlyList<VerificationCertificate> Certificates { get; init; } = [];

    /// <summary>法制审核 records in any order; the latest on or before a date decides that date.</summary>
    public IReadOnlyList<DeviceReview> LegalReviews { get; init; } = [];

    /// <summary>技术审核 records in any order; the latest on or before a date decides that date.</summary>
    public IReadOnlyList<DeviceReview> TechnicalReviews { get; init; } = [];

    /// <summary>First day of the public notice (公告期) of the site and device.</summary>
    public DateOnly? NoticeFrom { get; init; }

    /// <summary>Last day of the public notice; enforcement can only start after it.</summary>
    public DateOnly? NoticeTo { get; init; }

    /// <summary>Published enforcement start date (正式执法之日).</summary>
    public DateOnly? EnforcementStartsOn { get; init; }

    /// <summary>First day the device was taken out of service, if it was.</summary>
    public DateOnly? OutOfServiceFrom { get; init; }

    /// <summary>Lowest speed of the device's verified weighing range; null: the settings' default.</summary>
    public decimal? MinSpeedKmh { get; init; }

    /// <summary>Highest speed of the device's verified weighing range; null: the settings' default.</summary>
    public decimal? MaxSpeedKmh { get; init; }

    /// <summary>A tolerance of this device in basis points that replaces the province's percentage, or null.</summary>
    public int? ToleranceBasisPoints { get; init; }

    /// <summary>Route code of the device's site (路线编号, e.g. G109), for same-trip de-duplication.</summary>
    public string? RouteCode { get; init; }
}
