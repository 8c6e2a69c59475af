using Enforcement.Domain.Common;

namespace Enforcement.Domain.Overload.Review;

/// <summary>The one way a clue changes status: find the move in the table, check role and guards, record, append history.</summary>
public static class ClueLifecycle
{
    /// <summary>The moves open to an actor on a clue in a status (for the screen's buttons).</summary>
    public static IReadOnlyList<ClueAction> ActionsFor(ClueStatus status, IReadOnlyCollection<string> roles) =>
        [.. ClueTransitions.Table.Where(t => t.From == status && roles.Any(t.Roles.Contains)).Select(t => t.Action).Distinct()];

    /// <returns>The history row appended; its <see cref="ClueHistoryRow.To"/> is the clue's new status.</returns>
    public static Result<ClueHistoryRow> Apply(ClueReview review, ClueStatus status, ClueFacts facts, ClueCommand command, ClueContext context, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);

        var rows = ClueTransitions.Table.Where(t => t.From == status && t.Action == command.Action).ToList();
        if (rows.Count == 0)
        {
            return new Refusal("clue.transition", "action",
                $"线索当前为“{ClueNames.Name(status)}”，不能“{ClueNames.Name(command.Action)}”", RefusalKind.Conflict);
        }
        var transition = rows.First(t => t.When is null || t.When(facts, context));
        if (!command.Actor.Roles.Any(transition.Roles.Contains))
        {
            return new Refusal("clue.role", "action",
                $"“{ClueNames.Name(command.Action)}”须由{string.Join("或", transition.Roles)}办理", RefusalKind.Conflict);
        }
        foreach (var guard in transition.Guards)
        {
            if (guard.Check(review, facts, command, context) is { } refusal) return refusal;
        }

        transition.Record?.Invoke(review, command, nowUtc);
        var reason = command.Action == ClueAction.MarkInvalid ? ClueInvalidReasons.Name(command.ReasonCode) : null;
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        var row = new ClueHistoryRow
        {
            ViolationId = review.ViolationId,
            From = status,
            To = transition.To,
            Action = command.Action,
            ActorUserName = command.Actor.UserName,
            AtUtc = nowUtc,
            Note = reason is null ? note : note is null ? reason : $"{reason}：{note}",
        };
        review.History.Add(row);
        return row;
    }
}
