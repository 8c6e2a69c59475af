namespace Enforcement.Domain.Cases;

/// <summary>
/// What happens to evidence after 先行登记保存 (APL Art 56 requires a 处理决定; the kinds follow the transport
/// document set's 证据登记保存处理决定 options).
/// </summary>
public enum PreservationDisposition
{
    /// <summary>解除登记保存，退还当事人.</summary>
    Released = 1,
    /// <summary>送交检测、检验、检疫或者鉴定.</summary>
    Examination = 2,
    /// <summary>依法予以没收 (where the law provides confiscation).</summary>
    Confiscation = 3,
    /// <summary>移送有关机关.</summary>
    Transfer = 4,
    /// <summary>依法采取查封、扣押等行政强制措施.</summary>
    Seizure = 5,
}

/// <summary>
/// One 先行登记保存 of evidence during the investigation (APL Art 56): approved by the head, what was preserved and
/// when; the 处理决定 is due within 7 working days (<see cref="CaseRules.PreservationDecisionPeriod"/>).
/// A case may have several.
/// </summary>
public sealed class EvidencePreservation
{
    public int Id { get; set; }
    public int CaseId { get; set; }

    /// <summary>What was registered and preserved (名称、数量、存放地点).</summary>
    public required string Items { get; set; }

    public DateOnly PreservedOn { get; set; }

    /// <summary>The head who approved the preservation.</summary>
    public int? ApprovedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }
    public PreservationDisposition? Disposition { get; set; }
    public string? DecisionNote { get; set; }
}
