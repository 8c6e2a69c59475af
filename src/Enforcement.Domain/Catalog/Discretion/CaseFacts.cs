using System.Collections.Frozen;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Harmful consequences of the violation (危害后果).</summary>
public enum HarmLevel
{
    /// <summary>没有造成危害后果.</summary>
    None,
    /// <summary>危害后果轻微.</summary>
    Minor,
    /// <summary>造成严重后果 (e.g. a safety accident).</summary>
    Serious,
}

/// <summary>Ability to recognise or control one's own acts (《行政处罚法》第三十一条).</summary>
public enum MentalCapacity
{
    /// <summary>Fully able (the default, and always for organisations).</summary>
    Full,
    /// <summary>尚未完全丧失辨认或者控制自己行为能力: may be given a lighter or reduced penalty.</summary>
    Partial,
    /// <summary>不能辨认或者不能控制自己行为: no penalty.</summary>
    None,
}

/// <summary>
/// The established facts of one case that the discretion benchmark looks at. Yes/no facts default to the state that
/// triggers no special rule; numbers that were not established are null. Facts are findings, not wishes: the one
/// exception is <see cref="ProposeReduction"/>, the case handler's choice between 从轻 and 减轻 where the law allows both.
/// </summary>
public sealed record CaseFacts
{
    /// <summary>初次违法: no earlier violation of the same kind on record.</summary>
    public bool FirstOffence { get; init; }

    /// <summary>Earlier violations of the same kind within the 12 months before this one (0 for none).</summary>
    public int RepeatsIn12Months { get; init; }

    /// <summary>违法所得 in fen; null or 0 = none.</summary>
    public long? IllegalIncomeFen { get; init; }

    /// <summary>Mass over the limit in kg (超限质量), for over-limit items; null if not weighed.</summary>
    public long? OverLimitKg { get; init; }

    /// <summary>Measured gross vehicle-plus-cargo mass in kg (车货总质量); used for 百吨王 rules.</summary>
    public long? GrossMassKg { get; init; }

    /// <summary>Measured outline of vehicle and cargo, for over-limit items with a dimension violation.</summary>
    public VehicleDimensions? Dimensions { get; init; }

    /// <summary>How long the violation lasted, in days.</summary>
    public int? DurationDays { get; init; }

    /// <summary>Vehicles involved (组织车辆数).</summary>
    public int VehiclesInvolved { get; init; } = 1;

    public HarmLevel HarmCaused { get; init; }

    /// <summary>及时改正: corrected within the time set, or at once.</summary>
    public bool CorrectedInTime { get; init; }

    /// <summary>The case handler's finding that the violation is 轻微 (《行政处罚法》第三十三条第一款).</summary>
    public bool ViolationMinor { get; init; }

    /// <summary>Found by non-site enforcement (非现场执法, e.g. weigh-in-motion), as opposed to on the spot.</summary>
    public bool DetectedNonSite { get; init; }

    /// <summary>
    /// Fines already imposed or decided for other violations that count toward the same cumulative cap (e.g. the
    /// dimension fine decided with a mass fine under 62号令 Art 43 ¶2), in fen.
    /// </summary>
    public long OtherFinesInGroupFen { get; init; }

    /// <summary>Further named circumstances that a benchmark's own predicates test, e.g. "load-resecured".</summary>
    public IReadOnlySet<string> Circumstances { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Age of a natural-person party in full years at the time of the act; null for organisations.</summary>
    public int? PartyAgeYears { get; init; }

    public MentalCapacity MentalCapacity { get; init; }

    /// <summary>The party has proved it had no subjective fault (《行政处罚法》第三十三条第二款).</summary>
    public bool NoFaultProven { get; init; }

    /// <summary>主动消除或者减轻违法行为危害后果 (Art 32 (1)).</summary>
    public bool ActivelyReducedHarm { get; init; }

    /// <summary>受他人胁迫或者诱骗实施违法行为 (Art 32 (2)).</summary>
    public bool Coerced { get; init; }

    /// <summary>主动供述行政机关尚未掌握的违法行为 (Art 32 (3)).</summary>
    public bool VoluntarilyConfessed { get; init; }

    /// <summary>配合行政机关查处违法行为有立功表现 (Art 32 (4)).</summary>
    public bool MeritoriousService { get; init; }

    /// <summary>
    /// Where the law allows 从轻 or 减轻, propose 减轻 (below the statutory minimum; needs recorded grounds and
    /// collective discussion). False: 从轻.
    /// </summary>
    public bool ProposeReduction { get; init; }

    /// <summary>True if a named circumstance was established.</summary>
    public bool Has(string circumstance) => Circumstances.Contains(circumstance);
}
