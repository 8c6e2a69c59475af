using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Parties;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Parties;

/// <summary>
/// Parties in the caller's data scope: recorded once per agency and identifier (asking again returns the existing
/// party), searched by name or exact identifier, and their cases and repeat offences read back for the discretion engine.
/// </summary>
internal sealed class PartyService(EnforcementDbContext db, TimeProvider clock)
{
    public const int SearchLimit = 50;

    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    /// <returns>The party and whether it was created (false: an existing party with the same identifier).</returns>
    public async Task<Result<(PartyView Party, bool Created)>> CreateAsync(Party.Input input, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (PlatformClaims.AgencyId(user) is not { } agencyId || !db.Request.Scope.Allows(agencyId))
        {
            return new Refusal("party.agency", null, "只有业务人员可以登记当事人", RefusalKind.Conflict);
        }
        var made = Party.Create(agencyId, input, Today);
        if (!made.IsOk) return made.Refusal!;
        var party = made.Value!;
        if (await SameKeyAsync(party) is { } existing) return (PartyView.From(existing), false);

        db.Parties.Add(party);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone recorded the same party between the lookup and the insert: the unique index refused ours.
            db.Entry(party).State = EntityState.Detached;
            if (await SameKeyAsync(party) is { } raced) return (PartyView.From(raced), false);
            throw;
        }
        return (PartyView.From(party), true);
    }

    private Task<Party?> SameKeyAsync(Party p) => db.Parties.AsNoTracking().Where(x => x.AgencyId == p.AgencyId)
        .FirstOrDefaultAsync(x => (p.CreditCode != null && x.CreditCode == p.CreditCode)
                                  || (p.IdNumber != null && x.Kind == p.Kind && x.IdNumber == p.IdNumber));

    public async Task<PartyView?> GetAsync(int id) =>
        await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id) is { } p ? PartyView.From(p) : null;

    /// <summary>
    /// By part of the name, or by an exact ID number, credit code or plate number (the owner recorded with the vehicle);
    /// never by part of a number: that would leak numbers.
    /// </summary>
    public async Task<IReadOnlyList<PartyView>> SearchAsync(string? q)
    {
        var query = db.Parties.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            var identifier = text.ToUpperInvariant();
            var plate = PlateNumber.TryParse(text) is { IsOk: true } parsed ? parsed.Value!.Value : null;
            var owners = db.Vehicles.Where(v => plate != null && v.Plate == plate && v.PartyId != null).Select(v => v.PartyId);
            query = query.Where(p => p.Name.Contains(text) || p.IdNumber == identifier || p.CreditCode == identifier || owners.Contains((int?)p.Id));
        }
        var parties = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(SearchLimit).ToListAsync();
        return [.. parties.Select(PartyView.From)];
    }

    public async Task<PartyHistoryView?> HistoryAsync(int id, string? itemCode, DateOnly? on, int? exceptCaseId)
    {
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (party is null) return null;
        var cases = await db.Cases.AsNoTracking().Where(c => c.PartyId == id).OrderByDescending(c => c.ViolationOn).ThenByDescending(c => c.Id)
            .Select(c => new PartyCaseView(c.Id, c.Number, c.Title, c.ItemCode, c.Status, "", c.ViolationOn, c.DecidedOn, c.DecidedFineFen))
            .ToListAsync();
        var repeats = string.IsNullOrWhiteSpace(itemCode) ? null
            : Repeats(cases.Select(c => new RepeatOffences.PastCase(c.Id, c.ItemCode, c.Status, c.DecidedOn)), itemCode.Trim(), on ?? Today, exceptCaseId);
        return new PartyHistoryView(PartyView.From(party), [.. cases.Select(c => c with { StatusName = CaseStatusNames.Name(c.Status) })], repeats);
    }

    /// <summary>
    /// The party page: the party (masked), its cases in the caller's scope newest first, and the vehicles recorded as
    /// its own or named on its cases. Null when the party is not in the caller's scope.
    /// </summary>
    public async Task<PartyPageView?> PageAsync(int id)
    {
        var history = await HistoryAsync(id, null, null, null);
        if (history is null) return null;
        var onCases = db.Cases.Where(c => c.PartyId == id && c.VehicleId != null).Select(c => c.VehicleId);
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => v.PartyId == id || onCases.Contains((int?)v.Id)).OrderBy(v => v.Plate).ToListAsync();
        return new PartyPageView(history.Party, history.Cases, [.. vehicles.Select(VehicleView.From)]);
    }

    /// <summary>
    /// The case page's party section: the linked party and vehicle, the party's vehicles to choose from, its record
    /// for the discretion benchmark (as the notice step will read it), and parties matching a search to link instead.
    /// </summary>
    public async Task<CasePartyView> ForCaseAsync(int caseId, int? partyId, int? vehicleId, string itemCode, DateOnly violationOn, CaseStatus status, string? search)
    {
        var party = partyId is { } p ? await GetAsync(p) : null;
        var vehicle = vehicleId is { } v ? await db.Vehicles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == v) : null;
        var own = party is null ? [] : await db.Vehicles.AsNoTracking().Where(x => x.PartyId == party.Id).OrderBy(x => x.Plate).ToListAsync();
        RepeatView? repeats = null;
        if (party is not null && await RepeatsAsync(party.Id, itemCode, violationOn, caseId) is { IsOk: true } record) repeats = record.Value;
        var found = string.IsNullOrWhiteSpace(search) ? [] : await SearchAsync(search);
        return new CasePartyView(caseId, party, vehicle is null ? null : VehicleView.From(vehicle), [.. own.Select(VehicleView.From)], repeats,
            BeforeDecision.Contains(status), search?.Trim(), found);
    }

    public async Task<Result<RepeatView>> RepeatsAsync(int id, string? itemCode, DateOnly? on, int? exceptCaseId)
    {
        if (string.IsNullOrWhiteSpace(itemCode)) return Problems.Required("itemCode", "执法事项");
        if (!await db.Parties.AnyAsync(p => p.Id == id)) return Problems.Missing("当事人");
        var past = await db.Cases.AsNoTracking().Where(c => c.PartyId == id && c.DecidedOn != null)
            .Select(c => new RepeatOffences.PastCase(c.Id, c.ItemCode, c.Status, c.DecidedOn)).ToListAsync();
        return Repeats(past, itemCode.Trim(), on ?? Today, exceptCaseId);
    }

    internal static RepeatView Repeats(IEnumerable<RepeatOffences.PastCase> past, string itemCode, DateOnly on, int? exceptCaseId)
    {
        var count = RepeatOffences.In12Months(past, itemCode, on, exceptCaseId);
        return new RepeatView(count == 0, count);
    }

    public sealed record LinkInput(int? PartyId, int? VehicleId, int? Version);

    /// <summary>
    /// Links the case to its main party (and vehicle). Only before a decision: the decision names the party, so
    /// changing it afterwards would make the file contradict the document served.
    /// </summary>
    public async Task<Result<CaseLinkView>> LinkCaseAsync(int caseId, LinkInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.PartyId is null) return Problems.Required("partyId", "当事人");
        if (input.Version is null) return Problems.Required("version", "版本号");
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId);
        if (@case is null) return Problems.Missing("案件");
        if (@case.Version != input.Version) return Problems.StaleVersion;
        if (!BeforeDecision.Contains(@case.Status))
        {
            return new Refusal("case.party-locked", "partyId", $"案件已处于“{CaseStatusNames.Name(@case.Status)}”阶段，作出决定后不能再更改当事人", RefusalKind.Conflict);
        }
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.PartyId);
        if (party is null) return new Refusal("not-found", "partyId", "当事人不存在", RefusalKind.NotFound);
        if (input.VehicleId is { } vehicleId && !await db.Vehicles.AnyAsync(v => v.Id == vehicleId))
        {
            return new Refusal("not-found", "vehicleId", "车辆不存在", RefusalKind.NotFound);
        }

        @case.PartyId = party.Id;
        @case.PartyKind = party.Kind;
        @case.VehicleId = input.VehicleId;
        db.Entry(@case).Property(c => c.Version).OriginalValue = input.Version.Value;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion;
        }
        return new CaseLinkView(@case.Id, @case.PartyId, @case.VehicleId, @case.PartyKind, @case.Version);
    }

    private static readonly CaseStatus[] BeforeDecision =
    [
        CaseStatus.Clue, CaseStatus.RegistrationPending, CaseStatus.Investigating, CaseStatus.InvestigationConcluded, CaseStatus.LegalReview,
        CaseStatus.CollectiveDiscussion, CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.DecisionPending, CaseStatus.LegalReviewBeforeDecision,
    ];
}
