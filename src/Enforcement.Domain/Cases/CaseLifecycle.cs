using Enforcement.Domain.Accounts;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>The one way a case changes status: look up the move in the table, check role and guards, record, append history.</summary>
public static class CaseLifecycle
{
    public static Result<CaseHistoryRow> Apply(EnforcementCase @case, CaseCommand command, CaseContext context, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);

        var transition = CaseTransitions.Table.FirstOrDefault(t => t.From == @case.Status && t.Action == command.Action);
        if (transition is null)
        {
            return new Refusal("case.transition", "action",
                $"案件当前处于“{CaseStatusNames.Name(@case.Status)}”，不能执行“{CaseStatusNames.Name(command.Action)}”", RefusalKind.Conflict);
        }
        if (!command.Actor.Roles.Any(transition.Roles.Contains))
        {
            return new Refusal("case.role", "action",
                $"“{CaseStatusNames.Name(command.Action)}”须由{string.Join("或", transition.Roles)}办理", RefusalKind.Conflict);
        }
        foreach (var guard in transition.Guards)
        {
            if (guard.Check(@case, command, context) is { } refusal) return refusal;
        }

        var from = @case.Status;
        transition.Record?.Invoke(@case, command, context);
        @case.Status = transition.To;
        var row = new CaseHistoryRow
        {
            CaseId = @case.Id,
            From = from,
            To = transition.To,
            Action = command.Action,
            ActorUserName = command.Actor.UserName,
            ActorOfficerId = command.Actor.OfficerId,
            AtUtc = nowUtc,
            On = command.On,
            Note = command.Reason ?? command.Note ?? transition.Describe?.Invoke(command),
        };
        @case.History.Add(row);
        return row;
    }

    /// <summary>
    /// A summary-procedure case: decided on the spot and handed over (APL Arts 51–52). Only a warning, or a fine of at
    /// most 200 yuan for a citizen / 3 000 yuan for an organisation; two officers who may act.
    /// </summary>
    public static Result<EnforcementCase> DecideOnTheSpot(EnforcementCase @case, CaseCommand command, CaseContext context, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (@case.Status != CaseStatus.Clue)
        {
            return new Refusal("case.transition", "action",
                $"案件当前处于“{CaseStatusNames.Name(@case.Status)}”，不能作出当场处罚决定", RefusalKind.Conflict);
        }
        if (!command.Actor.Roles.Contains(Roles.Officer)) return new Refusal("case.role", "action", "当场处罚须由执法人员作出", RefusalKind.Conflict);
        if (string.IsNullOrWhiteSpace(command.Number)) return new Refusal("required", "number", "当场行政处罚决定书编号不能为空");
        var kinds = command.Kinds ?? PenaltyKinds.None;
        if (kinds == PenaltyKinds.None || (kinds & ~(PenaltyKinds.Warning | PenaltyKinds.Fine)) != PenaltyKinds.None)
        {
            return new Refusal("case.summary-kind", "kinds", "当场处罚只能是警告或者罚款（《行政处罚法》第五十一条）", RefusalKind.Conflict);
        }
        // 个体工商户 are natural persons (民法典 Art 54): the citizen's limit applies to them, the organisation's only to organisations.
        var citizen = @case.PartyKind != PartyKind.Organisation;
        var limit = citizen ? context.Rules.SummaryMaxFineCitizenFen : context.Rules.SummaryMaxFineOrganisationFen;
        if (kinds.HasFlag(PenaltyKinds.Fine) && command.FineFen is not > 0) return new Refusal("required", "fineFen", "罚款金额不能为空");
        if ((command.FineFen ?? 0) > limit)
        {
            return new Refusal("case.summary-limit", "fineFen",
                $"当场处罚罚款不得超过{(citizen ? "公民" : "法人或者其他组织")} {limit / 100} 元，应适用普通程序（《行政处罚法》第五十一条）", RefusalKind.Conflict);
        }
        if (CaseGuards.TwoEligibleHandlers.Check(@case, command, context) is { } handlers) return handlers;
        if (CaseGuards.WithinLimitation.Check(@case, command, context) is { } limitation) return limitation;

        @case.Procedure = CaseProcedure.Summary;
        @case.Status = CaseStatus.OnTheSpotDecided;
        @case.Number = command.Number.Trim();
        @case.HandlerIds = [.. command.HandlerIds ?? @case.HandlerIds];
        @case.RegisteredOn = command.On;
        @case.DecidedOn = command.On;
        @case.DecidedKinds = kinds;
        @case.DecidedFineFen = command.FineFen;
        @case.History.Add(new CaseHistoryRow
        {
            CaseId = @case.Id, From = CaseStatus.Clue, To = CaseStatus.OnTheSpotDecided, Action = CaseAction.Decide,
            ActorUserName = command.Actor.UserName, ActorOfficerId = command.Actor.OfficerId, AtUtc = nowUtc, On = command.On, Note = command.Note,
        });
        return @case;
    }
}
