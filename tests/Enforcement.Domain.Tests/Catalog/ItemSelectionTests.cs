using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using static Enforcement.Domain.Tests.Catalog.CatalogBuilders;

namespace Enforcement.Domain.Tests.Catalog;

public sealed class ItemSelectionTests
{
    private static readonly DateOnly From2022 = new(2022, 5, 1);
    private static readonly DateOnly To2022 = new(2023, 7, 19);

    /// <summary>Unlicensed road freight: 《道路运输条例》(2022) 第六十三条 and (2023) 第六十三条第一项.</summary>
    private static readonly EnforcementItem Freight2022 = Item("DL-YZ-001", 1, "没收违法所得|罚款",
        "income>20000: multiple 2-10; income<=20000: range 30000-100000", From2022, To2022, "《道路运输条例》(2022) 第六十三条");

    private static readonly EnforcementItem Freight2023 = Item("DL-YZ-001", 2, "没收违法所得|罚款",
        "income>10000: multiple 1-5; income<=10000: range 3000-10000; serious: range 10000-50000", Revision2023, null,
        "《道路运输条例》(2023) 第六十三条第一项");

    private static ItemChoice Choose(IEnumerable<EnforcementItem> versions, DateOnly act, DateOnly decision)
    {
        var result = ItemSelection.Choose(versions, act, decision);
        Assert.True(result.IsOk, result.Refusal?.Message);
        return result.Value!;
    }

