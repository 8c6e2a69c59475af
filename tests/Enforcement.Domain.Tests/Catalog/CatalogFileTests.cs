using System.Text.RegularExpressions;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using Enforcement.Domain.Personnel;
using static Enforcement.Domain.Tests.Catalog.CatalogBuilders;

namespace Enforcement.Domain.Tests.Catalog;

public sealed partial class CatalogFileTests
{
    private const string Header =
        "code,version,name,category,provision_violated,penalty_provision,kinds,fines,orders,effective_from,effective_to,source,note";

    private static CatalogReadResult Read(string text) => CatalogFile.Read(new StringReader(text));

    [Fact]
    public void SeedFile_ParsesWithoutErrors_WithAtLeast30ItemsOverTheThreeCategories()
    {
        var result = ReadSeed();

        Assert.True(result.IsClean, string.Join(Environment.NewLine, result.Errors));
        var codes = result.Items.GroupBy(i => i.Code).ToList();
        Assert.True(codes.Count >= 30, $"{codes.Count} items");
        var perCategory = codes.GroupBy(g => g.First().Category).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(perCategory.GetValueOrDefault(EnforcementCategory.RoadTransport) >= 10);
        Assert.True(perCategory.GetValueOrDefault(EnforcementCategory.RoadAdministration) >= 10);
        Assert.True(perCategory.GetValueOrDefault(EnforcementCategory.WaterwayTransport) >= 5);
    }

