using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>证据登记保存清单 (APL Art 56): items kept with the head's approval, to be dealt with within 7 working days.</summary>
internal static class EvidenceListTemplate
{
    private static readonly string[] Header = ["序号", "证据名称", "规格", "数量", "备注"];

    public static DocumentLayout Build(DocumentData d)
    {
        // Blank rows to fill in by hand: the items are listed at the scene.
        var rows = Enumerable.Range(1, 5)
            .Select(i => (IReadOnlyList<string>)new[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "", "", "" })
            .ToList();
        return d.Start()
            .PartyLinesOf(d, kind: false)
            .Para($"因调查{d.Case.Title}一案，证据可能灭失或者以后难以取得，经本机关负责人批准，依据《中华人民共和国行政处罚法》第五十六条的规定，" +
                  "对下列物品予以先行登记保存。保存期间，当事人或者有关人员不得损毁、销毁或者转移证据。本机关将在七个工作日内作出处理决定。")
            .Grid(Header, rows)
            .Field("保存地点", null)
            .Field("保存方式", null)
            .Field("当事人签名", null)
            .Field("执法人员", d.HandlerNames)
            .Foot(d.AgencyName, d.On)
            .Build();
    }
}
