using System.Globalization;
using System.Text;
using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;

namespace Enforcement.Bench.Wim;

/// <summary>Synthetic station traffic for the benchmark: an axle mix, a few per cent over the limit, some bad rows.</summary>
public static class WimTraffic
{
    public const double ViolationShare = 0.04;

    private static readonly string Sha = new('b', 64);

    public static IWimDeviceDirectory Directory(int devices)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new FixedWimDeviceDirectory(Enumerable.Range(1, devices).Select(i => new WimDeviceEntry(i, 100 + i, 1, i % 2 == 0 ? "G109" : "G6",
            new WimDevice
            {
                Code = $"BENCH-{i:D2}",
                Certificates = [new VerificationCertificate("JD-" + i, "计量所", today.AddYears(-1), today.AddYears(1))],
                LegalReviews = [new DeviceReview(today.AddYears(-1), "法制科", true)],
                TechnicalReviews = [new DeviceReview(today.AddYears(-1), "技术科", true)],
                NoticeFrom = today.AddYears(-1),
                NoticeTo = today.AddYears(-1).AddDays(30),
                EnforcementStartsOn = today.AddYears(-1).AddDays(31),
                RouteCode = i % 2 == 0 ? "G109" : "G6",
            })));
    }

    public const string Header = "deviceCode,recordId,lane,capturedAt,plate,plateColour,plateConfidence,axleCount,configurationCode,grossKg,axleKg,speedKmh,lengthMm,widthMm,heightMm,images,flags";

    /// <summary>CSV bytes of <paramref name="rows"/> records over the last 20 days; about 0.5 % of rows are bad.</summary>
    /// <param name="idPrefix">Prefix of the record ids, so two sets of rows never share a record.</param>
    /// <param name="daysBack">The rows cover the 20 days from this many days ago.</param>
    public static byte[] Csv(int rows, int devices, string idPrefix = "R", int seed = 42, int daysBack = 20)
    {
        var text = new StringWriter(new StringBuilder(rows * 200), CultureInfo.InvariantCulture);
        Write(text, rows, devices, idPrefix, seed, daysBack);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Writes the header and <paramref name="rows"/> records (streaming: a file of any size).</summary>
    public static void Write(TextWriter text, long rows, int devices, string idPrefix = "R", int seed = 42, int daysBack = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        var random = new Random(seed);
        text.Write(Header);
        text.Write('\n');
        var start = DateTime.UtcNow.AddDays(-daysBack);
        const string letters = "ABCDEFGHJK";
        for (long n = 0; n < rows; n++)
        {
            var device = 1 + (n % devices);
            var at = start.AddMilliseconds(n * (20.0 * 86_400_000 / rows));
            var over = random.NextDouble() < ViolationShare;
            var gross = over ? 52_000 + random.Next(30_000) : 20_000 + random.Next(28_000);
            var rest = (gross - 7_000) / 5;
            var last = gross - 7_000 - (rest * 4);
            var plate = $"青{letters[random.Next(letters.Length)]}{random.Next(10000, 99999)}";
            var bad = random.NextDouble() < 0.005;
            text.Write(string.Create(CultureInfo.InvariantCulture,
                $"BENCH-{device:D2},{idPrefix}{n},{1 + (n % 3)},{at:yyyy-MM-ddTHH:mm:ss.fff}Z,{plate},黄,0.97,6,157,{(bad ? "" : gross.ToString(CultureInfo.InvariantCulture))}," +
                $"7000|{rest}|{rest}|{rest}|{rest}|{last},{40 + random.Next(40)}.5,16500,2550,3900,{Sha}@s/{n}-1.jpg|{Sha}@s/{n}-2.jpg,\n"));
        }
    }
}
