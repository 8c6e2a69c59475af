using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>不予行政处罚决定书 (APL Art 57 ¶1(2)): facts, the reason recorded with the decision, education (Art 33 ¶3), remedies.</summary>
internal static class NoPenaltyDecisionTemplate
{
    public static DocumentLayout Build(DocumentData d)
    {
        var c = d.Case;
        return d.Start()
            .PartyLinesOf(d)
            .Para($"经查，{d.Facts("当事人")}。以上事实有{d.EvidenceDocuments}等证据证实。")
            .Para($"本机关认为：{(string.IsNullOrWhiteSpace(c.OutcomeReason) ? DocumentBuilder.Blank : c.OutcomeReason.TrimEnd('。'))}。")
            .Para("根据《中华人民共和国行政处罚法》第五十七条第一款第（二）项的规定，本机关决定对当事人不予行政处罚。" +
                  "对当事人依法进行教育（《中华人民共和国行政处罚法》第三十三条第三款）。")
            .Remedy("当事人", imposesDuties: false)
            .Foot(d.AgencyName, c.DecidedOn ?? d.On)
            .Build();
    }
}
