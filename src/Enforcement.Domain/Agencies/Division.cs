using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Agencies;

/// <summary>
/// One GB/T 2260 administrative division. Codes change every year (Ministry of Civil Affairs updates), so rows
/// carry a validity window instead of being overwritten.
/// </summary>
public sealed class Division
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DivisionLevel Level { get; set; }
    public string? ParentCode { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
