using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Named circumstances used by <see cref="SampleBenchmarks"/> (codes for <see cref="CaseFacts.Circumstances"/>).</summary>
public static class SampleCircumstances
{
    /// <summary>E3: one vehicle with several weigh-in-motion records within a year comes in voluntarily.</summary>
    public const string SelfReportedMultipleRecords = "self-reported-multiple-records";

    /// <summary>E4: more than two second-level maintenance intervals without maintenance.</summary>
    public const string MaintenanceOverdueOverTwoIntervals = "maintenance-overdue-over-two-intervals";

    /// <summary>E4: no maintenance within one second-level maintenance interval.</summary>
    public const string MaintenanceOverdueOneInterval = "maintenance-overdue-one-interval";

    /// <summary>E5 condition 2: the party did not obstruct the investigation.</summary>
    public const string NoObstruction = "no-obstruction";

    /// <summary>E5 condition 3: the load was re-secured as required.</summary>
    public const string LoadResecured = "load-resecured";

    /// <summary>E5 condition 4 (with minor harm): no accident or congestion.</summary>
    public const string NoAccidentOrCongestion = "no-accident-or-congestion";
}

/// <summary>
/// SAMPLE DATA, NOT A PUBLISHED BENCHMARK: Qinghai-shaped entries built from the real example entries E1–E5 of
/// RULES §8.3 (sources there: a re-based Jiangxi freight table, an unnamed city's passenger table, a local non-site
/// over-limit reduction rule, a provincial maintenance entry, a 轻微违法免罚清单 entry). Qinghai's own 文号, dates and
/// amounts were not available: every entry is marked <see cref="DiscretionBenchmark.Unverified"/> and must be replaced
/// by the province's published benchmark before use.
/// </summary>
public static class SampleBenchmarks
{
    public const string Province = "63";
    public const string Title = "青海省交通运输行政处罚裁量基准（样例数据）";

    private static readonly DateOnly SampleEffectiveFrom = new(2024, 1, 1);