    [Fact]
    public void FreightActUnder2022_DecidedAfter2023Revision_AppliesTheLighter2023Version()
    {
        var choice = Choose([Freight2022, Freight2023], new DateOnly(2023, 3, 1), new DateOnly(2023, 9, 1));

        Assert.Equal(SelectionBasis.LighterLaterVersion, choice.Basis);
        Assert.Same(Freight2023, choice.Applied);
        Assert.Same(Freight2022, choice.ActVersion);
        Assert.Same(Freight2023, choice.DecisionVersion);
        Assert.Equal("《中华人民共和国行政处罚法》第三十七条", choice.Article);
        Assert.Equal("《道路运输条例》(2023) 第六十三条第一项", choice.PenaltyProvision);
        Assert.Contains("新的规定处罚较轻", choice.Explanation, StringComparison.Ordinal);
        Assert.Contains("罚款最高额由10万元降为5万元", choice.Explanation, StringComparison.Ordinal);
        Assert.Contains("违法所得最高倍数由10倍降为5倍", choice.Explanation, StringComparison.Ordinal);
        Assert.Contains("从旧兼从轻", choice.Explanation, StringComparison.Ordinal);
        Assert.Contains("2023-03-01", choice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FreightActUnder2022_DecidedBeforeTheRevision_Applies2022()
    {
        var choice = Choose([Freight2022, Freight2023], new DateOnly(2023, 3, 1), new DateOnly(2023, 7, 19));

        Assert.Equal(SelectionBasis.ActTimeVersion, choice.Basis);
        Assert.Same(Freight2022, choice.Applied);
        Assert.Contains("均适用", choice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ActAfterTheRevision_Uses2023()
    {
        var choice = Choose([Freight2022, Freight2023], Revision2023, new DateOnly(2023, 10, 8));

        Assert.Equal(SelectionBasis.ActTimeVersion, choice.Basis);
        Assert.Same(Freight2023, choice.Applied);
        Assert.Same(Freight2023, choice.DecisionVersion);
    }

    [Fact]
    public void DeletedArticle_DecidedAfterDeletion_IsNoLongerPunishable()
    {
        // 《道路运输条例》(2022) 第六十八条, deleted by the 2023 revision.
        var notCarrying = Item("DL-YZ-011", 1, "警告|罚款", "range 20-200", From2022, To2022, "《道路运输条例》(2022) 第六十八条");

        var choice = Choose([notCarrying], new DateOnly(2023, 6, 30), new DateOnly(2023, 8, 15));

        Assert.Equal(SelectionBasis.NoLongerPunishable, choice.Basis);
        Assert.False(choice.Punishable);
        Assert.Null(choice.Applied);
        Assert.Null(choice.PenaltyProvision);
        Assert.Same(notCarrying, choice.ActVersion);
        Assert.Contains("不认为是违法的", choice.Explanation, StringComparison.Ordinal);
        Assert.Contains("不予行政处罚", choice.Explanation, StringComparison.Ordinal);
        Assert.Contains("施行至2023-07-19", choice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DeletedArticle_DecidedBeforeDeletion_IsPunishedUnderIt()
    {
        var notCarrying = Item("DL-YZ-011", 1, "警告|罚款", "range 20-200", From2022, To2022);

        var choice = Choose([notCarrying], new DateOnly(2023, 6, 30), To2022);

        Assert.Equal(SelectionBasis.ActTimeVersion, choice.Basis);
        Assert.Same(notCarrying, choice.Applied);
    }

    [Fact]
    public void HeavierLaterVersion_IsNotApplied()
    {
        var old = Item("T-1", 1, "罚款", "upto 5000", From2022, To2022);
        var heavier = Item("T-1", 2, "罚款", "range 1000-10000", Revision2023);

        var choice = Choose([old, heavier], new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1));

        Assert.Equal(SelectionBasis.ActTimeVersion, choice.Basis);
        Assert.Same(old, choice.Applied);
        Assert.Same(heavier, choice.DecisionVersion);
        Assert.Contains("不轻于原规定", choice.Explanation, StringComparison.Ordinal);
        Assert.Contains("罚款最高额由5000元提高到1万元", choice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void UnchangedPenaltyUnderANewArticleNumber_KeepsTheActTimeVersion()
    {
        var old = Item("T-1", 1, "罚款", "range 1000-5000", From2022, To2022, "第七十条第一款");
        var renumbered = Item("T-1", 2, "罚款", "range 1000-5000", Revision2023, null, "第六十九条第一款");

        var choice = Choose([old, renumbered], new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1));

        Assert.Equal(SelectionBasis.ActTimeVersion, choice.Basis);
        Assert.Equal("第七十条第一款", choice.PenaltyProvision);
        Assert.Contains("处罚种类和罚款幅度相同", choice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SameCeilingButLowerMinimum_IsLighter()
    {
        // Unlicensed passenger transport: 2022 30 000–100 000, 2023 10 000–100 000.
        var old = Item("T-1", 1, "没收违法所得|罚款", "income>20000: multiple 2-10; income<=20000: range 30000-100000", From2022, To2022);
        var later = Item("T-1", 2, "没收违法所得|罚款", "income>20000: multiple 2-10; income<=20000: range 10000-100000", Revision2023);

        var choice = Choose([old, later], new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1));

        Assert.Equal(SelectionBasis.LighterLaterVersion, choice.Basis);
        Assert.Contains("罚款最低额由3万元降为1万元", choice.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerKinds_WithTheSameFine_IsLighter_AndMoreKinds_IsNot()
    {
        var withRevocation = new StatutoryPenalty(PenaltyKinds.Fine | PenaltyKinds.RevokeLicence, PenaltyNotation.Parse("range 1000-3000").Unwrap(), null);
        var fineOnly = withRevocation with { Kinds = PenaltyKinds.Fine };

        Assert.True(ItemSelection.IsLighter(fineOnly, withRevocation));
        Assert.False(ItemSelection.IsLighter(withRevocation, fineOnly));
        Assert.Contains("不再规定吊销许可证件", ItemSelection.Compare(fineOnly, withRevocation).Reason, StringComparison.Ordinal);
        Assert.Contains("增加了处罚种类吊销许可证件", ItemSelection.Compare(withRevocation, fineOnly).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LowerCeilingButHigherMultiple_IsNotLighter()
    {
        var earlier = new StatutoryPenalty(PenaltyKinds.Fine, PenaltyNotation.Parse("income>10000: multiple 1-3; income<=10000: range 0-50000").Unwrap(), null);
        var later = new StatutoryPenalty(PenaltyKinds.Fine, PenaltyNotation.Parse("income>10000: multiple 1-5; income<=10000: range 0-30000").Unwrap(), null);

        var comparison = ItemSelection.Compare(later, earlier);

        Assert.False(comparison.IsLighter);
        Assert.Contains("违法所得最高倍数由3倍提高到5倍", comparison.Reason, StringComparison.Ordinal);
        Assert.Contains("虽然罚款最高额由5万元降为3万元", comparison.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DroppingOrAddingIncomeMultiples_IsNamedInTheReason()
    {
        // 外国经营者未标明国籍识别标志: 2022 第七十五条第一款 (multiples / 3万–6万) → 2023 第七十四条第二款 (200–2000).
        var earlier = new StatutoryPenalty(PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome,
            PenaltyNotation.Parse("income>10000: multiple 2-10; income<=10000: range 30000-60000").Unwrap(), null);
        var later = new StatutoryPenalty(PenaltyKinds.Fine, PenaltyNotation.Parse("range 200-2000").Unwrap(), null);

        var lighter = ItemSelection.Compare(later, earlier);
        var heavier = ItemSelection.Compare(earlier, later);

        Assert.True(lighter.IsLighter);
        Assert.Equal("不再规定没收违法所得，罚款最高额由6万元降为2000元，不再按违法所得倍数罚款", lighter.Reason);
        Assert.False(heavier.IsLighter);
        Assert.Contains("增加了违法所得10倍以下的罚款", heavier.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_CountsClausesWithoutIncomeForTheCeiling_AndOrdinaryClausesForTheFloor()
    {
        var severity = PenaltySeverity.Of(Freight2023.Penalty);

        Assert.Equal(new PenaltySeverity(PenaltyKinds.Fine | PenaltyKinds.ConfiscateIncome, 5_000_000, 5m, 300_000), severity);
        Assert.Equal(3_000_000, PenaltySeverity.Of(new StatutoryPenalty(PenaltyKinds.Fine | PenaltyKinds.Warning,
            PenaltyNotation.Parse("per-tonne 500 cap 30000").Unwrap(), null)).CeilingFen);
    }

    [Fact]
    public void NoVersionInForceOnTheActDate_IsRefused()
    {
        var result = ItemSelection.Choose([Freight2022, Freight2023], new DateOnly(2021, 12, 31), new DateOnly(2023, 9, 1));

        Assert.Equal("catalog.no-version", result.Refusal!.Code);
        Assert.Contains("2021-12-31", result.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoVersionsAtAll_IsRefused()
    {
        Assert.Equal("catalog.no-version", ItemSelection.Choose([], new DateOnly(2023, 1, 1), new DateOnly(2023, 2, 1)).Refusal!.Code);
        var unknown = ItemSelection.Choose([Freight2022], "XX-YY-999", new DateOnly(2023, 1, 1), new DateOnly(2023, 2, 1));
        Assert.Equal("catalog.no-version", unknown.Refusal!.Code);
        Assert.Equal(RefusalKind.NotFound, unknown.Refusal.Kind);
    }

    [Fact]
    public void LookupByCode_IgnoresOtherItems()
    {
        var other = Item("DL-YZ-002", 1, "罚款", "upto 1", From2022);

        var choice = ItemSelection.Choose([other, Freight2022, Freight2023], "DL-YZ-001", new DateOnly(2023, 3, 1), new DateOnly(2023, 9, 1)).Unwrap();

        Assert.Same(Freight2023, choice.Applied);
    }

    [Fact]
    public void DecisionBeforeTheAct_IsRefused()
    {
        var result = ItemSelection.Choose([Freight2023], new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 1));

        Assert.Equal("catalog.decision-before-act", result.Refusal!.Code);
        Assert.Equal("decisionDate", result.Refusal.Field);
    }

    [Fact]
    public void OverlappingVersions_AreAConflict()
    {
        var overlapping = Item("DL-YZ-001", 3, "罚款", "upto 1", new DateOnly(2023, 1, 1));

        var result = ItemSelection.Choose([Freight2022, Freight2023, overlapping], new DateOnly(2023, 3, 1), new DateOnly(2023, 9, 1));

        Assert.Equal("catalog.overlap", result.Refusal!.Code);
        Assert.Equal(RefusalKind.Conflict, result.Refusal.Kind);
    }

    [Fact]
    public void VersionsOfDifferentCodes_AreABug()
    {
        var other = Item("DL-YZ-002", 1, "罚款", "upto 1", From2022);

        Assert.Throws<ArgumentException>(() => ItemSelection.Choose([Freight2022, other], new DateOnly(2023, 1, 1), new DateOnly(2023, 2, 1)));
    }

    [Theory]
    [InlineData("DL-YZ-001", 2, SelectionBasis.LighterLaterVersion)] // freight 2022 → 2023: 10万 → 5万
    [InlineData("DL-YZ-002", 2, SelectionBasis.LighterLaterVersion)] // passenger: minimum 3万 → 1万
    [InlineData("DL-YZ-003", 1, SelectionBasis.ActTimeVersion)] // dangerous goods: unchanged
    [InlineData("DL-YZ-008", 2, SelectionBasis.LighterLaterVersion)] // repair filing: 5000–2万 → 3000–1万
    [InlineData("DL-YZ-012", 2, SelectionBasis.LighterLaterVersion)] // 1000–3000 → 1000–2000
    [InlineData("DL-YZ-018", 1, SelectionBasis.ActTimeVersion)] // renumbered only
    [InlineData("DL-YZ-027", 2, SelectionBasis.LighterLaterVersion)] // nationality mark: multiples → 200–2000
    [InlineData("DL-YZ-011", 0, SelectionBasis.NoLongerPunishable)] // not carrying the 营运证: deleted
    [InlineData("SL-YZ-005", 0, SelectionBasis.NoLongerPunishable)] // ship certificate not carried: deleted
    [InlineData("GL-LZ-010", 1, SelectionBasis.ActTimeVersion)] // unchanged regulation
    public void SeedCatalog_ActBeforeThe2023Revisions_DecidedAfter(string code, int appliedVersion, SelectionBasis basis)
    {
        var catalog = ReadSeed().Items;

        var choice = ItemSelection.Choose(catalog, code, new DateOnly(2023, 6, 1), new DateOnly(2023, 9, 1)).Unwrap();

        Assert.Equal(basis, choice.Basis);
        Assert.Equal(appliedVersion, choice.Applied?.Version ?? 0);
    }
}
