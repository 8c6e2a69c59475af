using System.Collections.Frozen;
using Enforcement.Data;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Web.Features.Discretion;

/// <summary>Which province's benchmarks apply (GB/T 2260 two-digit code); Qinghai by default.</summary>
internal sealed class DiscretionOptions
{
    public string ProvinceCode { get; set; } = "63";
}

/// <summary>
/// The discretion calculator: the item version the act is judged under (《行政处罚法》第三十七条, 从旧兼从轻), the
/// province's benchmark in force, and the engine's recommendation with its trace. Benchmarks are published.
/// </summary>
internal sealed class DiscretionService(EnforcementDbContext db, TimeProvider clock, IOptions<DiscretionOptions> options)
{
    public sealed record FactsInput(
        bool FirstOffence, int RepeatsIn12Months, decimal? IllegalIncomeYuan, long? OverLimitKg, long? GrossMassKg, int? DurationDays,
        int VehiclesInvolved, HarmLevel HarmCaused, bool CorrectedInTime, bool ViolationMinor, bool DetectedNonSite, int? PartyAgeYears,
        MentalCapacity MentalCapacity, bool NoFaultProven, bool ActivelyReducedHarm, bool Coerced, bool VoluntarilyConfessed,
        bool MeritoriousService, bool ProposeReduction, IReadOnlyList<string>? Circumstances);

    public sealed record RecommendInput(string? ItemCode, DateOnly? ActOn, DateOnly? DecisionOn, FactsInput? Facts);

    public sealed record TraceLine(int Sequence, string Stage, string Text, string? Provision, bool? Held);

    public sealed record Recommendation(
        string ItemCode, int ItemVersion, string ItemChoice, string BenchmarkId, int BenchmarkVersion, string BenchmarkDocument,
        DiscretionOutcome Outcome, DiscretionOutcome? AlternativeOutcome, string? Tier, decimal RecommendedYuan, decimal MinYuan, decimal MaxYuan,
        string Kinds, string? Orders, bool RequiresCollectiveDiscussion, bool RequiresRecordedGrounds, bool RequiresEducation,
        IReadOnlyList<TraceLine> Trace, IReadOnlyList<string> Citations)
    {
        /// <summary>The steps of 《行政处罚法》第三十条至第三十三条 and the 免罚清单 that held: what changed the outcome.</summary>
        public IReadOnlyList<TraceLine> OverridesApplied
        {
            get
            {
                // The exemption list applies as a whole: single conditions that held change nothing unless all did.
                var exemption = Trace.Where(t => t.Stage == nameof(TraceStage.Exemption)).ToList();
                var listApplied = exemption.Count > 0 && exemption.TrueForAll(t => t.Held == true);
                return [.. Trace.Where(t => t.Held == true && (t.Stage == nameof(TraceStage.Override) || (listApplied && t == exemption[^1])))];
            }
        }
    }

    /// <summary>The benchmarks the platform ships (Qinghai sample data, marked as such); loading a province's own set is the next step.</summary>
    public static IReadOnlyList<DiscretionBenchmark> Benchmarks => SampleBenchmarks.All;

    public string ProvinceCode => options.Value.ProvinceCode;

    public async Task<Result<Recommendation>> RecommendAsync(RecommendInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.ItemCode)) return Problems.Required("itemCode", "执法事项");
        var code = input.ItemCode.Trim();
        var versions = await db.EnforcementItems.AsNoTracking().Where(i => i.Code == code).ToListAsync();
        return Recommend(versions, input, ProvinceCode, ChinaTime.Today(clock.GetUtcNow()));
    }

    /// <summary>
    /// The same calculation on item versions the caller has loaded (the live calculator loads the catalog once and
    /// recomputes on every change, without a query). <paramref name="catalog"/> may hold other items' versions too.
    /// </summary>
    public static Result<Recommendation> Recommend(IEnumerable<EnforcementItem> catalog, RecommendInput input, string provinceCode, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.ItemCode)) return Problems.Required("itemCode", "执法事项");
        if (input.ActOn is null) return Problems.Required("actOn", "违法行为发生日期");
        if (input.Facts is null) return Problems.Required("facts", "案件情节");
        var code = input.ItemCode.Trim();
        var decisionOn = input.DecisionOn ?? today;
        var versions = catalog.Where(i => i.Code == code).ToList();
        if (versions.Count == 0) return new Refusal("discretion.item", "itemCode", $"执法事项 {code} 不存在");
        var choice = ItemSelection.Choose(versions, input.ActOn.Value, decisionOn);
        if (!choice.IsOk) return choice.Refusal!.For("actOn");
        if (choice.Value!.Applied is not { } item)
        {
            return new Refusal("discretion.not-punishable", "itemCode", choice.Value.Explanation, RefusalKind.Conflict);
        }
        var benchmark = BenchmarkSelection.Find(Benchmarks, item.Code, provinceCode, input.ActOn.Value);
        if (benchmark is null)
        {
            return new Refusal("discretion.no-benchmark", "itemCode", $"执法事项 {item.Code} 在本省尚无有效的裁量基准", RefusalKind.NotFound);
        }

        var f = input.Facts;
        long? incomeFen = null;
        if (f.IllegalIncomeYuan is { } income)
        {
            var money = Money.TryFromYuan(income);
            if (!money.IsOk) return money.Refusal!.For("facts.illegalIncomeYuan");
            incomeFen = money.Value.Fen;
        }
        var facts = new CaseFacts
        {
            FirstOffence = f.FirstOffence, RepeatsIn12Months = f.RepeatsIn12Months, IllegalIncomeFen = incomeFen, OverLimitKg = f.OverLimitKg,
            GrossMassKg = f.GrossMassKg, DurationDays = f.DurationDays, VehiclesInvolved = Math.Max(f.VehiclesInvolved, 1), HarmCaused = f.HarmCaused,
            CorrectedInTime = f.CorrectedInTime, ViolationMinor = f.ViolationMinor, DetectedNonSite = f.DetectedNonSite, PartyAgeYears = f.PartyAgeYears,
            MentalCapacity = f.MentalCapacity, NoFaultProven = f.NoFaultProven, ActivelyReducedHarm = f.ActivelyReducedHarm, Coerced = f.Coerced,
            VoluntarilyConfessed = f.VoluntarilyConfessed, MeritoriousService = f.MeritoriousService, ProposeReduction = f.ProposeReduction,
            Circumstances = (f.Circumstances ?? []).ToFrozenSet(StringComparer.Ordinal),
        };
        var result = DiscretionEngine.Recommend(item, benchmark, facts);
        return new Recommendation(
            item.Code, item.Version, choice.Value.Explanation, benchmark.Id, benchmark.Version, benchmark.Citation, result.Outcome, result.AlternativeOutcome,
            result.Tier?.Name, result.RecommendedFine.Yuan, result.Range.Min.Yuan, result.Range.Max.Yuan, PenaltyKindsNotation.Describe(result.Kinds),
            result.Orders, result.RequiresCollectiveDiscussion, result.RequiresRecordedGrounds, result.RequiresEducation,
            [.. result.Trace.Select(t => new TraceLine(t.Sequence, t.Stage.ToString(), t.Text, t.Provision, t.Held))], result.Citations);
    }
}
