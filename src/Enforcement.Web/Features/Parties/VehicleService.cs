using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Domain.Cases.Parties;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Parties;

/// <summary>Vehicles in the caller's data scope, one per agency and plate (number and colour), and repeat offences by plate.</summary>
internal sealed class VehicleService(EnforcementDbContext db, TimeProvider clock)
{
    public sealed record CreateInput(string? Plate, string? PlateColour, string? VehicleType, int? PartyId);

    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    /// <returns>The vehicle and whether it was created (false: the agency already has this plate).</returns>
    public async Task<Result<(VehicleView Vehicle, bool Created)>> CreateAsync(CreateInput input, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (PlatformClaims.AgencyId(user) is not { } agencyId || !db.Request.Scope.Allows(agencyId))
        {
            return new Refusal("vehicle.agency", null, "只有业务人员可以登记车辆", RefusalKind.Conflict);
        }
        var made = Vehicle.Create(agencyId, input.PartyId, input.Plate, input.PlateColour, input.VehicleType);
        if (!made.IsOk) return made.Refusal!;
        var vehicle = made.Value!;
        if (input.PartyId is { } partyId && !await db.Parties.AnyAsync(p => p.Id == partyId))
        {
            return new Refusal("not-found", "partyId", "当事人不存在", RefusalKind.NotFound);
        }
        if (await SamePlateAsync(vehicle) is { } existing) return (VehicleView.From(existing), false);

        db.Vehicles.Add(vehicle);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same plate was recorded concurrently; the unique index kept one.
            db.Entry(vehicle).State = EntityState.Detached;
            if (await SamePlateAsync(vehicle) is { } raced) return (VehicleView.From(raced), false);
            throw;
        }
        return (VehicleView.From(vehicle), true);
    }

    private Task<Vehicle?> SamePlateAsync(Vehicle v) => db.Vehicles.AsNoTracking()
        .FirstOrDefaultAsync(x => x.AgencyId == v.AgencyId && x.Plate == v.Plate && x.PlateColour == v.PlateColour);

    /// <summary>By plate number, and colour when given (without it, the number in every colour).</summary>
    public async Task<Result<IReadOnlyList<VehicleView>>> FindAsync(string? plate, string? colour)
    {
        var query = PlateQuery(plate, colour);
        if (!query.IsOk) return query.Refusal!;
        var vehicles = await query.Value!.OrderBy(v => v.Id).ToListAsync();
        return vehicles.Select(VehicleView.From).ToList();
    }

    /// <summary>Decided cases of vehicles with this plate, across the caller's scope, for the same item in the 12 months before the act.</summary>
    public async Task<Result<RepeatView>> RepeatsAsync(string? plate, string? colour, string? itemCode, DateOnly? on, int? exceptCaseId)
    {
        if (string.IsNullOrWhiteSpace(colour)) return PlateColours.TryParse(colour).Refusal!.For("colour");
        if (string.IsNullOrWhiteSpace(itemCode)) return Problems.Required("itemCode", "执法事项");
        var query = PlateQuery(plate, colour);
        if (!query.IsOk) return query.Refusal!;
        var vehicleIds = query.Value!.Select(v => (int?)v.Id);
        var past = await db.Cases.AsNoTracking().Where(c => vehicleIds.Contains(c.VehicleId) && c.DecidedOn != null)
            .Select(c => new RepeatOffences.PastCase(c.Id, c.ItemCode, c.Status, c.DecidedOn)).ToListAsync();
        return PartyService.Repeats(past, itemCode.Trim(), on ?? Today, exceptCaseId);
    }

    private Result<IQueryable<Vehicle>> PlateQuery(string? plate, string? colour)
    {
        var number = PlateNumber.TryParse(plate);
        if (!number.IsOk) return number.Refusal!.For("plate");
        var value = number.Value!.Value;
        var query = db.Vehicles.AsNoTracking().Where(v => v.Plate == value);
        if (string.IsNullOrWhiteSpace(colour)) return Result<IQueryable<Vehicle>>.Ok(query);

        // Number and colour together, so a mismatch (a 7-character number in green) is refused rather than found empty.
        var parsed = VehiclePlate.TryParse(plate, colour);
        if (!parsed.IsOk) return parsed.Refusal!.For("colour");
        var wanted = parsed.Value!.Colour;
        return Result<IQueryable<Vehicle>>.Ok(query.Where(v => v.PlateColour == wanted));
    }
}
