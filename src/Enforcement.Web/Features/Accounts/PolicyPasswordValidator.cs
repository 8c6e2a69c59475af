using Enforcement.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Web.Features.Accounts;

/// <summary>Checks passwords against the security policy the security administrator set (not a startup constant).</summary>
internal sealed class PolicyPasswordValidator(SecurityPolicyStore policies) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var problems = policies.Current.Check(password ?? "");
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = "password-policy", Description = p })]));
    }
}
