using CsCheck;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using static Enforcement.Domain.Tests.Catalog.Discretion.DiscretionItems;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>Invariants over random facts for every sample benchmark.</summary>
public sealed class DiscretionEnginePropertyTests
{
    private static readonly (EnforcementItem Item, DiscretionBenchmark Benchmark)[] Pairs =
    [
        (UnlicensedFreight, SampleBenchmarks.UnlicensedFreight),
        (UnlicensedPassenger, SampleBenchmarks.UnlicensedPassenger),
        (OverLimit, SampleBenchmarks.OverLimit),
        (VehicleMaintenance, SampleBenchmarks.VehicleMaintenance),
        (LoadSpilling, SampleBenchmarks.LoadSpilling),
    ];

    private static readonly string[] AllCircumstances =
    [
        SampleCircumstances.NoObstruction, SampleCircumstances.LoadResecured, SampleCircumstances.NoAccidentOrCongestion,
        SampleCircumstances.MaintenanceOverdueOneInterval, SampleCircumstances.MaintenanceOverdueOverTwoIntervals,
        SampleCircumstances.SelfReportedMultipleRecords,
    ];

    private static readonly Gen<CaseFacts> Facts =
        from flags in Gen.Int[0, (1 << 11) - 1]
        from repeats in Gen.Int[0, 5]
        from income in Gen.OneOf(Gen.Const((long?)null), Gen.Long[0, 20_000_000].Select(v => (long?)v))
        from over in Gen.Long[-2_000, 120_000]
        from age in Gen.OneOf(Gen.Const((int?)null), Gen.Int[10, 70].Select(v => (int?)v))
        from harm in Gen.Enum<HarmLevel>()
        from capacity in Gen.Enum<MentalCapacity>()
        from vehicles in Gen.Int[1, 3]
        from others in Gen.Long[0, 3_500_000]
        from circumstances in Gen.Int[0, (1 << AllCircumstances.Length) - 1]
        select new CaseFacts
        {
            FirstOffence = (flags & 1) != 0,
            CorrectedInTime = (flags & 2) != 0,
            ViolationMinor = (flags & 4) != 0,
            DetectedNonSite = (flags & 8) != 0,
            NoFaultProven = (flags & 16) != 0 && (flags & 32) != 0,
            ActivelyReducedHarm = (flags & 64) != 0,
            Coerced = (flags & 128) != 0,
            VoluntarilyConfessed = (flags & 256) != 0,
            MeritoriousService = (flags & 512) != 0,
            ProposeReduction = (flags & 1024) != 0,
            RepeatsIn12Months = repeats,
            IllegalIncomeFen = income,
            OverLimitKg = over,
            GrossMassKg = 49_000 + Math.Max(0, over),
            PartyAgeYears = age,
            HarmCaused = harm,
            MentalCapacity = capacity,
            VehiclesInvolved = vehicles,
            OtherFinesInGroupFen = others,
            Circumstances = Circumstances([.. AllCircumstances.Where((_, i) => (circumstances & (1 << i)) != 0)]),
        };

    [Fact]
    public void Recommendation_LiesInItsRange_AndTheRangeInTheStatuteUnlessReduced()
    {
        Gen.Select(Gen.Int[0, Pairs.Length - 1], Facts).Sample((index, facts) =>
        {
            var (item, benchmark) = Pairs[index];
            var result = DiscretionEngine.Recommend(item, benchmark, facts);

            Assert.True(result.Range.Contains(result.RecommendedFine), Dump(result));
            Assert.Equal(Enumerable.Range(1, result.Trace.Count), result.Trace.Select(s => s.Sequence));
            Assert.Equal(result.Citations.Count, result.Citations.Distinct().Count());
            if (result.Outcome is DiscretionOutcome.NoPenaltyMandatory or DiscretionOutcome.NotAViolation)
            {
                Assert.Equal(Money.Zero, result.RecommendedFine);
                return;
            }

            if (result.StatutoryRange is { } statutory && result.Range.Max > Money.Zero)
            {
                Assert.True(result.Range.Max <= statutory.Max, Dump(result));
                Assert.True(result.MayGoBelowStatutoryMinimum || result.Range.Min >= statutory.Min, Dump(result));
            }

            var grounds = result.RequiresRecordedGrounds ? "减轻理由" : null;
            Assert.True(DeviationCheck.Check(result, result.RecommendedFine, grounds).IsOk, Dump(result));
        });
    }

    [Fact]
    public void MandatoryNoPenaltyFacts_AlwaysWin_WhateverTheTier()
    {
        Gen.Select(Gen.Int[0, Pairs.Length - 1], Facts).Sample((index, facts) =>
        {
            var (item, benchmark) = Pairs[index];
            var result = DiscretionEngine.Recommend(item, benchmark, facts with { PartyAgeYears = 13, OverLimitKg = 5_000 });

            Assert.Equal(DiscretionOutcome.NoPenaltyMandatory, result.Outcome);
        });
    }

    private static string Dump(DiscretionResult result) => TraceOf(result);
}
