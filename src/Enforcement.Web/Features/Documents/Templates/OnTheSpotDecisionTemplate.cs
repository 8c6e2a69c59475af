using Enforcement.Domain.Catalog;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>
/// 当场行政处罚决定书 with the contents APL Art 52 requires: the violation, the penalty and its basis, the fine,
/// time and place, the remedy route and limits, the agency, and the officers' signatures.
/// </summary>
internal static class OnTheSpotDecisionTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        var builder = new DocumentBuilder(d.AgencyName, d.Rule.Name)
            .Number($"编号：{d.CaseNumber}")
            .PartyLinesOf(d)
            .Field("处罚时间", TemplateText.Date(c.DecidedOn))
            .Field("处罚地点", d.RegionName)
            .Para($"{d.Facts("当事人")}，违反了{d.Violated}的规定。执法人员已当场告知当事人作出行政处罚的事实、理由和依据，并告知当事人依法享有陈述、申辩的权利。")
            .Para($"依据{d.PenaltyBasis}和《中华人民共和国行政处罚法》第五十一条的规定，当场作出如下行政处罚：{TemplateText.Penalty(c.DecidedKinds, c.DecidedFineFen)}。");
        if (c.DecidedKinds.HasFlag(PenaltyKinds.Fine))
        {
            builder.Payment("当事人")
                .Para("依法当场收缴罚款的，执法人员应当出具专用票据（《中华人民共和国行政处罚法》第六十八条至第七十条）。");
        }
        return builder
            .Remedy("当事人")
            .Field("执法人员", d.HandlerNames)
            .Field("执法人员签名", null)
            .Field("当事人签名", null)
            .Foot(d.AgencyName, c.DecidedOn ?? d.On)
            .Build();
    }
}
