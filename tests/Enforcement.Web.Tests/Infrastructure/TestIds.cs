namespace Enforcement.Web.Tests.Infrastructure;

/// <summary>Fresh identifiers with correct check characters, unique within a test run.</summary>
public static class TestIds
{
    private static int _serial;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A resident ID number (GB 11643) with a Qinghai address code and a real birth date.</summary>
    public static string ResidentId()
    {
        var serial = Interlocked.Increment(ref _serial);
        var body = $"632521{1975 + serial % 25:D4}{1 + serial % 12:D2}{1 + serial % 28:D2}{serial % 1000:D3}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }
}
