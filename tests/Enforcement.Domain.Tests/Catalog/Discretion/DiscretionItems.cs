using Enforcement.Domain.Catalog;
using Enforcement.Domain.Catalog.Discretion;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Tests.Catalog.Discretion;

/// <summary>
/// The enforcement items of the sample benchmarks, built from the statutes (texts of 《道路运输条例》 2023 and
/// 《公路安全保护条例》 2011 as quoted in RULES §2 and §8.3), and short helpers for the tests.
/// </summary>
internal static class DiscretionItems
{
    private const long Yuan = 100;

    /// <summary>E1: 《道路运输条例》(2023) 第六十三条第一项.</summary>
    public static EnforcementItem UnlicensedFreight { get; } = new()
    {
        Code = "DL-YZ-001",
        Name = "未取得道路运输经营许可，擅自从事道路普通货物运输经营",
        Category = EnforcementCategory.RoadTransport,
        ProvisionViolated = "《道路运输条例》第二十四条",
        PenaltyProvision = "《道路运输条例》第六十三条第一项",
        Penalty = new StatutoryPenalty(
            PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome,
            [
                new FineClause(FineCondition.IncomeAbove, FineBasis.IncomeMultiple, MinMultiple: 1, MaxMultiple: 5,
                    IncomeThresholdFen: 10_000 * Yuan),
                new FineClause(FineCondition.IncomeAtMostOrNone, FineBasis.Range, 3_000 * Yuan, 10_000 * Yuan,
                    IncomeThresholdFen: 10_000 * Yuan),
                new FineClause(FineCondition.Serious, FineBasis.Range, 10_000 * Yuan, 50_000 * Yuan),
            ],
            "责令停止经营"),
        EffectiveFrom = new DateOnly(2023, 7, 20),
        Source = "《道路运输条例》(2023)",
    };

    /// <summary>E2: 《道路运输条例》(2023) 第六十三条第二项.</summary>
    public static EnforcementItem UnlicensedPassenger { get; } = new()
    {
        Code = "DL-YZ-002",
        Name = "未取得道路运输经营许可，擅自从事道路客运经营",
        Category = EnforcementCategory.RoadTransport,
        ProvisionViolated = "《道路运输条例》第十条",
        PenaltyProvision = "《道路运输条例》第六十三条第二项",
        Penalty = new StatutoryPenalty(
            PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome,
            [
                new FineClause(FineCondition.IncomeAbove, FineBasis.IncomeMultiple, MinMultiple: 2, MaxMultiple: 10,
                    IncomeThresholdFen: 20_000 * Yuan),
                new FineClause(FineCondition.IncomeAtMostOrNone, FineBasis.Range, 10_000 * Yuan, 100_000 * Yuan,
                    IncomeThresholdFen: 20_000 * Yuan),
            ],
            "责令停止经营"),
        EffectiveFrom = new DateOnly(2023, 7, 20),
        Source = "《道路运输条例》(2023)",
    };

    /// <summary>E3: 62号令 第四十三条 under 《公路安全保护条例》第六十四条.</summary>
    public static EnforcementItem OverLimit { get; } = new()
    {
        Code = "GL-LZ-002",
        Name = "车辆违法超限运输",
        Category = EnforcementCategory.RoadAdministration,
        ProvisionViolated = "《公路法》第五十条",
        PenaltyProvision = "《超限运输车辆行驶公路管理规定》第四十三条",
        Penalty = new StatutoryPenalty(
            PenaltyKinds.Warning | PenaltyKinds.Fine,
            [new FineClause(FineCondition.Always, FineBasis.PerTonne, PerTonneFen: 500 * Yuan, CapFen: 30_000 * Yuan)],
            "责令改正"),
        EffectiveFrom = new DateOnly(2016, 9, 21),
        Source = "《超限运输车辆行驶公路管理规定》(交通运输部令2016年第62号，2021年修正)",
    };

    /// <summary>E4: 《道路运输条例》(2023) 第六十九条第一款.</summary>
    public static EnforcementItem VehicleMaintenance { get; } = new()
    {
        Code = "DL-YZ-018",
        Name = "客运经营者、货运经营者不按规定维护和检测运输车辆",
        Category = EnforcementCategory.RoadTransport,
        ProvisionViolated = "《道路运输条例》第三十条",
        PenaltyProvision = "《道路运输条例》第六十九条第一款",
        Penalty = new StatutoryPenalty(
            PenaltyKinds.Fine,
            [new FineClause(FineCondition.Always, FineBasis.Range, 1_000 * Yuan, 5_000 * Yuan)],
            "责令改正"),
        EffectiveFrom = new DateOnly(2023, 7, 20),
        Source = "《道路运输条例》(2023)",
    };

    /// <summary>E5: 《公路安全保护条例》第六十九条.</summary>
    public static EnforcementItem LoadSpilling { get; } = new()
    {
        Code = "GL-LZ-010",
        Name = "车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染",
        Category = EnforcementCategory.RoadAdministration,
        ProvisionViolated = "《公路安全保护条例》第四十三条",
        PenaltyProvision = "《公路安全保护条例》第六十九条",
        Penalty = new StatutoryPenalty(
            PenaltyKinds.Fine,
            [new FineClause(FineCondition.Always, FineBasis.UpTo, MaxFen: 5_000 * Yuan)],
            "责令改正"),
        EffectiveFrom = new DateOnly(2011, 7, 1),
        Source = "《公路安全保护条例》(2011)",
    };

    public static Money Y(decimal yuan) => Money.FromYuan(yuan);

    public static MoneyRange R(decimal min, decimal max) => MoneyRange.Yuan(min, max);

    public static IReadOnlySet<string> Circumstances(params string[] codes) => new HashSet<string>(codes, StringComparer.Ordinal);

    /// <summary>The whole trace as one text, for "the trace says …" assertions.</summary>
    public static string TraceOf(DiscretionResult result) =>
        string.Join("\n", result.Trace.Select(s => s.Text));
}
