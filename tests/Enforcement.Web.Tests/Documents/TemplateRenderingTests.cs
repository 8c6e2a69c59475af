using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Catalog;
using Enforcement.Web.Features.Documents;
using Enforcement.Web.Features.Documents.Rendering;
using Enforcement.Web.Features.Documents.Templates;

namespace Enforcement.Web.Tests.Documents;

/// <summary>Every template, rendered both ways from one layout: the DOCX is schema-valid and both files say the same thing.</summary>
public sealed class TemplateRenderingTests
{
    public static TheoryData<DocumentKind> Kinds() => [.. DocumentRules.All.Select(r => r.Kind)];

    internal static DocumentData Data(DocumentKind kind)
    {
        var c = new EnforcementCase
        {
            Id = 7, AgencyId = 1, Number = "共交执案〔2026〕3号", Title = "未取得道路运输经营许可擅自从事货运 <&\"'>", ItemCode = "DL-YZ-001", ItemVersion = 2,
            RegionCode = "632521", PartyKind = PartyKind.Organisation, Source = CaseSource.Report, Status = CaseStatus.Served,
            ViolationOn = new(2026, 3, 2), ViolationEndedOn = new(2026, 3, 5), DiscoveredOn = new(2026, 3, 6), SubmittedOn = new(2026, 3, 6),
            RegisteredOn = new(2026, 3, 9), NoticeServedOn = new(2026, 4, 7), HearingRight = true, HearingRequestedOn = new(2026, 4, 9),
            HearingNoticeOn = new(2026, 4, 13), HearingOn = new(2026, 4, 24), ProposedKinds = PenaltyKinds.Warning | PenaltyKinds.Fine, ProposedFineFen = 5000_00,
            DecidedOn = new(2026, 5, 6), DecidedKinds = PenaltyKinds.Warning | PenaltyKinds.Fine, DecidedFineFen = 4500_50, ServedOn = new(2026, 5, 7),
            ServiceMethod = ServiceMethod.Direct, PaidOn = new(2026, 5, 15), ClosedOn = new(2026, 5, 20), OutcomeReason = "违法行为轻微并及时改正",
        };
        var item = new EnforcementItem
        {
            Code = "DL-YZ-001", Version = 2, Name = "未取得道路运输经营许可，擅自从事道路普通货物运输经营", ProvisionViolated = "《道路运输条例》第二十四条",
            PenaltyProvision = "《道路运输条例》(2023) 第六十三条第一项", Penalty = new StatutoryPenalty(PenaltyKinds.Fine, [], null), Source = "道路运输条例",
        };
        var rule = DocumentRules.For(kind);
        return new DocumentData(c, rule, rule.Series is null ? null : "共交执罚〔2026〕12号", "共和县交通运输局", item,
            [new HandlerInfo("冯晨", "63000000001"), new HandlerInfo("沈玉", null)], "共和县",
            new Dictionary<DocumentKind, string?> { [DocumentKind.ViolationNotice] = "共交执告〔2026〕4号", [DocumentKind.PenaltyDecision] = "共交执罚〔2026〕12号", [DocumentKind.SiteRecord] = null },
            new DateOnly(2026, 5, 20),
            new PartyDetails("青海某某物流有限公司 <&>", PartyKind.Organisation, "统一社会信用代码", "91632521MA7XXXXX0G", "王某", "青海省海南州共和县恰卜恰镇", "0974-8512345", "青E12345（黄）"));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Template_RendersAValidDocx_AndAPrintPage_SayingTheSame(DocumentKind kind)
    {
        var layout = DocumentTemplates.Build(Data(kind));
        var html = WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(HtmlRenderer.Render(layout)));
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(layout)), false);

        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToHashSet();
        var texts = layout.Blocks.SelectMany(b => b switch
        {
            Line line => [line.Text],
            Grid grid => grid.Header.Concat(grid.Rows.SelectMany(r => r)).Where(t => t.Length > 0),
            _ => throw new InvalidOperationException(),
        }).ToList();
        Assert.All(texts, t => Assert.Contains(t, paragraphs));
        Assert.All(texts, t => Assert.Contains(t, html, StringComparison.Ordinal));
        Assert.Equal(DocumentRules.Name(kind), layout.Title);
        Assert.Contains(Data(kind).Case.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<&\"'>", System.Text.Encoding.UTF8.GetString(HtmlRenderer.Render(layout)), StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_WritesTheMoneyInYuan_AndBothPenalties()
    {
        var text = string.Join('\n', DocumentTemplates.Build(Data(DocumentKind.PenaltyDecision)).Blocks.OfType<Line>().Select(l => l.Text));

        Assert.Contains("警告、罚款人民币4500.50元", text, StringComparison.Ordinal);
        Assert.Contains("2026年3月2日至2026年3月5日", text, StringComparison.Ordinal);
        Assert.Contains("共交执告〔2026〕4号", text, StringComparison.Ordinal);
        Assert.Contains("2026年4月24日依法举行了听证", text, StringComparison.Ordinal);
    }
}
