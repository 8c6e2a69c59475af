namespace Enforcement.Domain.Accounts;

/// <summary>
/// Role names. The three administrators are separated (三员分立): the system administrator runs accounts and
/// configuration but cannot read or alter the audit log; the audit administrator only reads it; the security
/// administrator sets security policy and has no business access.
/// </summary>
public static class Roles
{
    public const string SystemAdmin = "系统管理员";
    public const string SecurityAdmin = "安全管理员";
    public const string AuditAdmin = "审计管理员";
    public const string Officer = "执法人员";
    public const string Auxiliary = "执法辅助人员";
    public const string LegalReviewer = "法制审核人员";
    public const string Head = "机构负责人";
    public const string Supervisor = "监督人员";

    public static IReadOnlyList<string> All { get; } =
        [SystemAdmin, SecurityAdmin, AuditAdmin, Officer, Auxiliary, LegalReviewer, Head, Supervisor];

    /// <summary>The three administrators must sign in with a second factor.</summary>
    public static IReadOnlyList<string> Administrators { get; } = [SystemAdmin, SecurityAdmin, AuditAdmin];

    /// <summary>Roles that work with cases, officers and other agency data.</summary>
    public static IReadOnlyList<string> Business { get; } = [Officer, Auxiliary, LegalReviewer, Head, Supervisor];

    /// <summary>Only supervisors see the agencies below their own.</summary>
    public static bool SeesSubordinates(IEnumerable<string> roles) => roles.Contains(Supervisor);

    /// <summary>
    /// An account holds either administrator roles or business roles, never both, and never two administrator
    /// roles: otherwise the separation of duties would be one account away from undone.
    /// </summary>
    public static bool IsAllowedCombination(IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count == 0 || roles.Any(r => !All.Contains(r))) return false;
        var admin = roles.Count(Administrators.Contains);
        return admin == 0 || (admin == 1 && roles.Count == 1);
    }
}
