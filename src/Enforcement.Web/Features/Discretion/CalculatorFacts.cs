using Enforcement.Domain.Catalog.Discretion;

namespace Enforcement.Web.Features.Discretion;

/// <summary>
/// The facts the calculator's fields hold, named as the notice form posts them (<c>CaseMoveForm</c>), so that the
/// facts the officer sees evaluated live are the ones the notice step evaluates again on the server.
/// </summary>
internal sealed class CalculatorFacts
{
    public bool FirstOffence { get; set; }
    public int RepeatsIn12Months { get; set; }
    public decimal? IllegalIncomeYuan { get; set; }
    public long? OverLimitKg { get; set; }
    public long? GrossMassKg { get; set; }
    public int? DurationDays { get; set; }
    public int VehiclesInvolved { get; set; } = 1;
    public HarmLevel HarmCaused { get; set; }
    public bool CorrectedInTime { get; set; }
    public bool ViolationMinor { get; set; }
    public bool DetectedNonSite { get; set; }
    public int? PartyAgeYears { get; set; }
    public MentalCapacity MentalCapacity { get; set; }
    public bool NoFaultProven { get; set; }
    public bool ActivelyReducedHarm { get; set; }
    public bool Coerced { get; set; }
    public bool VoluntarilyConfessed { get; set; }
    public bool MeritoriousService { get; set; }
    public bool ProposeReduction { get; set; }
    public HashSet<string> Circumstances { get; } = new(StringComparer.Ordinal);

    public DiscretionService.FactsInput ToInput() => new(
        FirstOffence, RepeatsIn12Months, IllegalIncomeYuan, OverLimitKg, GrossMassKg, DurationDays, VehiclesInvolved, HarmCaused,
        CorrectedInTime, ViolationMinor, DetectedNonSite, PartyAgeYears, MentalCapacity, NoFaultProven, ActivelyReducedHarm, Coerced,
        VoluntarilyConfessed, MeritoriousService, ProposeReduction, [.. Circumstances.Order(StringComparer.Ordinal)]);
}
