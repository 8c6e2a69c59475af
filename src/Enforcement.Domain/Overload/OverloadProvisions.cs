using Enforcement.Domain.Catalog.Discretion;

namespace Enforcement.Domain.Overload;

/// <summary>
/// The provisions the non-site over-limit determination cites (RULES §2). Held once so that a trace step refers to
/// the same string instance instead of formatting one per record.
/// </summary>
public static class OverloadProvisions
{
    /// <summary>62号令 Art 3 ¶1: the over-limit definitions (一)–(八).</summary>
    public const string Article3 = "《超限运输车辆行驶公路管理规定》第三条";

    /// <summary>62号令 Art 3 ¶2: how the limit is determined (axle groups, single tyres, 行驶证).</summary>
    public const string Article3Paragraph2 = "《超限运输车辆行驶公路管理规定》第三条第二款";

    /// <summary>The joint 认定标准 (交公路发〔2016〕124号 annex) and its notes.</summary>
    public const string Standard = "《公路货运车辆超限超载认定标准》（交公路发〔2016〕124号附件）";

    /// <summary>认定标准 note 1 and the MOT's 交公路发〔2017〕173号: a 2-axle truck is also capped by its 行驶证.</summary>
    public const string StandardNote1 = "《公路货运车辆超限超载认定标准》附注1；交公路发〔2017〕173号";

    /// <summary>认定标准 notes 2–3: −3 t for each pair of tyres removed, unless wide-base tyres are fitted.</summary>
    public const string StandardNote2 = "《超限运输车辆行驶公路管理规定》第三条第二款；《公路货运车辆超限超载认定标准》附注2、3";

    /// <summary>认定标准 note 4: dual-tyre drive axle and air suspension (+1 t; 37 t articulated).</summary>
    public const string StandardNote4 = "《公路货运车辆超限超载认定标准》附注4";

    /// <summary>62号令 Art 3 (八): 46 t when the tractor's drive axle is a single axle.</summary>
    public const string Article3Item8 = "《超限运输车辆行驶公路管理规定》第三条第一款第八项";

    /// <summary>62号令 Art 43: warning, per-tonne fine, caps (the one home is <see cref="OverloadFine"/>).</summary>
    public const string Article43 = OverloadFine.Article;

    /// <summary>62号令 Art 43 ¶2: several violations, fines added up, capped at 30 000.</summary>
    public const string Article43Paragraph2 = OverloadFine.Article + "第二款";

    /// <summary>Electronic monitoring devices: legal and technical review, published locations, reviewed records.</summary>
    public const string Apl41 = "《中华人民共和国行政处罚法》第四十一条";

    /// <summary>一事不再罚: one violation, one fine.</summary>
    public const string Apl29 = "《中华人民共和国行政处罚法》第二十九条";

    /// <summary>Compulsory verification of measuring instruments; unverified instruments may not be used.</summary>
    public const string MetrologyLaw9 = "《中华人民共和国计量法》第九条";

    /// <summary>The verification regulation of weigh-in-motion scales (accuracy classes, MPE).</summary>
    public const string Jjg907 = "JJG 907-2006《动态公路车辆自动衡器》";

    /// <summary>Tolerance before a weighing counts as over-limit (RULES §2.5; provincial practice, unverified).</summary>
    public const string Tolerance = "非现场执法称重误差扣除（省级规定，RULES §2.5）";

    /// <summary>More than 3 violations within one year.</summary>
    public const string HighwaySafety66 = "《公路安全保护条例》第六十六条";

    /// <summary>百吨王: a campaign term, not a statutory one (RULES §2.6, unverified as a legal definition).</summary>
    public const string HundredTonKing = "“百吨王”（车货总质量100吨以上，治超专项用语）";
}
