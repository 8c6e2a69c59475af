using Enforcement.Data;
using Enforcement.Data.Accounts;
using Enforcement.Domain.Accounts;
using Enforcement.Domain.Common;
using Enforcement.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Accounts;

/// <summary>Account administration by the system administrator: create, disable, enable, reset password.</summary>
internal sealed class AccountAdminService(UserManager<AppUser> users, EnforcementDbContext db, SecurityPolicyStore policies)
{
    public sealed record AccountView(string Id, string UserName, string DisplayName, int AgencyId, string AgencyName, int? OfficerId,
        IReadOnlyList<string> Roles, bool IsDisabled, bool TwoFactorEnabled, DateTimeOffset? LockedUntil);

    public sealed record CreateInput(string? UserName, string? DisplayName, int? AgencyId, IReadOnlyList<string>? Roles, int? OfficerId, string? Password);

    public sealed record PasswordInput(string? Password);

    public async Task<IReadOnlyList<AccountView>> ListAsync()
    {
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync()).ToLookup(ur => ur.UserId, ur => roleNames[ur.RoleId]);
        var all = await db.Users.AsNoTracking().OrderBy(u => u.AgencyId).ThenBy(u => u.UserName).ToListAsync();
        return [.. all.Select(u => View(u, agencies, userRoles[u.Id].ToList()))];
    }

    public async Task<Result<AccountView>> CreateAsync(CreateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.UserName)) return Problems.Required("userName", "用户名");
        if (string.IsNullOrWhiteSpace(input.DisplayName)) return Problems.Required("displayName", "姓名");
        if (input.AgencyId is null) return Problems.Required("agencyId", "所属机构");
        if (string.IsNullOrEmpty(input.Password)) return Problems.Required("password", "初始密码");
        var roles = input.Roles?.Select(r => r.Trim()).Distinct().ToList() ?? [];
        if (!Roles.IsAllowedCombination(roles))
        {
            return new Refusal("account.roles", "roles", "角色组合不允许：须至少一个角色；管理员角色（系统/安全/审计）只能单独授予，不能与业务角色或其他管理员角色兼任");
        }
        if (!await db.Agencies.AnyAsync(a => a.Id == input.AgencyId)) return new Refusal("account.agency", "agencyId", "所属机构不存在");
        if (input.OfficerId is { } officerId)
        {
            // The administrator has no business scope, so this one lookup looks past the filter: only to link the record.
            var officer = await db.Officers.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.Id == officerId);
            if (officer is null || officer.AgencyId != input.AgencyId) return new Refusal("account.officer", "officerId", "人员不存在或不属于所选机构");
            if (officer.IsAuxiliary && roles.Any(r => r != Roles.Auxiliary)) return new Refusal("account.auxiliary", "roles", "执法辅助人员只能授予“执法辅助人员”角色");
        }
        if (await users.FindByNameAsync(input.UserName.Trim()) is not null)
        {
            return new Refusal("account.duplicate", "userName", $"用户名“{input.UserName.Trim()}”已被使用", RefusalKind.Conflict);
        }

        var user = new AppUser { UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim(), AgencyId = input.AgencyId.Value, OfficerId = input.OfficerId, EmailConfirmed = true };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded) return Refuse(created, "password");
        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded) return Refuse(added, "roles");
        await transaction.CommitAsync();
        return await ViewAsync(user);
    }

    public async Task<Result<AccountView>> SetDisabledAsync(string id, bool disabled, string? callerId)
    {
        if (disabled && id == callerId) return new Refusal("account.self", null, "不能停用自己的账户", RefusalKind.Conflict);
        var user = await users.FindByIdAsync(id);
        if (user is null) return Problems.Missing("账户");
        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) return Refuse(result, null);
        // A new security stamp ends the account's other sessions at their next check.
        await users.UpdateSecurityStampAsync(user);
        return await ViewAsync(user);
    }

    public async Task<Result<AccountView>> ResetPasswordAsync(string id, PasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(input.Password)) return Problems.Required("password", "新密码");
        var problems = policies.Current.Check(input.Password);
        if (problems.Count > 0) return new Refusal("password-policy", "password", string.Join("；", problems));
        var user = await users.FindByIdAsync(id);
        if (user is null) return Problems.Missing("账户");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, input.Password);
        if (!result.Succeeded) return Refuse(result, "password");
        await users.SetLockoutEndDateAsync(user, null);
        return await ViewAsync(user);
    }

    private async Task<AccountView> ViewAsync(AppUser user)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).ToDictionaryAsync(a => a.Id, a => a.Name);
        return View(user, agencies, [.. await users.GetRolesAsync(user)]);
    }

    private static AccountView View(AppUser u, Dictionary<int, string> agencies, IReadOnlyList<string> roles) =>
        new(u.Id, u.UserName!, u.DisplayName, u.AgencyId, agencies.GetValueOrDefault(u.AgencyId, ""), u.OfficerId, roles, u.IsDisabled,
            u.TwoFactorEnabled, u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : null);

    private static Refusal Refuse(IdentityResult result, string? field) =>
        new(result.Errors.FirstOrDefault()?.Code ?? "identity", field, string.Join("；", result.Errors.Select(e => e.Description)));
}
