namespace Enforcement.Domain.Identifiers;

/// <summary>Sex as encoded in the resident ID number (GB 11643-1999 §5.3: odd sequence code = male, even = female).</summary>
public enum Sex
{
    Male,
    Female,
}
