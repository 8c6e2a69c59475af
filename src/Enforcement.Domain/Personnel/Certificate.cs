namespace Enforcement.Domain.Personnel;

/// <summary>An enforcement certificate (交通运输行政执法证件) held by an officer.</summary>
public sealed class Certificate
{
    public int Id { get; set; }
    public int OfficerId { get; set; }
    public Officer? Officer { get; set; }

    /// <summary>Certificate number, unique nationwide.</summary>
    public required string Number { get; set; }

    public required string Issuer { get; set; }
    public EnforcementCategory Categories { get; set; }

    /// <summary>Division code of the area where the certificate is valid (province, prefecture or county).</summary>
    public required string RegionCode { get; set; }

    public DateOnly IssuedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public CertificateStatus Status { get; set; } = CertificateStatus.Valid;

    /// <summary>Day the current status took effect; a certificate suspended later was still valid before that day.</summary>
    public DateOnly? StatusChangedOn { get; set; }

    public string? StatusReason { get; set; }
    public int Version { get; set; }

    public List<CertificateReview> Reviews { get; set; } = [];
}

public enum CertificateStatus
{
    /// <summary>有效</summary>
    Valid = 1,
    /// <summary>暂扣</summary>
    Suspended = 2,
    /// <summary>注销</summary>
    Cancelled = 3,
    /// <summary>收回</summary>
    Withdrawn = 4,
}

/// <summary>An annual review (年度审验) of a certificate.</summary>
public sealed class CertificateReview
{
    public int Id { get; set; }
    public int CertificateId { get; set; }
    public int Year { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public bool Passed { get; set; }
    public required string Reviewer { get; set; }
    public string? Note { get; set; }
}
