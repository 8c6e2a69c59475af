namespace Enforcement.Domain.Overload.Stations;

public enum DeviceKind
{
    /// <summary>动态称重设备 (weigh-in-motion scale): a compulsory-verification instrument (计量法 Art 9).</summary>
    WimScale = 1,
    /// <summary>车牌识别摄像机: reads plate number and colour.</summary>
    PlateCamera = 2,
    /// <summary>全景摄像机 (车身侧面/全景): shows the vehicle and its axles.</summary>
    OverviewCamera = 3,
}

public enum DeviceStatus
{
    /// <summary>调试: installed, not yet in regular use.</summary>
    Commissioning = 1,
    /// <summary>在用.</summary>
    InService = 2,
    /// <summary>停用 from <see cref="Device.OutOfServiceFrom"/>; final: a device put back is registered anew.</summary>
    OutOfService = 3,
}

/// <summary>
/// A device at a site: a weigh-in-motion scale or a camera, with what the law looks at (metrology certificates,
/// legal and technical reviews, public notice, enforcement start, service) and the gateway credential it pushes
/// records with. <see cref="DeviceRegistry.ToWimDevice"/> turns it into the determination's <see cref="WimDevice"/>.
/// </summary>
public sealed class Device
{
    public int Id { get; set; }

    /// <summary>The site; fixed for the device's life (part of the key WIM records will reference).</summary>
    public int StationId { get; set; }

    public Station? Station { get; set; }

    /// <summary>Registry code, unique across the platform; the gateway names the device by it.</summary>
    public required string Code { get; set; }

    public DeviceKind Kind { get; set; }

    public required string Model { get; set; }

    public required string Manufacturer { get; set; }

    /// <summary>JJG 907 accuracy class for vehicle total mass; scales only.</summary>
    public AccuracyClass? AccuracyClass { get; set; }

    public DeviceStatus Status { get; set; } = DeviceStatus.Commissioning;

    /// <summary>Lowest speed of the verified weighing range (km/h); null: the province's default.</summary>
    public decimal? MinSpeedKmh { get; set; }

    /// <summary>Highest speed of the verified weighing range (km/h); null: the province's default.</summary>
    public decimal? MaxSpeedKmh { get; set; }

    /// <summary>First day of the public notice (公告期).</summary>
    public DateOnly? NoticeFrom { get; set; }

    /// <summary>Last day of the public notice.</summary>
    public DateOnly? NoticeTo { get; set; }

    /// <summary>Published enforcement start (正式执法之日), after the notice.</summary>
    public DateOnly? EnforcementStartsOn { get; set; }

    /// <summary>First day out of service.</summary>
    public DateOnly? OutOfServiceFrom { get; set; }

    /// <summary>SHA-256 of the gateway secret; the secret itself is never stored. Null: no credential in force.</summary>
    public byte[]? CredentialHash { get; set; }

    /// <summary>When the credential in force (or the last one) was issued.</summary>
    public DateTime? CredentialIssuedAtUtc { get; set; }

    /// <summary>When the last credential was revoked, if it was and none was issued since.</summary>
    public DateTime? CredentialRevokedAtUtc { get; set; }

    public int Version { get; set; }

    public List<DeviceCertificate> Certificates { get; set; } = [];

    public List<DeviceReviewRecord> Reviews { get; set; } = [];

    public const int CodeMaxLength = 40;
    public const int TextMaxLength = 100;
}

/// <summary>A verification certificate (检定证书) as registered, with the scanned certificate kept in the file store.</summary>
public sealed class DeviceCertificate
{
    public int Id { get; set; }
    public int DeviceId { get; set; }
    public Device? Device { get; set; }

    public required string Number { get; set; }

    /// <summary>The verification body (检定机构).</summary>
    public required string Issuer { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day of validity (inclusive).</summary>
    public DateOnly ValidTo { get; set; }

    /// <summary>SHA-256 of the stored certificate file, its name on upload, detected type and size.</summary>
    public string? FileSha256 { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? FileSizeBytes { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public VerificationCertificate ToVerificationCertificate() => new(Number, Issuer, ValidFrom, ValidTo);

    public const int NumberMaxLength = 50;
    public const int IssuerMaxLength = 100;
}

public enum ReviewKind
{
    /// <summary>法制审核.</summary>
    Legal = 1,
    /// <summary>技术审核.</summary>
    Technical = 2,
}

/// <summary>A legal or technical review of a device (APL Art 41): in force from its date until the next of its kind.</summary>
public sealed class DeviceReviewRecord
{
    public int Id { get; set; }
    public int DeviceId { get; set; }
    public Device? Device { get; set; }
    public ReviewKind Kind { get; set; }
    public DateOnly On { get; set; }
    public required string Reviewer { get; set; }
    public bool Passed { get; set; }
    public string? Conclusion { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public DeviceReview ToDeviceReview() => new(On, Reviewer, Passed, Conclusion);

    public const int ReviewerMaxLength = 100;
    public const int ConclusionMaxLength = 500;
}
