namespace Enforcement.Domain.Overload.Review;

/// <summary>When a clue's first finding needs a second reviewer (复审).</summary>
public enum SecondReviewMode
{
    /// <summary>Never: the first finding stands.</summary>
    Never,

    /// <summary>When the determined fine is above <see cref="SecondReviewPolicy.ThresholdFen"/>.</summary>
    AboveThreshold,

    /// <summary>Every clue, whatever the finding.</summary>
    Always,
}

/// <summary>
/// An agency's choice of 复审. The law asks only that each record be reviewed (APL Art 41 ¶2); a second reviewer is
/// the agency's own control, so mode and threshold are configuration with a default (above 10 000 yuan).
/// </summary>
public sealed record SecondReviewPolicy(SecondReviewMode Mode, long ThresholdFen)
{
    public static SecondReviewPolicy Default { get; } = new(SecondReviewMode.AboveThreshold, 1_000_000);

    public bool Requires(long fineFen) => Mode switch
    {
        SecondReviewMode.Always => true,
        SecondReviewMode.AboveThreshold => fineFen > ThresholdFen,
        _ => false,
    };
}