    [Fact]
    public void SeedFile_CodesMatchTheirCategory_AndEveryRowQuotesAnArticle()
    {
        var prefixes = new Dictionary<EnforcementCategory, string>
        {
            [EnforcementCategory.RoadTransport] = "DL-YZ-",
            [EnforcementCategory.RoadAdministration] = "GL-LZ-",
            [EnforcementCategory.WaterwayTransport] = "SL-YZ-",
        };

        foreach (var item in ReadSeed().Items)
        {
            Assert.Matches(SeedCode(), item.Code);
            Assert.StartsWith(prefixes[item.Category], item.Code, StringComparison.Ordinal);
            Assert.Matches(Article(), item.PenaltyProvision);
            Assert.Matches(Article(), item.ProvisionViolated);
            Assert.StartsWith("《", item.Source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SeedFile_KindsAndFinesAreWrittenInCanonicalForm()
    {
        using var reader = new StreamReader(SeedPath(), System.Text.Encoding.UTF8);
        var records = Csv.Read(reader);
        var header = records[0].Fields.ToList();
        var (kinds, fines) = (header.IndexOf("kinds"), header.IndexOf("fines"));

        foreach (var record in records.Skip(1))
        {
            var kindsText = record.Fields[kinds];
            var finesText = record.Fields[fines];
            Assert.Equal(kindsText, PenaltyKindsNotation.Format(PenaltyKindsNotation.Parse(kindsText).Unwrap()));
            Assert.Equal(finesText, PenaltyNotation.Format(PenaltyNotation.Parse(finesText).Unwrap()));
        }
    }

    [Fact]
    public void SeedFile_SuccessiveVersionsOfAnItemAreContiguous()
    {
        foreach (var versions in ReadSeed().Items.GroupBy(i => i.Code).Where(g => g.Count() > 1))
        {
            var ordered = versions.OrderBy(v => v.Version).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.Equal(ordered[i - 1].EffectiveTo?.AddDays(1), ordered[i].EffectiveFrom);
            }
        }
    }

    [Fact]
    public void SeedFile_KeyAmountsMatchTheStatutes()
    {
        var items = ReadSeed().Items.ToDictionary(i => (i.Code, i.Version));
        string Fines(string code, int version) => PenaltyNotation.Format(items[(code, version)].Penalty.Fines);

        // 《道路运输条例》(2022) 第六十三条 and (2023) 第六十三条第一项, from 2023-07-20.
        Assert.Equal("income>20000: multiple 2-10; income<=20000: range 30000-100000", Fines("DL-YZ-001", 1));
        Assert.Equal(new DateOnly(2023, 7, 19), items[("DL-YZ-001", 1)].EffectiveTo);
        Assert.Equal("income>10000: multiple 1-5; income<=10000: range 3000-10000; serious: range 10000-50000", Fines("DL-YZ-001", 2));
        Assert.Equal(Revision2023, items[("DL-YZ-001", 2)].EffectiveFrom);
        // (2022) 第六十八条, deleted in 2023.
        Assert.Equal("range 20-200", Fines("DL-YZ-011", 1));
        Assert.Equal(new DateOnly(2023, 7, 19), items[("DL-YZ-011", 1)].EffectiveTo);
        Assert.False(items.ContainsKey(("DL-YZ-011", 2)));
        // (2023) 第六十九条第一款.
        Assert.Equal("range 1000-5000", Fines("DL-YZ-018", 2));
        // 62号令 第四十三条 and 公路安全保护条例 第六十四条、第六十九条.
        Assert.Equal("per-tonne 500 cap 30000", Fines("GL-LZ-002", 1));
        Assert.Equal(PenaltyKinds.Warning | PenaltyKinds.Fine, items[("GL-LZ-002", 1)].Penalty.Kinds);
        Assert.Equal("upto 30000", Fines("GL-LZ-001", 1));
        Assert.Equal("upto 5000", Fines("GL-LZ-010", 1));
        // 国内水路运输管理条例 第三十三条.
        Assert.Equal("income>30000: multiple 1-5; income<=30000: range 30000-150000", Fines("SL-YZ-001", 1));
    }

    [Fact]
    public void WrittenCatalog_ReadsBackUnchanged()
    {
        var items = ReadSeed().Items;
        var writer = new StringWriter();
        CatalogFile.Write(writer, items);

        var back = Read(writer.ToString());

        Assert.True(back.IsClean, string.Join(Environment.NewLine, back.Errors));
        Assert.Equal(items.Count, back.Items.Count);
        foreach (var (a, b) in items.Zip(back.Items))
        {
            Assert.Equal(
                (a.Code, a.Version, a.Name, a.Category, a.ProvisionViolated, a.PenaltyProvision, a.Penalty.Kinds, a.Penalty.Orders,
                    a.EffectiveFrom, a.EffectiveTo, a.Source, a.Note),
                (b.Code, b.Version, b.Name, b.Category, b.ProvisionViolated, b.PenaltyProvision, b.Penalty.Kinds, b.Penalty.Orders,
                    b.EffectiveFrom, b.EffectiveTo, b.Source, b.Note));
            Assert.Equal(a.Penalty.Fines, b.Penalty.Fines);
        }
    }

    [Fact]
    public void QuotedFields_MayHoldCommasQuotesAndLineBreaks()
    {
        var csv = Header + "\r\n" +
            "A-1,1,\"名称,含逗号和\"\"引号\"\"\",道路运政,第一条,第二条,罚款,\"income>1: multiple 1-2; income<=1: range 1-2\",\"责令改正,\n限期整改\",2023-07-20,,《来源》,\r\n";

        var result = Read(csv);

        Assert.True(result.IsClean, string.Join(Environment.NewLine, result.Errors));
        var item = Assert.Single(result.Items);
        Assert.Equal("名称,含逗号和\"引号\"", item.Name);
        Assert.Equal("责令改正,\n限期整改", item.Penalty.Orders);
        Assert.Null(item.Note);
        Assert.Null(item.EffectiveTo);
        Assert.Equal(2, item.Penalty.Fines.Count);
    }

    [Fact]
    public void BadRows_AreReportedWithLineColumnAndChineseReason_AndGoodRowsAreKept()
    {
        string[] lines =
        [
            Header,
            "DL-YZ-001,1,好的事项,道路运政,第二十四条,第六十三条,罚款,range 3000-10000,责令停止经营,2022-05-01,2023-07-19,《条例》,", // 2 ok
            "DL-YZ-002,x,版本号错误,道路运政,第十条,第六十三条,罚款,upto 100,,2022-05-01,,《条例》,", // 3
            "DL-YZ-003,1,门类错误,铁路运政,第十条,第六十三条,罚款,upto 100,,2022-05-01,,《条例》,", // 4
            "DL-YZ-004,1,罚款写法错误,道路运政,第十条,第六十三条,罚款,range 5000-3000,,2022-05-01,,《条例》,", // 5
            "DL-YZ-005,1,种类错误,道路运政,第十条,第六十三条,罚款|拘留,upto 100,,2022-05-01,,《条例》,", // 6
            "DL-YZ-006,1,日期错误,道路运政,第十条,第六十三条,罚款,upto 100,,2022/05/01,,《条例》,", // 7
            "DL-YZ-007,1,失效早于施行,道路运政,第十条,第六十三条,罚款,upto 100,,2023-01-01,2022-12-31,《条例》,", // 8
            "DL-YZ-008,1,,道路运政,第十条,第六十三条,罚款,upto 100,,2022-05-01,,《条例》,", // 9 no name
            "DL-YZ-009,1,列数不对,道路运政,第十条", // 10
            "DL-YZ-010,1,有罚款无种类,道路运政,第十条,第六十三条,警告,upto 100,,2022-05-01,,《条例》,", // 11
            "DL-YZ-001,1,重复版本,道路运政,第二十四条,第六十三条,罚款,range 3000-10000,,2022-05-01,2023-07-19,《条例》,", // 12
            "DL-YZ-001,2,期间重叠,道路运政,第二十四条,第六十三条,罚款,range 3000-10000,,2023-07-01,,《条例》,", // 13
            "DL-YZ-001,3,下一版本,道路运政,第二十四条,第六十三条,罚款,range 3000-10000,,2023-07-20,,《条例》,", // 14 ok
            "dl yz 11,1,编码错误,道路运政,第十条,第六十三条,罚款,upto 100,,2022-05-01,,《条例》,", // 15
            "DL-YZ-012,1,\"引号未闭合,道路运政", // 16
        ];

        var result = Read(string.Join("\n", lines));

        Assert.Equal([("DL-YZ-001", 1), ("DL-YZ-001", 3)], result.Items.Select(i => (i.Code, i.Version)));
        var found = result.Errors.Select(e => (e.Line, e.Column)).ToList();
        Assert.Equal(
        [
            (3, "version"), (4, "category"), (5, "fines"), (6, "kinds"), (7, "effective_from"), (8, "effective_to"),
            (9, "name"), (10, null), (11, "kinds"), (12, "version"), (13, "effective_from"), (15, "code"), (16, null),
        ], found);
        Assert.All(result.Errors, e => Assert.Matches(Chinese(), e.Message));
        Assert.Contains("range 5000-3000", result.Errors.Single(e => e.Line == 5).Message, StringComparison.Ordinal);
        Assert.Contains("拘留", result.Errors.Single(e => e.Line == 6).Message, StringComparison.Ordinal);
        Assert.Contains("铁路运政", result.Errors.Single(e => e.Line == 4).Message, StringComparison.Ordinal);
        Assert.Equal("第5行“fines”列：罚款写法第1条“range 5000-3000”：罚款下限5000元大于上限3000元。",
            result.Errors.Single(e => e.Line == 5).ToString());
    }

    [Fact]
    public void OneRowWithSeveralProblems_ReportsEachColumn()
    {
        var result = Read(Header + "\n" + "DL-YZ-001,0,,公路路政|水路运政,,,罚款,fixed,,,,,");

        Assert.Empty(result.Items);
        Assert.Equal(
            ["version", "name", "category", "provision_violated", "penalty_provision", "fines", "effective_from", "source"],
            result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal(2, e.Line));
    }

    [Fact]
    public void MissingHeaderColumns_AreReportedOnLine1()
    {
        var result = Read("code,version,name\nDL-YZ-001,1,事项\n");

        Assert.Empty(result.Items);
        Assert.All(result.Errors, e => Assert.Equal(1, e.Line));
        Assert.Contains(result.Errors, e => e.Column == "fines" && e.Message == "表头缺少该列。");
        Assert.Equal(10, result.Errors.Count);
    }

    [Fact]
    public void EmptyFile_IsAnError()
    {
        Assert.Equal("文件为空，缺少表头行。", Assert.Single(Read("").Errors).Message);
    }

    [Fact]
    public void HeaderColumnsMayComeInAnyOrder_WithByteOrderMarkAndBlankLines()
    {
        var csv = "\uFEFFname,code,version,category,provision_violated,penalty_provision,kinds,fines,orders,effective_from,effective_to,source,note\r\n\r\n" +
            "事项,GL-LZ-010,1,公路路政,第四十三条,第六十九条,罚款,upto 5000,责令改正,2011-07-01,,《公路安全保护条例》,\r\n";

        var item = Assert.Single(Read(csv).Items);

        Assert.Equal("GL-LZ-010", item.Code);
        Assert.Equal(EnforcementCategory.RoadAdministration, item.Category);
    }

    [GeneratedRegex(@"^(DL-YZ|GL-LZ|SL-YZ)-\d{3}$")]
    private static partial Regex SeedCode();

    [GeneratedRegex("第[一二三四五六七八九十百]+条")]
    private static partial Regex Article();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
