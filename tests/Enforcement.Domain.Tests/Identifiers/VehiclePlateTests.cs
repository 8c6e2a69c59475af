using CsCheck;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Tests.Identifiers;

public class VehiclePlateTests
{
    [Theory]
    [InlineData("蓝", PlateColour.Blue)]
    [InlineData("蓝色", PlateColour.Blue)]
    [InlineData("黄", PlateColour.Yellow)]
    [InlineData("黄色", PlateColour.Yellow)]
    [InlineData("绿", PlateColour.Green)]
    [InlineData("绿色", PlateColour.Green)]
    [InlineData("渐变绿", PlateColour.Green)]
    [InlineData("黄绿", PlateColour.YellowGreen)]
    [InlineData("黄绿色", PlateColour.YellowGreen)]
    [InlineData("黄绿双拼", PlateColour.YellowGreen)]
    [InlineData("白", PlateColour.White)]
    [InlineData("白色", PlateColour.White)]
    [InlineData("黑", PlateColour.Black)]
    [InlineData("黑色", PlateColour.Black)]
    [InlineData("Blue", PlateColour.Blue)]
    [InlineData("yellowgreen", PlateColour.YellowGreen)]
    [InlineData(" BLACK ", PlateColour.Black)]
    public void PlateColours_TryParse_KnownName_IsAccepted(string input, PlateColour expected)
    {
        var result = PlateColours.TryParse(input);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData(null, "plate-colour.empty")]
    [InlineData("", "plate-colour.empty")]
    [InlineData("红", "plate-colour.unknown")]
    [InlineData("色", "plate-colour.unknown")]
    [InlineData("0", "plate-colour.unknown")]
    [InlineData("2", "plate-colour.unknown")]
    [InlineData("Purple", "plate-colour.unknown")]
    public void PlateColours_TryParse_UnknownName_IsRefused(string? input, string code)
    {
        var result = PlateColours.TryParse(input);

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Equal("plateColour", result.Refusal.Field);
    }

    [Fact]
    public void PlateColours_ChineseName_RoundTrips()
    {
        foreach (var colour in Enum.GetValues<PlateColour>())
        {
            Assert.Equal(colour, PlateColours.Parse(colour.ToChineseName()));
        }
    }

    [Theory]
    [InlineData("青A12345", "蓝")]
    [InlineData("青A12345", "黄")]
    [InlineData("鲁B1234挂", "黄")]
    [InlineData("粤BD12345", "绿")]
    [InlineData("粤BF12345", "绿色")]
    [InlineData("粤B12345D", "黄绿")]
    [InlineData("粤B12345F", "黄绿色")]
    public void TryParse_ConsistentColour_IsAccepted(string plate, string colour)
    {
        var result = VehiclePlate.TryParse(plate, colour);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.Equal(plate, result.Value!.Number.ToString());
    }

    [Theory]
    [InlineData("粤BD12345", "蓝")]
    [InlineData("粤BD12345", "黄绿")]
    [InlineData("粤B12345D", "绿")]
    [InlineData("粤B12345D", "黄")]
    [InlineData("青A12345", "绿")]
    [InlineData("青A12345", "黄绿")]
    public void TryParse_InconsistentColour_IsRefusedOnColourField(string plate, string colour)
    {
        var result = VehiclePlate.TryParse(plate, colour);

        Assert.False(result.IsOk);
        Assert.Equal("plate.colour-mismatch", result.Refusal!.Code);
        Assert.Equal("plateColour", result.Refusal.Field);
    }

    [Fact]
    public void TryParse_InvalidPlate_IsRefusedOnPlateField()
    {
        var result = VehiclePlate.TryParse("青AI2345", "蓝");

        Assert.Equal("plate", result.Refusal!.Field);
    }

    [Fact]
    public void TryParse_InvalidColour_IsRefusedOnColourField()
    {
        var result = VehiclePlate.TryParse("青A12345", "紫");

        Assert.Equal("plate-colour.unknown", result.Refusal!.Code);
    }

    [Fact]
    public void SameNumberInTwoColours_AreDifferentVehicles()
    {
        var blue = VehiclePlate.Parse("青A12345", "蓝");
        var yellow = VehiclePlate.Parse("青A12345", "黄");

        Assert.NotEqual(blue, yellow);
        Assert.Equal(blue, VehiclePlate.Parse("青A·12345", "蓝色"));
    }

    [Fact]
    public void ToString_AndMasked_IncludeTheColour()
    {
        var plate = VehiclePlate.Parse("青A12345", "蓝");

        Assert.Equal("青A12345（蓝）", plate.ToString());
        Assert.Equal("青A****5（蓝）", plate.Masked);
    }

    [Fact]
    public void Parse_Inconsistent_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => VehiclePlate.Parse("粤BD12345", "蓝"));
    }

    [Fact]
    public void Property_GeneratedPlates_AcceptExactlyTheirConsistentColours()
    {
        PlateNumberTests.ValidPlates.Sample(text =>
        {
            var number = PlateNumber.Parse(text);
            foreach (var colour in Enum.GetValues<PlateColour>())
            {
                var expected = text.Length == 7
                    ? colour is not (PlateColour.Green or PlateColour.YellowGreen)
                    : colour == (text[7] is 'D' or 'F' ? PlateColour.YellowGreen : PlateColour.Green);
                Assert.Equal(expected, VehiclePlate.TryCreate(number, colour).IsOk);
            }
        });
    }
}
