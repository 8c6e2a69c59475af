using Enforcement.Domain.Catalog;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>
/// 行政处罚决定书 with the contents APL Art 59 requires: the party; the facts and evidence; the penalty and its
/// basis; how and by when to comply; the remedy route and time limits; the agency, the date and the seal.
/// </summary>
internal static class PenaltyDecisionTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        var builder = d.Start()
            .PartyLinesOf(d)
            .Para($"经查，{d.Facts("当事人")}。以上事实有{d.EvidenceDocuments}等证据证实。")
            .Para($"当事人的上述行为违反了{d.Violated}的规定。");
        if (c.NoticeServedOn is { } noticed)
        {
            builder.Para($"本机关于{TemplateText.Date(noticed)}向当事人送达了《违法行为通知书》" +
                         (d.Filed.TryGetValue(Domain.Cases.Documents.DocumentKind.ViolationNotice, out var notice) && notice is not null ? $"（{notice}）" : "") +
                         "，告知拟作出的行政处罚决定的事实、理由、依据及当事人依法享有的陈述、申辩" + (c.HearingRight ? "、要求听证" : "") + "等权利。" +
                         (c.HearingOn is { } heard ? $"本机关于{TemplateText.Date(heard)}依法举行了听证。" : ""));
        }
        builder.Para($"依据{d.PenaltyBasis}的规定，本机关决定对当事人作出如下行政处罚：{TemplateText.Penalty(c.DecidedKinds, c.DecidedFineFen)}。");
        if (c.DecidedKinds.HasFlag(PenaltyKinds.Fine)) builder.Payment("当事人");
        return builder
            .Remedy("当事人")
            .Para("当事人逾期不申请行政复议、不提起行政诉讼又不履行本决定的，本机关将依法申请人民法院强制执行。")
            .Foot(d.AgencyName, c.DecidedOn ?? d.On)
            .Build();
    }
}