    /// <summary>E1 DL-YZ-001 unlicensed road freight, 《道路运输条例》(2023) 第六十三条第一项. Tiers re-based to 2023 (illustrative, unverified).</summary>
    public static DiscretionBenchmark UnlicensedFreight { get; } = new()
    {
        Id = "63-DL-YZ-001",
        ItemCode = "DL-YZ-001",
        ProvinceCode = Province,
        Version = 1,
        DocumentTitle = Title,
        DocumentNumber = "样例E1（非正式文号）",
        EffectiveFrom = SampleEffectiveFrom,
        Unverified = true,
        Note = "RULES §8.3 E1: 江西 pre-2023 table re-based to the 2023 ranges (illustrative, unverified). "
               + "情节严重 read as a safety accident or at least two vehicles (assumption).",
        Tiers =
        [
            new DiscretionTier
            {
                Name = "严重",
                Order = 1,
                Serious = true,
                Predicates =
                [
                    Predicates.Any(Predicates.HarmAtLeast(HarmLevel.Serious), Predicates.VehiclesAtLeast(2))
                        with { Label = "造成安全事故等严重后果，或者组织2辆以上车辆从事非法经营" },
                ],
                Amount = DiscretionAmount.Range(10_000, 50_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(3, 5),
            },
            new DiscretionTier
            {
                Name = "较重",
                Order = 2,
                Description = "再次违法",
                Predicates = [Predicates.NotFirstOffence],
                Amount = DiscretionAmount.Range(5_000, 10_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(2, 3),
            },
            new DiscretionTier
            {
                Name = "一般",
                Order = 3,
                Description = "初次违法",
                Predicates = [Predicates.FirstOffence],
                Amount = DiscretionAmount.Range(3_000, 5_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(1, 2),
            },
        ],
    };

    /// <summary>E2 DL-YZ-002 unlicensed road passenger, 《道路运输条例》(2023) 第六十三条第二项. A pre-2023 city table (amounts still inside the 2023 range).</summary>
    public static DiscretionBenchmark UnlicensedPassenger { get; } = new()
    {
        Id = "63-DL-YZ-002",
        ItemCode = "DL-YZ-002",
        ProvinceCode = Province,
        Version = 1,
        DocumentTitle = Title,
        DocumentNumber = "样例E2（非正式文号）",
        EffectiveFrom = SampleEffectiveFrom,
        Unverified = true,
        Note = "RULES §8.3 E2: 《道路运输违法违规行为行政处罚具体裁量标准(试行)》 of an unnamed city, pre-2023; not re-based "
               + "to the 2023 minimum of 10 000. 'Times caught' counted within 12 months (assumption).",
        Tiers =
        [
            new DiscretionTier
            {
                Name = "严重",
                Order = 1,
                Description = "被查处三次以上后再次违法",
                Predicates = [Predicates.RepeatsAtLeast(3)],
                Amount = DiscretionAmount.Fixed(100_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(8, 10),
            },
            new DiscretionTier
            {
                Name = "较重",
                Order = 2,
                Description = "第三次被查处",
                Predicates = [Predicates.RepeatsAtLeast(2)],
                Amount = DiscretionAmount.Fixed(50_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(5, 8),
            },
            new DiscretionTier
            {
                Name = "一般",
                Order = 3,
                Description = "第二次被查处",
                Predicates = [Predicates.RepeatsAtLeast(1)],
                Amount = DiscretionAmount.Fixed(40_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(2, 5),
            },
            new DiscretionTier
            {
                Name = "轻微",
                Order = 4,
                Description = "初次被查处",
                Amount = DiscretionAmount.Fixed(30_000),
                IncomeAmount = DiscretionAmount.MultipleOfIncome(2, 2),
            },
        ],
    };

    /// <summary>E3 GL-LZ-002 vehicle over-limit, 62号令 Art 43 / 《公路安全保护条例》第六十四条, with the non-site reduction table.</summary>
    public static DiscretionBenchmark OverLimit { get; } = new()
    {
        Id = "63-GL-LZ-002",
        ItemCode = "GL-LZ-002",
        ProvinceCode = Province,
        Version = 1,
        DocumentTitle = Title,
        DocumentNumber = "样例E3（非正式文号）",
        EffectiveFrom = SampleEffectiveFrom,
        Unverified = true,
        Note = "RULES §2.4 and §8.3 E3. Tonne rounding FLOOR is a setting (unverified). The reduction table is a real "
               + "local rule of an unknown province [S]; excluding 百吨王 from it is an assumption (unverified). "
               + "More than 3 violations in a year: 《公路安全保护条例》第六十六条 (营运证 revoked by the road transport authority).",
        Policy = DiscretionPolicy.Default with { TonneRounding = TonneRounding.Floor },
        Tiers =
        [
            new DiscretionTier
            {
                Name = "严重",
                Order = 1,
                Serious = true,
                Description = "百吨王",
                Predicates = [Predicates.GrossMassKg(Band.AtLeast(100_000)) with { Label = "车货总质量100吨以上" }],
                Amount = DiscretionAmount.PerTonne(),
            },
            new DiscretionTier
            {
                Name = "一般",
                Order = 2,
                Amount = DiscretionAmount.PerTonne(),
            },
        ],
        Reductions =
        [
            new ReductionRule
            {
                Name = "非现场执法超限处罚减免",
                Source = "地方非现场执法超限处罚减免规则（样例，来源省份不详）",
                Unverified = true,
                Conditions = [Predicates.DetectedNonSite],
                Exclusion = Predicates.GrossMassKg(Band.AtLeast(100_000)) with { Label = "车货总质量100吨以上（百吨王）不予减免" },
                Steps =
                [
                    new ReductionStep(Predicates.OverLimitKg(Band.From(5_000, 10_000)), 80),
                    new ReductionStep(Predicates.OverLimitKg(Band.From(10_000, 20_000)), 75),
                    new ReductionStep(Predicates.OverLimitKg(Band.From(20_000, 30_000)), 70),
                    new ReductionStep(Predicates.OverLimitKg(Band.From(30_000, 40_000)), 65),
                    new ReductionStep(Predicates.OverLimitKg(Band.AtLeast(40_000)), 60),
                ],
            },
        ],
        Caps =
        [
            new CapRule
            {
                Name = "多项违法行为累计罚款上限",
                Cap = Money.FromYuan(30_000),
                Source = OverloadFine.Article + "第二款",
                Cumulative = true,
            },
            new CapRule
            {
                Name = "多条动态称重记录主动接受处理累计罚款上限",
                Cap = Money.FromYuan(30_000),
                Source = "地方非现场执法超限处罚减免规则（样例，来源省份不详）",
                Cumulative = true,
                Unverified = true,
                When = Predicates.Circumstance(SampleCircumstances.SelfReportedMultipleRecords,
                    "同一车辆1年内有多条动态称重违法记录，主动到案接受处理"),
            },
        ],
    };

    /// <summary>E4 DL-YZ-018 not maintaining or testing vehicles, 《道路运输条例》(2023) 第六十九条第一款.</summary>
    public static DiscretionBenchmark VehicleMaintenance { get; } = new()
    {
        Id = "63-DL-YZ-018",
        ItemCode = "DL-YZ-018",
        ProvinceCode = Province,
        Version = 1,
        DocumentTitle = Title,
        DocumentNumber = "样例E4（非正式文号）",
        EffectiveFrom = SampleEffectiveFrom,
        Unverified = true,
        Note = "RULES §8.3 E4: a provincial 裁量权实施标准 [S] with two tiers (1 000 / 5 000); the catch-all tier "
               + "一般 (the statutory range) is a sample addition for cases that fit neither.",
        Tiers =
        [
            new DiscretionTier
            {
                Name = "严重",
                Order = 1,
                Serious = true,
                Predicates =
                [
                    Predicates.Any(
                        Predicates.RepeatsAtLeast(1) with { Label = "一年内被查处两次以上" },
                        Predicates.Circumstance(SampleCircumstances.MaintenanceOverdueOverTwoIntervals, "超过2个二级维护周期未维护"),
                        Predicates.HarmAtLeast(HarmLevel.Serious)),
                ],
                Amount = DiscretionAmount.Fixed(5_000),
            },
            new DiscretionTier
            {
                Name = "轻微",
                Order = 2,
                Predicates =
                [
                    Predicates.FirstOffence,
                    Predicates.Circumstance(SampleCircumstances.MaintenanceOverdueOneInterval, "未维护未超过1个二级维护周期"),
                ],
                Amount = DiscretionAmount.Fixed(1_000),
            },
            new DiscretionTier
            {
                Name = "一般",
                Order = 3,
                Amount = DiscretionAmount.Range(1_000, 5_000),
            },
        ],
    };

    /// <summary>E5 GL-LZ-010 load dragging, falling or spilling, 《公路安全保护条例》第六十九条 (≤ 5 000), with the five-condition 免罚清单 entry.</summary>
    public static DiscretionBenchmark LoadSpilling { get; } = new()
    {
        Id = "63-GL-LZ-010",
        ItemCode = "GL-LZ-010",
        ProvinceCode = Province,
        Version = 1,
        DocumentTitle = Title,
        DocumentNumber = "样例E5（非正式文号）",
        EffectiveFrom = SampleEffectiveFrom,
        Unverified = true,
        Note = "RULES §8.3 E5: 轻微违法行为依法免予处罚高频事项清单 entry [S: nys.gov.cn / ayjlrn.com]; tiers by the "
               + "share-of-maximum policy of RULES §8.1 (ordinary 40–60 %, 从轻 ≤ 20 %; 从重 60–100 % is an assumption).",
        MinorExemption = new MinorExemption
        {
            Name = "车辆装载物掉落、遗洒造成路面轻微损坏、污染",
            Basis = AplArticles.Art33Para1,
            Conditions =
            [
                Predicates.FirstOffence with { Label = "初次违法" },
                Predicates.Circumstance(SampleCircumstances.NoObstruction, "未阻碍、拒绝执法人员调查取证"),
                Predicates.Circumstance(SampleCircumstances.LoadResecured, "已按要求重新规范装载"),
                Predicates.All(
                        Predicates.HarmAtMost(HarmLevel.Minor),
                        Predicates.Circumstance(SampleCircumstances.NoAccidentOrCongestion, "未引发交通事故或者交通拥堵"))
                    with { Label = "路面损坏轻微或者污染面积较小，未引发交通事故或者交通拥堵" },
                Predicates.CorrectedInTime with { Label = "在责令期限内清除污染、修复路面，或者已承担公路管理机构修复的费用" },
            ],
        },
        Tiers =
        [
            new DiscretionTier
            {
                Name = "从重",
                Order = 1,
                Predicates = [Predicates.Any(Predicates.HarmAtLeast(HarmLevel.Serious), Predicates.RepeatsAtLeast(1))],
                Amount = DiscretionAmount.ShareOfMaximum(ShareLevel.Heavier),
            },
            new DiscretionTier
            {
                Name = "从轻",
                Order = 2,
                Predicates = [Predicates.HarmAtMost(HarmLevel.Minor), Predicates.CorrectedInTime],
                Amount = DiscretionAmount.ShareOfMaximum(ShareLevel.Lighter),
            },
            new DiscretionTier
            {
                Name = "一般",
                Order = 3,
                Amount = DiscretionAmount.ShareOfMaximum(ShareLevel.Ordinary),
            },
        ],
    };

    public static IReadOnlyList<DiscretionBenchmark> All { get; } =
        [UnlicensedFreight, UnlicensedPassenger, OverLimit, VehicleMaintenance, LoadSpilling];
}
