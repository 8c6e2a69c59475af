using Enforcement.Domain.Evidence;

namespace Enforcement.Domain.Tests.Evidence;

public sealed class EvidenceTypeTests
{
    [Fact]
    public void TheStatuteNamesEightTypes_InItsOrder()
    {
        Assert.Equal(
            ["书证", "物证", "视听资料", "电子数据", "证人证言", "当事人的陈述", "鉴定意见", "勘验笔录、现场笔录"],
            EvidenceTypes.All.Select(EvidenceTypes.Name));
    }

    [Theory]
    [InlineData("书证", EvidenceType.Documentary)]
    [InlineData(" 勘验笔录、现场笔录 ", EvidenceType.InspectionRecord)]
    [InlineData("AudioVisual", EvidenceType.AudioVisual)]
    [InlineData("electronic", EvidenceType.Electronic)]
    public void Parse_ChineseOrEnglishName(string text, EvidenceType type) => Assert.Equal(type, EvidenceTypes.Parse(text).Unwrap());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("照片")]
    public void Parse_AnythingElse_IsRefusedOnTheTypeField(string? text)
    {
        var result = EvidenceTypes.Parse(text);
        Assert.False(result.IsOk);
        Assert.Equal("type", result.Refusal!.Field);
        Assert.Contains("第四十六条", result.Refusal.Message, StringComparison.Ordinal);
    }
}
