using System.Globalization;
using Enforcement.Data.Wim;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;

namespace Enforcement.Web.Tests.Wim;

/// <summary>The fast paths of field reading read exactly what the general parsers read, and refuse what they refuse.</summary>
public sealed class WimFieldReadingTests
{
    [Theory]
    [InlineData("2026-03-01T08:15:30Z")]
    [InlineData("2026-03-01T08:15:30.5Z")]
    [InlineData("2026-03-01T08:15:30.1234567Z")]
    [InlineData("2026-03-01T16:15:30+08:00")]
    [InlineData("2026-03-01T01:15:30.250-05:30")]
    [InlineData("2024-02-29T23:59:59.999z")]
    [InlineData("2026-01-01T00:30:00+08:00")]
    [InlineData("2026-03-01 08:15:30Z")]
    [InlineData("2026-03-01T08:15Z")]
    public void CaptureTime_ReadsTheSameInstantAsTheGeneralParser(string text)
    {
        List<Refusal>? errors = null;
        var read = WimFields.Instant(text, ref errors);
        Assert.Null(errors);
        var expected = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime;
        Assert.Equal(expected, read);
        Assert.Equal(DateTimeKind.Utc, read!.Value.Kind);
    }

    [Theory]
    [InlineData("2026-02-30T08:15:30Z")]
    [InlineData("2026-13-01T08:15:30Z")]
    [InlineData("2026-03-01T24:00:00Z")]
    [InlineData("2026-03-01T08:15:30")]
    [InlineData("2026-03-01T08:15:30+15:00")]
    [InlineData("yesterday")]
    public void CaptureTime_WithoutZoneOrImpossible_IsAReadingError(string text)
    {
        List<Refusal>? errors = null;
        Assert.Null(WimFields.Instant(text, ref errors));
        var error = Assert.Single(errors!);
        Assert.Equal(WimFields.CapturedAt, error.Field);
    }

    [Fact]
    public void AxleLoads_WrittenForStorage_ReadBackUnchanged()
    {
        Assert.True(AxleLoads.TryParse("7000|11500|-3|2147483647|0|18000", '|', out var loads));
        Assert.Equal("7000|11500|-3|2147483647|0|18000", loads.ToString());
        Assert.Equal("", AxleLoads.Empty.ToString());
    }

    [Fact]
    public void Images_StoredAsHashAndReference_ReadBackUnchanged()
    {
        IReadOnlyList<WimImage> images = [new("s/1.jpg", new string('a', 64)), new("s/2 b.jpg", new string('b', 64))];
        var stored = WimImages.Write(images);
        Assert.Equal($"{new string('a', 64)} s/1.jpg\n{new string('b', 64)} s/2 b.jpg", stored);
        Assert.Equal(images, WimImages.Read(stored));
        Assert.Null(WimImages.Write([]));
    }
}
