namespace Enforcement.Domain.Cases.Parties;

/// <summary>
/// Repeat-offence count for the discretion predicates: how often the same party (or vehicle) was penalised for
/// the same item in the 12 months before the act. Only decisions count: an open case proves nothing, and a
/// 不予行政处罚 decision is not a penalty.
/// </summary>
public static class RepeatOffences
{
    /// <summary>The facts of one earlier case that the count needs.</summary>
    public sealed record PastCase(int CaseId, string ItemCode, CaseStatus Status, DateOnly? DecidedOn);

    /// <param name="exceptCaseId">The case being decided, which is not a repeat of itself.</param>
    public static int In12Months(IEnumerable<PastCase> cases, string itemCode, DateOnly onDate, int? exceptCaseId = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var from = onDate.AddMonths(-12);
        return cases.Count(c => c.CaseId != exceptCaseId
                                && string.Equals(c.ItemCode, itemCode, StringComparison.Ordinal)
                                && c.Status != CaseStatus.NoPenaltyDecided
                                && c.DecidedOn is { } decided && decided >= from && decided < onDate);
    }
}
