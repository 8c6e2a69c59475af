using Enforcement.Domain.Catalog;

namespace Enforcement.Domain.Tests.Catalog;

public sealed class PenaltyKindsNotationTests
{
    [Fact]
    public void EveryCombination_RoundTrips()
    {
        for (var bits = 0; bits < 1 << 12; bits++)
        {
            var kinds = (PenaltyKinds)bits;
            Assert.Equal(kinds, PenaltyKindsNotation.Parse(PenaltyKindsNotation.Format(kinds)).Unwrap());
        }
    }

    [Fact]
    public void NamesFollowTheStatutoryOrder()
    {
        Assert.Equal("警告|罚款|吊销许可证件", PenaltyKindsNotation.Format(PenaltyKinds.RevokeLicence | PenaltyKinds.Warning | PenaltyKinds.Fine));
        Assert.Equal(
            "警告|通报批评|罚款|没收违法所得|没收非法财物|暂扣许可证件|降低资质等级|吊销许可证件|限制开展生产经营活动|责令停产停业|责令关闭|限制从业",
            PenaltyKindsNotation.Format((PenaltyKinds)((1 << 12) - 1)));
        Assert.Equal("", PenaltyKindsNotation.Format(PenaltyKinds.None));
    }

    [Fact]
    public void Parse_AcceptsAnyOrderSpacesAndFullWidthBar()
    {
        Assert.Equal(PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome, PenaltyKindsNotation.Parse(" 没收违法所得 ｜ 罚款 ").Unwrap());
        Assert.Equal(PenaltyKinds.None, PenaltyKindsNotation.Parse("").Unwrap());
        Assert.Equal(PenaltyKinds.None, PenaltyKindsNotation.Parse(null).Unwrap());
    }

    [Theory]
    [InlineData("警告|拘留", "kinds.unknown", "拘留")]
    [InlineData("罚款||警告", "kinds.empty", "罚款||警告")]
    [InlineData("罚款|罚款", "kinds.duplicate", "罚款")]
    public void BadNames_AreRefused(string text, string code, string named)
    {
        var result = PenaltyKindsNotation.Parse(text);

        Assert.Equal(code, result.Refusal!.Code);
        Assert.Equal("kinds", result.Refusal.Field);
        Assert.Contains($"“{named}”", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedBits_CannotBeFormatted()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PenaltyKindsNotation.Format((PenaltyKinds)(1 << 12)));
    }

    [Fact]
    public void Describe_UsesTheChineseEnumerationComma()
    {
        Assert.Equal("罚款、吊销许可证件", PenaltyKindsNotation.Describe(PenaltyKinds.Fine | PenaltyKinds.RevokeLicence));
        Assert.Equal("无", PenaltyKindsNotation.Describe(PenaltyKinds.None));
    }
}
