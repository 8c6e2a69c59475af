using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Common;
using Enforcement.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Cases;

/// <summary>A case waiting for someone, with its nearest running deadline. Public: a Razor component parameter type.</summary>
public sealed record InboxItem(int CaseId, string? Number, string Title, CaseStatus Status, string StatusName, CaseClock? NextDeadline);

/// <summary>
/// What is waiting for whom: an officer's own open cases, the head's approvals (立案, 集体讨论, 决定, 归档) and the legal
/// reviewer's queue. All within the caller's data scope, nearest deadline first.
/// </summary>
internal sealed class CaseInboxService(EnforcementDbContext db, CalendarService calendar, TimeProvider clock, CaseRules rules)
{
    private static readonly CaseStatus[] Finished = [CaseStatus.Closed, CaseStatus.Archived, CaseStatus.NotRegistered];

    /// <summary>Statuses where the next move is the head's.</summary>
    public static readonly CaseStatus[] AwaitingHead =
        [CaseStatus.RegistrationPending, CaseStatus.CollectiveDiscussion, CaseStatus.DecisionPending, CaseStatus.Closed];

    public async Task<IReadOnlyList<InboxItem>> MineAsync(int officerId) =>
        await ItemsAsync(db.Cases.Where(c => c.HandlerIds.Contains(officerId) && !Finished.Contains(c.Status)));

    public async Task<IReadOnlyList<InboxItem>> ApprovalsAsync() =>
        await ItemsAsync(db.Cases.Where(c => AwaitingHead.Contains(c.Status)));

    public async Task<IReadOnlyList<InboxItem>> LegalReviewAsync() =>
        await ItemsAsync(db.Cases.Where(c => c.Status == CaseStatus.LegalReview || c.Status == CaseStatus.LegalReviewBeforeDecision));

    private async Task<IReadOnlyList<InboxItem>> ItemsAsync(IQueryable<EnforcementCase> query)
    {
        var cases = await query.AsNoTracking().WithLifecycle().OrderBy(c => c.Id).Take(500).ToListAsync();
        var workingDays = await calendar.CalendarAsync();
        var today = ChinaTime.Today(clock.GetUtcNow());
        return [.. cases.Select(c =>
            {
                var next = CaseClocks.For(c, workingDays, rules, today)
                    .Where(k => k.State is ClockState.Running or ClockState.DueSoon or ClockState.Overdue or ClockState.Paused)
                    .OrderBy(k => k.Due).FirstOrDefault();
                return new InboxItem(c.Id, c.Number, c.Title, c.Status, CaseStatusNames.Name(c.Status), next);
            })
            .OrderBy(i => i.NextDeadline?.Due ?? DateOnly.MaxValue)];
    }
}
