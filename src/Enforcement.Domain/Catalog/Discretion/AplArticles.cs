namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Citations of 《行政处罚法》(2021) used by the discretion engine (text checked, RULES §1.5).</summary>
public static class AplArticles
{
    /// <summary>未成年人: under 14 no penalty; 14–18 应当从轻或者减轻.</summary>
    public const string Art30 = "《行政处罚法》第三十条";

    /// <summary>精神病人、智力残疾人: unable → no penalty; partly able → 可以从轻或者减轻.</summary>
    public const string Art31 = "《行政处罚法》第三十一条";

    /// <summary>应当从轻或者减轻, grounds (一)–(五).</summary>
    public const string Art32 = "《行政处罚法》第三十二条";

    /// <summary>轻微不罚 (mandatory) and 首违可不罚 (may).</summary>
    public const string Art33Para1 = "《行政处罚法》第三十三条第一款";

    /// <summary>No subjective fault → no penalty.</summary>
    public const string Art33Para2 = "《行政处罚法》第三十三条第二款";

    /// <summary>Educate the party whenever no penalty is imposed.</summary>
    public const string Art33Para3 = "《行政处罚法》第三十三条第三款";

    /// <summary>Discretion benchmarks.</summary>
    public const string Art34 = "《行政处罚法》第三十四条";

    /// <summary>No heavier penalty because of 陈述、申辩.</summary>
    public const string Art45Para2 = "《行政处罚法》第四十五条第二款";

    /// <summary>The item (一)–(四) of Art 32, e.g. "《行政处罚法》第三十二条第一项".</summary>
    public static string Art32Item(int item) => item switch
    {
        1 => Art32 + "第一项",
        2 => Art32 + "第二项",
        3 => Art32 + "第三项",
        4 => Art32 + "第四项",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Art 32 items (一)–(四) only."),
    };
}
