namespace Enforcement.Domain.Cases.Execution;

/// <summary>
/// One due date of an approved deferral (one instalment of the whole unpaid fine) or instalment plan
/// (APL Art 66 ¶2): the amount due by that day.
/// </summary>
public sealed class PaymentInstalment
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int Sequence { get; set; }
    public DateOnly DueOn { get; set; }
    public long AmountFen { get; set; }
}

/// <summary>A requested due date and amount, as the head approves it.</summary>
public sealed record InstalmentInput(DateOnly DueOn, long AmountFen);
