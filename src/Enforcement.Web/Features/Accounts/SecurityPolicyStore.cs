using Enforcement.Data;
using Enforcement.Data.Accounts;
using Enforcement.Domain.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Accounts;

/// <summary>
/// The security policy in force. Identity and the cookie handler read their options objects on every use, so
/// applying a new policy to those (singleton) objects takes effect at once, without a restart.
/// </summary>
internal sealed class SecurityPolicyStore(
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    private volatile SecurityPolicy _current = SecurityPolicy.Default;

    public SecurityPolicy Current => _current;

    public void Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var row = db.SecurityPolicies.AsNoTracking().FirstOrDefault();
        Apply(row?.ToPolicy() ?? SecurityPolicy.Default);
    }

    public void Apply(SecurityPolicy policy)
    {
        _current = policy;
        identity.Value.Lockout.MaxFailedAccessAttempts = policy.MaxFailedAttempts;
        identity.Value.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(policy.LockoutMinutes);
        cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan = TimeSpan.FromMinutes(policy.IdleTimeoutMinutes);
    }
}
