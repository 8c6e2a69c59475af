using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Web.Features.Discretion;

namespace Enforcement.Web.Features.Cases;

internal static partial class CaseMoveForm
{
    /// <summary>
    /// The facts of the case for the discretion benchmark, as the notice step's live calculator posts them (the
    /// field names of <see cref="CalculatorFacts"/>): every fact the engine reads, so the recommendation the server
    /// stores is the one the officer saw.
    /// </summary>
    internal sealed partial class Form
    {
        public bool FirstOffence { get; set; }
        public int RepeatsIn12Months { get; set; }
        public decimal? IllegalIncomeYuan { get; set; }
        public long? OverLimitKg { get; set; }
        public long? GrossMassKg { get; set; }
        public int? DurationDays { get; set; }
        public int? VehiclesInvolved { get; set; }
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
        public string[]? Circumstances { get; set; }

        private DiscretionService.FactsInput NoticeFacts() => new(
            FirstOffence, RepeatsIn12Months, IllegalIncomeYuan, OverLimitKg, GrossMassKg, DurationDays, VehiclesInvolved ?? 1, HarmCaused,
            CorrectedInTime, ViolationMinor, DetectedNonSite, PartyAgeYears, MentalCapacity, NoFaultProven, ActivelyReducedHarm, Coerced,
            VoluntarilyConfessed, MeritoriousService, ProposeReduction, Circumstances);
    }
}
