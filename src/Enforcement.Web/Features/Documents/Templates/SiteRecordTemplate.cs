using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>现场笔录: what the officers saw where the violation was found, with the party's rights read out.</summary>
internal static class SiteRecordTemplate
{
    public static DocumentLayout Build(DocumentData d) => d.Start()
        .Field("案由", d.Case.Title)
        .Field("检查时间", "＿＿年＿＿月＿＿日＿＿时＿＿分至＿＿时＿＿分")
        .Field("检查地点", d.RegionName)
        .Field("执法人员", d.HandlerNames)
        .PartyLinesOf(d, phone: true, vehicle: false)
        .Field("车辆号牌或船舶名称", d.Party?.Vehicle)
        .Para("执法人员出示执法证件，表明身份，告知当事人有权进行陈述和申辩、有权申请执法人员回避（《中华人民共和国行政处罚法》第四十三条、第五十五条）。")
        .Para($"现场情况：{d.Facts("当事人")}。")
        .Field("现场检查情况", null)
        .Field("证据采集情况（照片、视频、抽样等）", null)
        .Para("以上笔录已交当事人核对（或已向当事人宣读），当事人对记录无异议。")
        .Field("当事人签名", null)
        .Field("执法人员签名", null)
        .Field("见证人签名", null)
        .Build();
}
