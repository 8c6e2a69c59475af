using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Data.Accounts;
using Enforcement.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Web.Features.Accounts;

/// <summary>Sign-in for API clients and the audit trail of every sign-in attempt (pages and API alike).</summary>
internal sealed class AccountService(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    EnforcementDbContext db,
    IHttpContextAccessor http,
    SecurityPolicyStore policies)
{
    public sealed record LoginRequest(string? UserName, string? Password, string? Code);

    /// <summary>Password and, for accounts with two-factor sign-in, the authenticator code, in one call.</summary>
    public async Task<Result<AppUser>> ApiLoginAsync(LoginRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.UserName)) return new Refusal("required", "userName", "用户名不能为空");
        if (string.IsNullOrEmpty(request.Password)) return new Refusal("required", "password", "密码不能为空");

        var user = await users.FindByNameAsync(request.UserName.Trim());
        if (user is null)
        {
            await RecordLoginAsync(null, request.UserName, "login-failed", "用户名不存在");
            return Unauthorised("invalid-credentials", null, "用户名或密码错误");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await RecordLoginAsync(user, user.UserName, "login-locked", "账户锁定期间尝试登录");
            return Unauthorised("locked-out", null, $"连续登录失败次数过多，账户已锁定 {policies.Current.LockoutMinutes} 分钟");
        }
        if (result.IsNotAllowed)
        {
            await RecordLoginAsync(user, user.UserName, "login-failed", "账户已停用");
            return Unauthorised("disabled", null, "账户已停用");
        }
        if (!result.Succeeded)
        {
            await RecordLoginAsync(user, user.UserName, "login-failed", "密码错误");
            return Unauthorised("invalid-credentials", "password", "用户名或密码错误");
        }

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.Code))
            {
                return Unauthorised("two-factor-required", "code", "该账户须输入身份验证器动态码");
            }
            var code = request.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
            {
                await users.AccessFailedAsync(user);
                await RecordLoginAsync(user, user.UserName, "login-failed", "动态码错误");
                return Unauthorised("invalid-code", "code", "动态码错误");
            }
            await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
            await RecordLoginAsync(user, user.UserName, "login", "密码 + 动态码");
        }
        else
        {
            await signIn.SignInAsync(user, isPersistent: false);
            await RecordLoginAsync(user, user.UserName, "login", "密码");
        }
        return user;
    }

    public async Task RecordLoginAsync(AppUser? user, string? userName, string action, string summary)
    {
        var actor = new AuditActor(user?.Id, user?.UserName ?? userName, user?.AgencyId, http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        db.RecordAudit(action, "Account", user?.Id, summary, actor);
        await db.SaveChangesAsync();
    }

    private static Refusal Unauthorised(string code, string? field, string message) =>
        new(code, field, message, RefusalKind.Unauthorised);
}
