using System.Globalization;
using System.Text;
using Enforcement.Data.Wim;

namespace Enforcement.Web.Tests.Wim;

public sealed class SqliteDateTextTests
{
    [Fact]
    public void Write_GivesTheTextMicrosoftDataSqliteStores_ForWholeSecondsFractionsAndTrailingZeros()
    {
        var random = new Random(7);
        var samples = new List<DateTime>
        {
            new(2026, 3, 1, 8, 15, 30, DateTimeKind.Utc),
            new(2026, 3, 1, 8, 15, 30, 120, DateTimeKind.Utc),
            new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
            new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc).AddTicks(1),
            new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        for (var i = 0; i < 1_000; i++)
        {
            samples.Add(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks((long)(random.NextDouble() * TimeSpan.TicksPerDay * 3_000)));
        }

        Span<byte> buffer = stackalloc byte[SqliteDateText.MaxLength];
        foreach (var at in samples)
        {
            var length = SqliteDateText.Write(at, buffer);
            Assert.Equal(at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture), Encoding.UTF8.GetString(buffer[..length]));
        }
    }
}
