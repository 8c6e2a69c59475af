namespace Enforcement.Domain.Personnel;

/// <summary>A member of an agency's enforcement staff, certified officer or auxiliary (执法辅助人员).</summary>
public sealed class Officer
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string Name { get; set; }

    /// <summary>Resident ID number (GB 11643), canonical form. Never shown unmasked in lists, logs or public pages.</summary>
    public required string IdNumber { get; set; }

    public Gender Gender { get; set; }
    public string? Post { get; set; }
    public EnforcementCategory Categories { get; set; }

    /// <summary>法律职业资格 certificate number: required of a first-time legal reviewer (APL Art 58).</summary>
    public string? LegalQualificationNumber { get; set; }

    /// <summary>Auxiliary staff assist only: they never act or sign as case handler (RULES §10).</summary>
    public bool IsAuxiliary { get; set; }

    public bool IsLegalReviewer { get; set; }
    public string? Phone { get; set; }

    /// <summary>Day the officer left the post; leaving cancels every certificate (RULES §10).</summary>
    public DateOnly? LeftPostOn { get; set; }

    public int Version { get; set; }

    public bool InPostOn(DateOnly date) => LeftPostOn is null || date < LeftPostOn.Value;
}

public enum Gender
{
    Male = 1,
    Female = 2,
}
