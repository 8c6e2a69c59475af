using Enforcement.Domain.Accounts;

namespace Enforcement.Data.Accounts;

/// <summary>The single stored security policy (row id 1), edited by the security administrator.</summary>
public sealed class SecurityPolicyRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public int MinimumLength { get; set; }
    public int RequiredCharacterClasses { get; set; }
    public int MaxFailedAttempts { get; set; }
    public int LockoutMinutes { get; set; }
    public int IdleTimeoutMinutes { get; set; }
    public int Version { get; set; }

    public SecurityPolicy ToPolicy() => new()
    {
        MinimumLength = MinimumLength,
        RequiredCharacterClasses = RequiredCharacterClasses,
        MaxFailedAttempts = MaxFailedAttempts,
        LockoutMinutes = LockoutMinutes,
        IdleTimeoutMinutes = IdleTimeoutMinutes,
    };

    public void Apply(SecurityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        MinimumLength = policy.MinimumLength;
        RequiredCharacterClasses = policy.RequiredCharacterClasses;
        MaxFailedAttempts = policy.MaxFailedAttempts;
        LockoutMinutes = policy.LockoutMinutes;
        IdleTimeoutMinutes = policy.IdleTimeoutMinutes;
    }
}
