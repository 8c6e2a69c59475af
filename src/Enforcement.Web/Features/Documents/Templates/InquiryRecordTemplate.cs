using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>询问笔录 (APL Art 55): who asks, the identification and recusal notice, then questions and answers written by hand.</summary>
internal static class InquiryRecordTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var person = d.Party?.Kind == Domain.Cases.PartyKind.NaturalPerson;
        var builder = d.Start()
            .Field("案由", d.Case.Title)
            .Field("询问时间", "＿＿年＿＿月＿＿日＿＿时＿＿分至＿＿时＿＿分")
            .Field("询问地点", null)
            .PartyLinesOf(d, phone: true)
            // A natural person is questioned as the party; for an organisation the person questioned is written in by hand.
            .Field("被询问人", person ? d.Party!.Name : null)
            .Field("被询问人身份证件号码", person ? d.Party!.Identifier : null)
            .Field("与本案关系", person ? "当事人" : null)
            .Field("询问人", d.HandlerNames)
            .Field("记录人", null)
            .Para($"我们是{d.AgencyName}的执法人员，这是我们的执法证件（出示证件）。现就{d.Case.Title}一案依法向你询问，请如实回答；" +
                  "作伪证或者隐匿证据的，应当承担相应的法律责任。你有权申请执法人员回避（《中华人民共和国行政处罚法》第四十三条）。你是否申请回避？")
            .Field("答", null);
        for (var i = 0; i < 4; i++) builder.Field("问", null).Field("答", null);
        return builder
            .Para("以上笔录我已看过（或已向我宣读），与我所说的一致。")
            .Field("被询问人签名", null)
            .Field("询问人签名", null)
            .Field("记录人签名", null)
            .Build();
    }
}
