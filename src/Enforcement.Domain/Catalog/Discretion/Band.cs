using System.Globalization;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>
/// A band of whole numbers (fen, kilograms, days, years) with open or closed ends; a null end is unbounded.
/// Described in statutory wording, where 以上/以下 include the bound and 超过/不足 exclude it.
/// </summary>
/// <param name="Min">Lower bound, or null for none.</param>
/// <param name="Max">Upper bound, or null for none.</param>
/// <param name="MinInclusive">True if <paramref name="Min"/> itself is in the band (以上), false if not (超过).</param>
/// <param name="MaxInclusive">True if <paramref name="Max"/> itself is in the band (以下), false if not (不足).</param>
public sealed record Band(long? Min, long? Max, bool MinInclusive = true, bool MaxInclusive = true)
{
    /// <summary>Every value.</summary>
    public static Band Any { get; } = new(null, null);

    /// <summary>min 以上 (min included).</summary>
    public static Band AtLeast(long min) => new(min, null);

    /// <summary>超过 min (min excluded).</summary>
    public static Band Above(long min) => new(min, null, MinInclusive: false);

    /// <summary>max 以下 (max included).</summary>
    public static Band AtMost(long max) => new(null, max);

    /// <summary>不足 max (max excluded).</summary>
    public static Band Below(long max) => new(null, max, MaxInclusive: false);

    /// <summary>min 以上、不足 max: the half-open band [min, max), so that consecutive bands do not overlap.</summary>
    public static Band From(long min, long maxExclusive) => new(min, maxExclusive, MinInclusive: true, MaxInclusive: false);

    /// <summary>min 以上、max 以下: both ends included.</summary>
    public static Band Between(long min, long max) => new(min, max);

    public bool Contains(long value) =>
        (Min is not { } min || (MinInclusive ? value >= min : value > min))
        && (Max is not { } max || (MaxInclusive ? value <= max : value < max));

    /// <summary>The band in statutory wording, each bound formatted by <paramref name="format"/> (e.g. "5000千克以上、不足10000千克").</summary>
    public string Describe(Func<long, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var lower = Min is { } min ? (MinInclusive ? format(min) + "以上" : "超过" + format(min)) : null;
        var upper = Max is { } max ? (MaxInclusive ? format(max) + "以下" : "不足" + format(max)) : null;
        return (lower, upper) switch
        {
            (null, null) => "不限",
            (not null, null) => lower,
            (null, not null) => upper,
            _ => lower + "、" + upper,
        };
    }

    /// <summary>The band with plain numbers.</summary>
    public string Describe() => Describe(v => v.ToString(CultureInfo.InvariantCulture));
}
