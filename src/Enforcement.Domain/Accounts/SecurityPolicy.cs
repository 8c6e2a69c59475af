namespace Enforcement.Domain.Accounts;

/// <summary>
/// The security policy the security administrator sets. Defaults follow the baseline (等保 practice):
/// at least 10 characters from three of the four classes, lock for 15 minutes after 5 failures, 30 minutes idle.
/// </summary>
public sealed record SecurityPolicy
{
    public int MinimumLength { get; init; } = 10;
    public int RequiredCharacterClasses { get; init; } = 3;
    public int MaxFailedAttempts { get; init; } = 5;
    public int LockoutMinutes { get; init; } = 15;
    public int IdleTimeoutMinutes { get; init; } = 30;

    public static SecurityPolicy Default { get; } = new();

    /// <summary>Chinese reasons why <paramref name="password"/> breaks the policy; empty when it complies.</summary>
    public IReadOnlyList<string> Check(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var problems = new List<string>();
        if (password.Length < MinimumLength) problems.Add($"密码长度至少 {MinimumLength} 位");
        var classes = new[]
        {
            password.Any(char.IsAsciiLetterUpper),
            password.Any(char.IsAsciiLetterLower),
            password.Any(char.IsAsciiDigit),
            password.Any(c => !char.IsAsciiLetterOrDigit(c)),
        }.Count(x => x);
        if (classes < RequiredCharacterClasses)
        {
            problems.Add($"密码须包含大写字母、小写字母、数字、符号中的至少 {RequiredCharacterClasses} 类");
        }
        return problems;
    }

    /// <summary>Refusals for a policy that would weaken the baseline below what the law of the platform allows.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MinimumLength is < 10 or > 64) problems.Add("密码最小长度须在 10 到 64 之间");
        if (RequiredCharacterClasses is < 3 or > 4) problems.Add("字符类别数须为 3 或 4");
        if (MaxFailedAttempts is < 3 or > 10) problems.Add("锁定前失败次数须在 3 到 10 之间");
        if (LockoutMinutes is < 5 or > 1440) problems.Add("锁定时长须在 5 到 1440 分钟之间");
        if (IdleTimeoutMinutes is < 5 or > 30) problems.Add("空闲超时须在 5 到 30 分钟之间");
        return problems;
    }
}
