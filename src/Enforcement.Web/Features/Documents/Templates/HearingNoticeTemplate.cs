using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>听证通知书 (APL Art 64): time and place, served at least 7 working days before; agents, recusal, and what a no-show means.</summary>
internal static class HearingNoticeTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        var you = TemplateText.You(c.PartyKind);
        return d.Start()
            .PartyLinesOf(d, kind: false)
            .Para($"根据{you}于{TemplateText.Date(c.HearingRequestedOn)}提出的听证申请，本机关决定于{TemplateText.Date(c.HearingOn)}＿＿时" +
                  $"在{DocumentBuilder.Blank}就{c.Title}一案举行听证。")
            .Para($"请{you}准时出席。{you}可以委托一至二人代理参加听证，代理人应当提交授权委托书。听证主持人为{DocumentBuilder.Blank}，" +
                  $"{you}认为主持人与本案有直接利害关系的，有权申请回避。除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行。")
            .Para($"{you}无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证（《中华人民共和国行政处罚法》第六十四条）。")
            .Field("联系人", d.Contact)
            .Field("联系电话", null)
            .Foot(d.AgencyName, c.HearingNoticeOn ?? d.On)
            .Build();
    }
}
