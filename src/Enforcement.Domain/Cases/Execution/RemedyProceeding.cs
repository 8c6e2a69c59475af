namespace Enforcement.Domain.Cases.Execution;

public enum RemedyKind
{
    /// <summary>行政复议 (《行政复议法》 Art 20).</summary>
    Reconsideration = 1,
    /// <summary>行政诉讼 (《行政诉讼法》 Arts 45–46).</summary>
    Litigation = 2,
}

/// <summary>
/// The party applied for reconsideration or sued against the decision: from when to when. The 加处罚款 is not counted
/// during it (APL Art 73 ¶3), and the court may not be asked to enforce while it is open (ACL Art 53).
/// </summary>
public sealed class RemedyProceeding
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public RemedyKind Kind { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>维持、变更、撤销、驳回… as the reconsideration decision or judgment says.</summary>
    public string? Outcome { get; set; }

    /// <summary>Whether <paramref name="day"/> lies in the proceeding (start and end days included); open ones run on.</summary>
    public bool Covers(DateOnly day) => day >= StartedOn && (EndedOn is not { } end || day <= end);
}
