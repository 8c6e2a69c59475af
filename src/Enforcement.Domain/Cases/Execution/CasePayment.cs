namespace Enforcement.Domain.Cases.Execution;

/// <summary>
/// A payment the party made towards the fine (and any 加处罚款): amount and day, as the bank or the e-payment system
/// reports it (APL Art 67). Partial payments are kept; the fine is settled first.
/// </summary>
public sealed class CasePayment
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public long AmountFen { get; set; }
    public DateOnly PaidOn { get; set; }

    /// <summary>Receipt or bank reference.</summary>
    public string? Reference { get; set; }
}
