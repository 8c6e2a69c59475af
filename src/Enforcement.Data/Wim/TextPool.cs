namespace Enforcement.Data.Wim;

/// <summary>
/// Reuses the string of a field whose values repeat row after row (device code, plate colour, vehicle type code), so a
/// million rows do not allocate a million copies of "BENCH-01". Bounded: once it holds <see cref="Capacity"/> values it
/// stops remembering and simply allocates, so a column of unique values costs no more than without it.
/// </summary>
internal sealed class TextPool
{
    public const int Capacity = 4_096;

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The trimmed text as a string (null when empty), shared with earlier rows when it repeats.</summary>
    public string? Get(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var value = text.ToString();
        if (_values.Count < Capacity)
        {
            _values[value] = value;
        }

        return value;
    }
}
