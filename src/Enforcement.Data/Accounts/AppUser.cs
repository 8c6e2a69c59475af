using Microsoft.AspNetCore.Identity;

namespace Enforcement.Data.Accounts;

/// <summary>A platform account. Every account belongs to one agency, which sets its data scope.</summary>
public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public int AgencyId { get; set; }

    /// <summary>The officer record of this person, for officers, auxiliaries, reviewers and heads.</summary>
    public int? OfficerId { get; set; }

    /// <summary>A disabled account cannot sign in; existing sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }
}
