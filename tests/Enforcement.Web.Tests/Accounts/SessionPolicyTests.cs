using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Tests.Accounts;

[Collection(PlatformTestGroup.Name)]
public sealed class SessionPolicyTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IdleTimeout_IsThirtyMinutesSliding_AndFollowsThePolicy(string provider)
    {
        var factory = platforms.For(provider);
        CookieAuthenticationOptions Cookie() => factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), Cookie().ExpireTimeSpan);
        Assert.True(Cookie().SlidingExpiration);

        var security = await Api.LoginAsync(factory, "secadmin");
        var policy = new { minimumLength = 10, requiredCharacterClasses = 3, maxFailedAttempts = 5, lockoutMinutes = 15, idleTimeoutMinutes = 10 };
        try
        {
            await security.PutAsJsonAsync("/api/v1/security/policy", policy);
            Assert.Equal(TimeSpan.FromMinutes(10), Cookie().ExpireTimeSpan);
            var identity = factory.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
            Assert.Equal(5, identity.Lockout.MaxFailedAccessAttempts);
            Assert.Equal(TimeSpan.FromMinutes(15), identity.Lockout.DefaultLockoutTimeSpan);
        }
        finally
        {
            await security.PutAsJsonAsync("/api/v1/security/policy", policy with { idleTimeoutMinutes = 30 });
        }
        Assert.Equal(TimeSpan.FromMinutes(30), Cookie().ExpireTimeSpan);
    }
}
