namespace Enforcement.Web.Tests.Parties;

/// <summary>Fresh credit codes and plates, unique within a test run (the shared hosts keep rows between tests).</summary>
internal static class PartyIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static int _serial = Random.Shared.Next(10_000, 80_000);

    /// <summary>A GB 32100 credit code with a correct check character.</summary>
    public static string CreditCode()
    {
        var body = $"91632521MA{Interlocked.Increment(ref _serial):D7}";
        var sum = body.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return body + Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>An ordinary 7-character plate (blue or yellow).</summary>
    public static string Plate() => $"青B{Interlocked.Increment(ref _serial) % 100_000:D5}";
}
