using System.Security.Claims;
using Enforcement.Domain.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Accounts;

/// <summary>/api/v1/accounts (system administrator) and /api/v1/security/policy (security administrator).</summary>
internal static class AccountAdminEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").RequireAuthorization(Policies.SystemAdmin);
        accounts.MapGet("", async (AccountAdminService admin) => Results.Ok(await admin.ListAsync())).WithSummary("账户列表");
        accounts.MapPost("", async (AccountAdminService.CreateInput input, AccountAdminService admin) =>
            Problems.Result(await admin.CreateAsync(input), a => Results.Created($"/api/v1/accounts/{a.Id}", a))).WithSummary("创建账户（角色组合受三员分立约束）");
        accounts.MapPost("/{id}/disable", async (string id, AccountAdminService admin, ClaimsPrincipal caller) =>
            Problems.Result(await admin.SetDisabledAsync(id, true, caller.FindFirstValue(ClaimTypes.NameIdentifier)), Results.Ok)).WithSummary("停用账户");
        accounts.MapPost("/{id}/enable", async (string id, AccountAdminService admin, ClaimsPrincipal caller) =>
            Problems.Result(await admin.SetDisabledAsync(id, false, caller.FindFirstValue(ClaimTypes.NameIdentifier)), Results.Ok)).WithSummary("启用账户");
        accounts.MapPost("/{id}/password", async (string id, AccountAdminService.PasswordInput input, AccountAdminService admin) =>
            Problems.Result(await admin.ResetPasswordAsync(id, input), Results.Ok)).WithSummary("重置密码（并解除锁定）");

        var security = api.MapGroup("/security").RequireAuthorization(Policies.SecurityAdmin);
        security.MapGet("/policy", (SecurityPolicyService policies) => Results.Ok(policies.Current)).WithSummary("安全策略");
        security.MapPut("/policy", async (SecurityPolicy policy, SecurityPolicyService policies) =>
            Problems.Result(await policies.UpdateAsync(policy), Results.Ok)).WithSummary("修改安全策略（立即生效）");
    }
}
