using Enforcement.Domain.Evidence;

namespace Enforcement.Domain.Tests.Evidence;

public sealed class EvidencePolicyTests
{
    private const long MB = 1024 * 1024;

    [Fact]
    public void Defaults_AreTwentyMegabytesOfImage_TwoHundredOfAudio_TwoGigabytesOfVideo_FiftyOfPdf()
    {
        var policy = EvidencePolicy.Default;
        Assert.Equal(20 * MB, policy.MaxBytes(EvidenceFileKind.Image));
        Assert.Equal(200 * MB, policy.MaxBytes(EvidenceFileKind.Audio));
        Assert.Equal(2048 * MB, policy.MaxBytes(EvidenceFileKind.Video));
        Assert.Equal(50 * MB, policy.MaxBytes(EvidenceFileKind.Pdf));
        Assert.Equal(2048 * MB, policy.LargestMaxBytes);
    }

    [Theory]
    [InlineData(EvidenceFileKind.Image, 20 * MB)]
    [InlineData(EvidenceFileKind.Audio, 200 * MB)]
    [InlineData(EvidenceFileKind.Video, 2048 * MB)]
    [InlineData(EvidenceFileKind.Pdf, 50 * MB)]
    public void Check_AtTheLimit_Passes_AndOneByteMore_IsRefusedNamingTheLimit(EvidenceFileKind kind, long limit)
    {
        Assert.Null(EvidencePolicy.Default.Check(kind, limit));

        var refusal = EvidencePolicy.Default.Check(kind, limit + 1);

        Assert.NotNull(refusal);
        Assert.Equal("file", refusal.Field);
        Assert.Equal("evidence.file-size", refusal.Code);
        Assert.Contains(EvidencePolicy.Size(limit), refusal.Message, StringComparison.Ordinal);
        Assert.Contains(EvidencePolicy.KindName(kind), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AVideoSizedPhoto_IsRefused_ButTheSameSizeOfVideoIsNot()
    {
        Assert.NotNull(EvidencePolicy.Default.Check(EvidenceFileKind.Image, 100 * MB));
        Assert.Null(EvidencePolicy.Default.Check(EvidenceFileKind.Video, 100 * MB));
    }

    [Fact]
    public void Check_EmptyFile_IsRefused()
    {
        var refusal = EvidencePolicy.Default.Check(EvidenceFileKind.Image, 0);
        Assert.Equal("evidence.file-empty", refusal?.Code);
        Assert.Equal("file", refusal?.Field);
    }

    [Fact]
    public void Check_UnrecognisedContent_IsRefusedListingWhatIsAccepted()
    {
        var refusal = EvidencePolicy.Default.Check(null, 1000);
        Assert.Equal("evidence.file-type", refusal?.Code);
        Assert.Contains("PDF", refusal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfiguredLimit_Applies()
    {
        var policy = EvidencePolicy.Default with { ImageMaxBytes = 1024 };
        Assert.Null(policy.Check(EvidenceFileKind.Image, 1024));
        Assert.Contains("1 KB", policy.Check(EvidenceFileKind.Image, 1025)?.Message, StringComparison.Ordinal);
        Assert.Null(policy.Check(EvidenceFileKind.Pdf, 1025));
    }

    [Fact]
    public void Validate_NonPositiveLimit_IsReported()
    {
        Assert.Empty(EvidencePolicy.Default.Validate());
        Assert.Single((EvidencePolicy.Default with { AudioMaxBytes = 0 }).Validate());
    }

    [Theory]
    [InlineData(12, "12 字节")]
    [InlineData(1024, "1 KB")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(20 * MB, "20 MB")]
    [InlineData(2048 * MB, "2 GB")]
    [InlineData(2560 * MB, "2.5 GB")]
    public void Size_ReadsAsPeopleWriteIt(long bytes, string text) => Assert.Equal(text, EvidencePolicy.Size(bytes));
}
