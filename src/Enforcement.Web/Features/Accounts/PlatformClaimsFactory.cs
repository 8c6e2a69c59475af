using System.Globalization;
using System.Security.Claims;
using Enforcement.Data.Accounts;
using Enforcement.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Accounts;

/// <summary>Adds the agency (the root of the data scope), the officer record and the display name to the principal.</summary>
internal sealed class PlatformClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PlatformClaims.Agency, user.AgencyId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PlatformClaims.DisplayName, user.DisplayName));
        if (user.OfficerId is { } officer)
        {
            identity.AddClaim(new Claim(PlatformClaims.Officer, officer.ToString(CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
