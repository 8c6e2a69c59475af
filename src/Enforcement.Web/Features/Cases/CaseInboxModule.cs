using System.Security.Claims;
using Enforcement.Domain.Accounts;
using Enforcement.Web.Features.Accounts;
using Enforcement.Web.Platform;

namespace Enforcement.Web.Features.Cases;

internal static class CaseInboxModule
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1/inbox").WithTags("待办").RequireAuthorization(Policies.Business);
        api.MapGet("/mine", async (ClaimsPrincipal user, CaseInboxService inbox) =>
            PlatformClaims.OfficerId(user) is { } officer ? Results.Ok(await inbox.MineAsync(officer)) : Results.Ok(Array.Empty<InboxItem>()))
            .WithSummary("我承办的未结案件（按最近期限排序）");
        api.MapGet("/approvals", async (CaseInboxService inbox) => Results.Ok(await inbox.ApprovalsAsync()))
            .RequireAuthorization(p => p.RequireRole(Roles.Head)).WithSummary("负责人审批：立案、集体讨论、决定、归档");
        api.MapGet("/legal-review", async (CaseInboxService inbox) => Results.Ok(await inbox.LegalReviewAsync()))
            .RequireAuthorization(p => p.RequireRole(Roles.LegalReviewer)).WithSummary("法制审核待办");
    }
}
