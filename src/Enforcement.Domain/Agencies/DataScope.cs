namespace Enforcement.Domain.Agencies;

/// <summary>
/// Which agencies' records a caller may see. Business users see their own agency; supervisors see their agency and
/// every agency below it. The system's own work (seeding, imports from the command line) runs unrestricted.
/// </summary>
public sealed class DataScope
{
    private DataScope(bool unrestricted, IReadOnlyList<int> agencyIds)
    {
        Unrestricted = unrestricted;
        AgencyIds = agencyIds;
    }

    public bool Unrestricted { get; }

    /// <summary>The agencies in scope; empty when unrestricted (then everything is in scope) or when nothing is.</summary>
    public IReadOnlyList<int> AgencyIds { get; }

    public static DataScope Everything { get; } = new(true, []);
    public static DataScope Nothing { get; } = new(false, []);

    public static DataScope ForUser(int agencyId, bool seesSubordinates, AgencyTree tree) =>
        new(false, seesSubordinates ? tree.SelfAndDescendants(agencyId) : [agencyId]);

    public bool Allows(int agencyId) => Unrestricted || AgencyIds.Contains(agencyId);
}
