using System.Security.Claims;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;
using Enforcement.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Web.Features.Cases;

/// <summary>
/// The case page's move forms post here (plain HTML forms, antiforgery-checked) and come back to the case page with
/// the outcome: post / redirect / get, so a refresh never repeats a move.
/// </summary>
internal static partial class CaseMoveForm
{
    internal sealed partial class Form
    {
        public CaseAction Action { get; set; }
        public int Version { get; set; }
        public int[]? HandlerIds { get; set; }
        public string? Number { get; set; }
        public bool Warning { get; set; }
        public bool Fine { get; set; }
        public decimal? FineYuan { get; set; }
        public decimal? RecommendedMinYuan { get; set; }
        public decimal? RecommendedMaxYuan { get; set; }
        public bool HearingRight { get; set; }
        public bool LegalReviewRequired { get; set; }
        public bool CollectiveDiscussionRequired { get; set; }
        public ServiceMethod? ServiceMethod { get; set; }
        public bool ElectronicConsent { get; set; }
        public DateOnly? ServedOn { get; set; }
        public DateOnly? HearingNoticeOn { get; set; }
        public DateOnly? HearingOn { get; set; }
        public string? Reason { get; set; }

        // Recording facts: preservation, pauses, extension, payment, plan, remedies, 催告, court, outcome.
        public DateOnly? OccurredOn { get; set; }
        public string? PreservedItems { get; set; }
        public int? PreservationId { get; set; }
        public PreservationDisposition? Disposition { get; set; }
        public int? ExtensionDays { get; set; }
        public decimal? AmountYuan { get; set; }
        public string? Reference { get; set; }
        public DateOnly?[]? InstalmentDueOn { get; set; }
        public decimal?[]? InstalmentAmountYuan { get; set; }
        public Domain.Cases.Execution.RemedyKind? RemedyKind { get; set; }
        public CasePauseKind? PauseKind { get; set; }

        public CaseService.MoveInput ToInput()
        {
            var kinds = (Warning ? PenaltyKinds.Warning : PenaltyKinds.None) | (Fine ? PenaltyKinds.Fine : PenaltyKinds.None);
            return new(Version, HandlerIds, Number, kinds == PenaltyKinds.None ? null : kinds, FineYuan, RecommendedMinYuan, RecommendedMaxYuan,
                HearingRight, LegalReviewRequired, CollectiveDiscussionRequired, ServedOn, ServiceMethod, ElectronicConsent, HearingNoticeOn, HearingOn, Reason, null,
                Action == CaseAction.SendNotice ? NoticeFacts() : null,
                OccurredOn, PreservedItems, PreservationId, Disposition, ExtensionDays, AmountYuan, Reference, Instalments(), RemedyKind, PauseKind);
        }

        /// <summary>The plan's rows the user filled in (blank rows of the form are dropped).</summary>
        private List<CaseService.InstalmentRequest>? Instalments()
        {
            var due = InstalmentDueOn ?? [];
            var amounts = InstalmentAmountYuan ?? [];
            var rows = Enumerable.Range(0, Math.Max(due.Length, amounts.Length))
                .Select(i => new CaseService.InstalmentRequest(i < due.Length ? due[i] : null, i < amounts.Length ? amounts[i] : null))
                .Where(r => r.DueOn is not null || r.AmountYuan is not null)
                .ToList();
            return rows.Count == 0 ? null : rows;
        }
    }

    /// <summary>The party's answer to the notice: a statement received, or express waivers (APL Arts 45, 62–64).</summary>
    internal sealed class StatementForm
    {
        public int Version { get; set; }
        public DateOnly? On { get; set; }
        public bool StatementReceived { get; set; }
        public bool DefenceWaived { get; set; }
        public bool HearingWaived { get; set; }
    }

    public static void Map(WebApplication app)
    {
        app.MapPost("/cases/{id:int}/moves", async (int id, [FromForm] Form form, CaseService cases, ClaimsPrincipal user) =>
        {
            var result = await cases.MoveAsync(id, form.Action, form.ToInput(), user);
            return BackToCase(id, result, $"已办理：{CaseStatusNames.Name(form.Action)}");
        }).RequireAuthorization(Policies.Business).ExcludeFromDescription();

        app.MapPost("/cases/{id:int}/statement", async (int id, [FromForm] StatementForm form, CaseService cases) =>
        {
            var result = await cases.RecordStatementAsync(id, new(form.Version, form.On, form.StatementReceived, form.DefenceWaived, form.HearingWaived));
            return BackToCase(id, result, "已登记陈述申辩情况");
        }).RequireAuthorization(Policies.Business).ExcludeFromDescription();
    }

    private static IResult BackToCase(int id, Domain.Common.Result<CaseView> result, string done)
    {
        if (!result.IsOk && result.Refusal!.Kind == Domain.Common.RefusalKind.NotFound) return Results.NotFound();
        var message = result.IsOk ? done : $"错误：{result.Refusal!.Message}";
        return Results.LocalRedirect($"/cases/{id}?message={Uri.EscapeDataString(message)}");
    }
}
