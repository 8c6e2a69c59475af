using Enforcement.Domain.Overload;

namespace Enforcement.Data.Wim;

/// <summary>
/// The stored form of a determination's invalid reasons: one bit per reason code. The bit of a code never changes
/// (rows written years ago must still decode), so new reasons are appended, never inserted or reordered.
/// </summary>
public static class InvalidReasonBits
{
    private static readonly string[] Codes =
    [
        "device.certificate", "device.legal-review", "device.technical-review", "device.no-public-notice",
        "device.notice-period", "device.not-started", "device.out-of-service", "record.incomplete",
        "record.speed-missing", "record.speed-range", "record.lane-straddling", "record.acceleration",
        "record.abnormal", "record.plate-unrecognised", "record.plate-confidence", "record.images",
        "limit.configuration-unknown", "limit.axle-mismatch", "limit.not-listed",
    ];

    private static readonly Dictionary<string, int> BitOf = Codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    /// <summary>The bit set of the reasons; a code without a bit is a programming error (a new reason needs one here).</summary>
    public static int Of(IReadOnlyList<DeterminationReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var bits = 0;
        for (var i = 0; i < reasons.Count; i++)
        {
            bits |= 1 << (BitOf.TryGetValue(reasons[i].Code, out var bit)
                ? bit
                : throw new InvalidOperationException($"No stored bit for determination reason {reasons[i].Code}."));
        }

        return bits;
    }

    /// <summary>The reason codes of a stored bit set, in bit order.</summary>
    public static IReadOnlyList<string> CodesOf(int bits)
    {
        var codes = new List<string>();
        for (var i = 0; i < Codes.Length; i++)
        {
            if ((bits & (1 << i)) != 0)
            {
                codes.Add(Codes[i]);
            }
        }

        return codes;
    }

    /// <summary>Every code with a stored bit, in bit order.</summary>
    public static IReadOnlyList<string> AllCodes => Codes;

    /// <summary>The bit of one code (for statistics: <c>InvalidReasons &amp; bit</c>).</summary>
    public static int BitFor(string code) => 1 << BitOf[code];
}
