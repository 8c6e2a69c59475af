using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>立案登记表 (TEP Art 63): the clue, the provisions, the proposed handlers and the head's approval.</summary>
internal static class RegistrationFormTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        return d.Start()
            .Field("案由", c.Title)
            .Field("案件来源", TemplateText.Source(c.Source))
            .PartyLinesOf(d, phone: true)
            .Field("违法行为发生时间", TemplateText.Date(c.ViolationOn) + (c.ViolationEndedOn is { } end ? $"至{TemplateText.Date(end)}" : ""))
            .Field("违法行为发生地", d.RegionName)
            .Field("发现日期", TemplateText.Date(c.DiscoveredOn))
            .Field("执法事项", d.Item is { } item ? $"{item.Name}（{item.Code}）" : c.ItemCode)
            .Field("涉嫌违反", d.Violated)
            .Field("处罚依据", d.PenaltyBasis)
            .Para($"{d.Facts("当事人")}，涉嫌违反{d.Violated}的规定，符合立案条件，建议立案调查。")
            .Field("承办人", d.HandlerNames)
            .Field("提请日期", TemplateText.Date(c.SubmittedOn))
            .Field("负责人审批意见", c.RegisteredOn is { } on ? $"同意立案（{TemplateText.Date(on)}）" : null)
            .Right(d.AgencyName)
            .Right(TemplateText.Date(d.On))
            .Build();
    }
}
