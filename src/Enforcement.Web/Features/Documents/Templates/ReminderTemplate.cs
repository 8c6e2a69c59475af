using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Catalog;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>
/// 催告书 (行政强制法 Arts 35, 54): the decision not performed, the surcharge (APL Art 72), ten days to perform, the
/// right to state and defend; after that the agency applies to court.
/// </summary>
internal static class ReminderTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        var you = TemplateText.You(c.PartyKind);
        var decision = d.Filed.GetValueOrDefault(DocumentKind.PenaltyDecision) ?? DocumentBuilder.Blank;
        var builder = d.Start()
            .Field("案由", c.Title)
            .PartyLinesOf(d, kind: false)
            .Para($"本机关于{TemplateText.Date(c.DecidedOn)}作出《行政处罚决定书》（{decision}），并于{TemplateText.Date(c.ServedOn)}送达{you}，" +
                  $"决定对{you}作出如下行政处罚：{TemplateText.Penalty(c.DecidedKinds, c.DecidedFineFen)}。{you}至今未履行上述决定。");
        if (c.DecidedKinds.HasFlag(PenaltyKinds.Fine))
        {
            builder.Para($"依据《中华人民共和国行政处罚法》第七十二条的规定，{Remedies.Surcharge}。");
        }
        return builder
            .Para($"依据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告{you}自收到本催告书之日起十日内履行上述义务。" +
                  "本催告书送达十日后仍未履行的，本机关将依法申请人民法院强制执行。")
            .Para($"{you}收到本催告书后有权进行陈述和申辩，本机关将充分听取{you}的意见（《中华人民共和国行政强制法》第三十五条、第三十六条）。")
            .Field("联系人", d.Contact)
            .Field("联系电话", null)
            .Foot(d.AgencyName, d.On)
            .Build();
    }
}
