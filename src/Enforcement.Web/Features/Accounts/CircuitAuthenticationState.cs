using System.Security.Claims;
using Enforcement.Data.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Accounts;

/// <summary>
/// The signed-in user of a live (interactive server) component. A circuit outlives the request that opened it and
/// sends no cookie afterwards, so the cookie's security-stamp check never runs for it: this checks the same things
/// on the same interval (a disabled account or a changed password ends the circuit's sign-in within a minute).
/// </summary>
internal sealed class CircuitAuthenticationState(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<SecurityStampValidatorOptions> stamps)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => stamps.Value.ValidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        // Its own scope: the circuit's scoped services (and its DbContext) may be busy with the component.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = authenticationState.User;
        if (await users.GetUserAsync(principal) is not { } user || user.IsDisabled) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
