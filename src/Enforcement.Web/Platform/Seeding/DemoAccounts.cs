using Enforcement.Domain.Accounts;

namespace Enforcement.Web.Platform.Seeding;

/// <summary>
/// One demo account per role (listed in the README). The three administrators sign in with a second factor;
/// their authenticator keys are fixed so that the demo can be tried with any TOTP app.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "Qinghai@2026";

    public sealed record Account(string UserName, string DisplayName, string Role, string AgencyKey, string? OfficerKey, string? AuthenticatorKey);

    public static IReadOnlyList<Account> All { get; } =
    [
        new("sysadmin", "系统管理员", Roles.SystemAdmin, "qh-dot", null, "QHSYSADMDEMOTOTPKEYAAAAAAAAAAAAA"),
        new("secadmin", "安全管理员", Roles.SecurityAdmin, "qh-dot", null, "QHSECADMDEMOTOTPKEYAAAAAAAAAAAAA"),
        new("auditadmin", "审计管理员", Roles.AuditAdmin, "qh-dot", null, "QHAUDADMDEMOTOTPKEYAAAAAAAAAAAAA"),
        new("officer", "共和县执法人员", Roles.Officer, "gonghe-dot", "o071", null),
        new("auxiliary", "共和县执法辅助人员", Roles.Auxiliary, "gonghe-dot", "o074", null),
        new("reviewer", "共和县法制审核人员", Roles.LegalReviewer, "gonghe-dot", "o072", null),
        new("head", "共和县机构负责人", Roles.Head, "gonghe-dot", "o073", null),
        new("supervisor", "海南州监督人员", Roles.Supervisor, "hnz-dot", "o063", null),
        new("officer.guide", "贵德县执法人员", Roles.Officer, "guide-dot", "o075", null),
    ];
}
