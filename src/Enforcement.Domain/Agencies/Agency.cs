namespace Enforcement.Domain.Agencies;

/// <summary>
/// An enforcement agency or a competent department. Agencies form one tree (province → prefecture → county);
/// route detachments of the provincial corps (干线/高速支队) hang under the corps but their jurisdiction follows
/// roads, not divisions, so <see cref="Jurisdiction"/> says which kind of area the agency covers.
/// </summary>
public sealed class Agency
{
    public int Id { get; set; }

    /// <summary>Stable key used by imports and seed data (e.g. "qh-corps-golmud").</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }
    public AgencyKind Kind { get; set; }
    public AgencyJurisdiction Jurisdiction { get; set; }

    /// <summary>GB/T 2260 division code where the agency sits.</summary>
    public required string DivisionCode { get; set; }

    /// <summary>统一社会信用代码 (GB 32100); optional because demo and newly created bodies may not have it yet.</summary>
    public string? CreditCode { get; set; }

    public int? ParentId { get; set; }
    public string? Note { get; set; }

    /// <summary>Application-managed optimistic concurrency token.</summary>
    public int Version { get; set; }
}

public enum AgencyKind
{
    /// <summary>主管部门: transport department or bureau.</summary>
    Department = 1,
    /// <summary>执法机构: comprehensive enforcement corps, detachment or team.</summary>
    EnforcementBody = 2,
}

public enum AgencyJurisdiction
{
    /// <summary>Covers its administrative division.</summary>
    Administrative = 1,
    /// <summary>Covers assigned trunk roads or expressways across divisions (干线/高速支队).</summary>
    Route = 2,
}
