using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Cases.Parties;

/// <summary>
/// A vehicle involved in cases, identified by plate number and colour together (the same number exists in two
/// colours), so that repeat offences can also be found by plate.
/// </summary>
public sealed class Vehicle
{
    public int Id { get; set; }

    /// <summary>The owner or operator as recorded, when known.</summary>
    public int? PartyId { get; set; }

    /// <summary>The agency that recorded the vehicle (data scope).</summary>
    public int AgencyId { get; set; }

    /// <summary>Canonical plate number without the separator dot (青A12345).</summary>
    public required string Plate { get; set; }

    public PlateColour PlateColour { get; set; }

    /// <summary>车辆类型 as written on the licence (free text: the categories differ between the registers).</summary>
    public string? VehicleType { get; set; }

    public int Version { get; set; }

    public const int VehicleTypeMaxLength = 50;

    /// <summary>Parses the plate and colour (refusals on "plate" / "plateColour") and builds the vehicle.</summary>
    public static Result<Vehicle> Create(int agencyId, int? partyId, string? plate, string? colour, string? vehicleType)
    {
        var parsed = VehiclePlate.TryParse(plate, colour);
        if (!parsed.IsOk) return parsed.Refusal!;
        var type = string.IsNullOrWhiteSpace(vehicleType) ? null : vehicleType.Trim();
        if (type is not null && type.Length > VehicleTypeMaxLength)
        {
            return new Refusal("too-long", "vehicleType", $"车辆类型不能超过{VehicleTypeMaxLength}个字符");
        }

        return new Vehicle
        {
            AgencyId = agencyId, PartyId = partyId, Plate = parsed.Value!.Number.Value, PlateColour = parsed.Value.Colour, VehicleType = type,
        };
    }
}
