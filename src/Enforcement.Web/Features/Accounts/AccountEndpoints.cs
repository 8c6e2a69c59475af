using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Data.Accounts;
using Enforcement.Domain.Common;
using Enforcement.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Accounts;

/// <summary>/api/v1/auth and /api/v1/me: sign-in for API and mobile clients (cookie session), password change.</summary>
internal static class AccountEndpoints
{
    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public sealed record Me(string UserName, string DisplayName, int AgencyId, string AgencyName, int? OfficerId, IReadOnlyList<string> Roles, bool TwoFactor);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", async (AccountService.LoginRequest request, AccountService accounts) =>
        {
            var result = await accounts.ApiLoginAsync(request);
            return Problems.Result(result, user => Results.Ok(new { user.UserName, user.DisplayName }));
        }).AllowAnonymous().WithSummary("登录（密码；管理员另需身份验证器动态码）");

        api.MapPost("/auth/logout", async (SignInManager<AppUser> signIn, AccountService accounts, UserManager<AppUser> users, ClaimsPrincipal principal) =>
        {
            var user = await users.GetUserAsync(principal);
            await signIn.SignOutAsync();
            if (user is not null) await accounts.RecordLoginAsync(user, user.UserName, "logout", "退出登录");
            return Results.NoContent();
        }).RequireAuthorization().WithSummary("退出登录");

        api.MapPost("/auth/password", async (ChangePasswordRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn, ClaimsPrincipal principal) =>
        {
            if (string.IsNullOrEmpty(request.CurrentPassword)) return Problems.From(Problems.Required("currentPassword", "原密码"));
            if (string.IsNullOrEmpty(request.NewPassword)) return Problems.From(Problems.Required("newPassword", "新密码"));
            var user = await users.GetUserAsync(principal);
            if (user is null) return Results.Unauthorized();
            var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
            if (!result.Succeeded)
            {
                var field = result.Errors.Any(e => e.Code == "PasswordMismatch") ? "currentPassword" : "newPassword";
                return Problems.From([.. result.Errors.Select(e => new Refusal(e.Code, field, e.Description))]);
            }
            await signIn.RefreshSignInAsync(user);
            return Results.NoContent();
        }).RequireAuthorization().WithSummary("修改密码");

        api.MapGet("/me", async (ClaimsPrincipal principal, UserManager<AppUser> users, EnforcementDbContext db) =>
        {
            var user = await users.GetUserAsync(principal);
            if (user is null) return Results.Unauthorized();
            var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == user.AgencyId);
            var roles = await users.GetRolesAsync(user);
            return Results.Ok(new Me(user.UserName!, user.DisplayName, user.AgencyId, agency.Name, user.OfficerId, [.. roles], user.TwoFactorEnabled));
        }).RequireAuthorization().WithSummary("当前用户");
    }
}

/// <summary>The form post behind the layout's logout button.</summary>
internal static class LogoutEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/Account/Logout", async (ClaimsPrincipal principal, SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountService accounts) =>
        {
            var user = await users.GetUserAsync(principal);
            await signIn.SignOutAsync();
            if (user is not null) await accounts.RecordLoginAsync(user, user.UserName, "logout", "退出登录");
            return Results.LocalRedirect("/Account/Login");
        }).ExcludeFromDescription();
}
