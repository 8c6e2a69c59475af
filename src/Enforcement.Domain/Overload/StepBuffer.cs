namespace Enforcement.Domain.Overload;

/// <summary>
/// Collects trace steps and reasons while one record is determined, reused per thread so that a determination
/// allocates only its result arrays.
/// </summary>
internal sealed class StepBuffer
{
    [ThreadStatic]
    private static StepBuffer? current;

    private DeterminationStep[] steps = new DeterminationStep[32];
    private DeterminationReason[] reasons = new DeterminationReason[8];

    public int ReasonCount { get; private set; }

    public int StepCount { get; private set; }

    /// <summary>The thread's buffer, emptied.</summary>
    public static StepBuffer Rent()
    {
        var buffer = current ??= new StepBuffer();
        buffer.StepCount = 0;
        buffer.ReasonCount = 0;
        return buffer;
    }

    public void Add(in DeterminationStep step)
    {
        if (StepCount == steps.Length)
        {
            Array.Resize(ref steps, steps.Length * 2);
        }

        steps[StepCount++] = step;
    }

    /// <summary>Records a reason whose step is already in the trace.</summary>
    public void Reason(DeterminationReason reason)
    {
        if (ReasonCount == reasons.Length)
        {
            Array.Resize(ref reasons, reasons.Length * 2);
        }

        reasons[ReasonCount++] = reason;
    }

    /// <summary>Records a reason and its step.</summary>
    public void Invalid(DeterminationStepKind kind, DeterminationReason reason, long value = 0)
    {
        Reason(reason);
        Add(new DeterminationStep(kind, reason.Provision, Held: false, A: value, Reason: reason));
    }

    public DeterminationStep[] Steps() => steps.AsSpan(0, StepCount).ToArray();

    public DeterminationReason[] Reasons() => ReasonCount == 0 ? [] : reasons.AsSpan(0, ReasonCount).ToArray();
}
