using Enforcement.Domain.Cases;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>
/// 违法行为通知书 (事先告知, APL Arts 44–45, 63–64): the facts, the provisions, the proposed penalty and the party's
/// rights with their periods (the statement period from the case rules; the hearing request within 5 working days).
/// </summary>
internal static class ViolationNoticeTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        var you = TemplateText.You(c.PartyKind);
        var builder = d.Start()
            .PartyLinesOf(d)
            .Para($"经调查，{d.Facts(you)}，违反了{d.Violated}的规定。依据{d.PenaltyBasis}的规定，本机关拟对{you}作出如下行政处罚：" +
                  $"{TemplateText.Penalty(c.ProposedKinds, c.ProposedFineFen)}。")
            .Para($"根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，{you}有权进行陈述和申辩。{you}可在收到本通知书之日起" +
                  $"{TemplateText.Period(CaseRules.Default.StatementPeriod)}内向本机关提出陈述、申辩意见；逾期未提出的，视为放弃此权利。");
        if (c.HearingRight)
        {
            builder.Para($"根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，{you}有权要求听证。{you}可在收到本通知书之日起" +
                         $"{TemplateText.Period(CaseRules.Default.HearingRequestPeriod)}内向本机关提出听证申请；逾期未提出的，视为放弃听证权利。");
        }
        return builder
            .Field("联系人", d.Contact)
            .Field("联系电话", null)
            .Field("联系地址", null)
            .Foot(d.AgencyName, c.NoticeServedOn ?? d.On)
            .Build();
    }
}
