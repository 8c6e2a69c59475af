using System.Globalization;
using System.Runtime.CompilerServices;

namespace Enforcement.Domain.Overload;

/// <summary>
/// Per-axle loads in kg, held inline (no array per record) because ingest creates one per weighing at line rate.
/// At most <see cref="MaxAxles"/> axles; loads are as the device reported them (checked by <see cref="WimRecordCheck"/>).
/// </summary>
public readonly struct AxleLoads : IEquatable<AxleLoads>
{
    /// <summary>The most axles a record may carry (trains seen at stations have at most 8 or so).</summary>
    public const int MaxAxles = 12;

    private readonly Buffer loads;

    private AxleLoads(Buffer loads, int count)
    {
        this.loads = loads;
        Count = count;
    }

    public static AxleLoads Empty => default;

    /// <summary>Number of axle loads reported.</summary>
    public int Count { get; }

    public int this[int index] =>
        (uint)index < (uint)Count ? loads[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Copies the loads; refuses more than <see cref="MaxAxles"/>.</summary>
    public static AxleLoads From(ReadOnlySpan<int> kg)
    {
        if (kg.Length > MaxAxles)
        {
            throw new ArgumentException($"At most {MaxAxles} axle loads.", nameof(kg));
        }

        var buffer = default(Buffer);
        kg.CopyTo(buffer);
        return new AxleLoads(buffer, kg.Length);
    }

    /// <summary>
    /// Parses loads separated by <paramref name="separator"/> (CSV field "7000|11500|18000") without allocating;
    /// false if a part is not a whole number or there are more than <see cref="MaxAxles"/>. Empty text: no loads.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, char separator, out AxleLoads result)
    {
        result = default;
        var buffer = default(Buffer);
        var count = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true;
        }

        foreach (var range in text.Split(separator))
        {
            if (count == MaxAxles
                || !int.TryParse(text[range].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var kg))
            {
                return false;
            }

            buffer[count++] = kg;
        }

        result = new AxleLoads(buffer, count);
        return true;
    }

    /// <summary>Sum of the loads.</summary>
    public long Sum()
    {
        long sum = 0;
        for (var i = 0; i < Count; i++)
        {
            sum += loads[i];
        }

        return sum;
    }

    public int[] ToArray()
    {
        var array = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            array[i] = loads[i];
        }

        return array;
    }

    /// <summary>"7000|11500|18000": the storage and CSV form.</summary>
    public override string ToString()
    {
        // Written once per stored record at ingest: format into a stack buffer, allocate only the string.
        Span<char> text = stackalloc char[MaxAxles * 12];
        var length = 0;
        for (var i = 0; i < Count; i++)
        {
            if (i > 0)
            {
                text[length++] = '|';
            }

            loads[i].TryFormat(text[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
        }

        return new string(text[..length]);
    }

    public bool Equals(AxleLoads other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (loads[i] != other.loads[i])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is AxleLoads other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < Count; i++)
        {
            hash.Add(loads[i]);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(AxleLoads left, AxleLoads right) => left.Equals(right);

    public static bool operator !=(AxleLoads left, AxleLoads right) => !left.Equals(right);

    [InlineArray(MaxAxles)]
    private struct Buffer
    {
        private int element;
    }
}
