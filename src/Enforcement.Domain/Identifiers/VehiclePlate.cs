using Enforcement.Domain.Common;

namespace Enforcement.Domain.Identifiers;

/// <summary>
/// A vehicle's identity: plate number plus plate colour (号牌号码 + 号牌颜色), the pair used by the traffic-management
/// and road-transport systems (JT/T 808/809 messages carry both), because the same number can exist in two colours.
/// </summary>
public sealed record VehiclePlate
{
    private VehiclePlate(PlateNumber number, PlateColour colour)
    {
        Number = number;
        Colour = colour;
    }

    public PlateNumber Number { get; }

    public PlateColour Colour { get; }

    /// <summary>For public display: masked number with the colour (青A****5（蓝）).</summary>
    public string Masked => $"{Number.Masked}（{Colour.ToChineseName()}）";

    /// <summary>
    /// Checks that the colour fits the number (GA 36-2018): an 8-character new-energy number is green when small
    /// (D/F first in the serial) and yellow-green when large (D/F last); a 7-character number is never green or yellow-green.
    /// The refusal is attributed to the colour field.
    /// </summary>
    public static Result<VehiclePlate> TryCreate(PlateNumber number, PlateColour colour)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.IsNewEnergy)
        {
            var required = number.IsLargeNewEnergy ? PlateColour.YellowGreen : PlateColour.Green;
            if (colour != required)
            {
                var kind = number.IsLargeNewEnergy ? "大型新能源汽车号牌应为黄绿色" : "小型新能源汽车号牌应为绿色";
                return new Refusal("plate.colour-mismatch", PlateColours.DefaultField,
                    $"号牌颜色与车牌号码不符：“{number}”为8位新能源号牌，{kind}。");
            }
        }
        else if (colour is PlateColour.Green or PlateColour.YellowGreen)
        {
            return new Refusal("plate.colour-mismatch", PlateColours.DefaultField,
                $"号牌颜色与车牌号码不符：绿色、黄绿色为新能源汽车号牌，应为8位，“{number}”为7位。");
        }

        return Result<VehiclePlate>.Ok(new VehiclePlate(number, colour));
    }

    /// <summary>
    /// Parses untrusted plate and colour input; the first refusal found is returned
    /// (attributed to <see cref="PlateNumber.DefaultField"/> or <see cref="PlateColours.DefaultField"/>).
    /// </summary>
    public static Result<VehiclePlate> TryParse(string? plate, string? colour)
    {
        var number = PlateNumber.TryParse(plate);
        if (!number.IsOk)
        {
            return number.Refusal!;
        }

        var parsedColour = PlateColours.TryParse(colour);
        if (!parsedColour.IsOk)
        {
            return parsedColour.Refusal!;
        }

        return TryCreate(number.Value!, parsedColour.Value);
    }

    /// <summary>Parses trusted data; throws <see cref="FormatException"/> if it is not valid.</summary>
    public static VehiclePlate Parse(string plate, string colour) => TryParse(plate, colour).OrThrowFormat();

    /// <summary>Canonical form: number followed by the Chinese colour name, 青A12345（蓝）.</summary>
    public override string ToString() => $"{Number}（{Colour.ToChineseName()}）";
}
