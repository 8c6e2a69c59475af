namespace Enforcement.Domain.Identifiers;

/// <summary>Level of a GB/T 2260 administrative division code, read from its trailing zeros.</summary>
public enum DivisionLevel
{
    /// <summary>省级: digits 3–6 are 0000.</summary>
    Province,
    /// <summary>地级 (or a grouping such as 市辖区 / 省直辖县级行政区划): digits 5–6 are 00.</summary>
    Prefecture,
    /// <summary>县级.</summary>
    County,
}
