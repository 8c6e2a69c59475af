namespace Enforcement.Domain.Personnel;

/// <summary>
/// Enforcement categories (执法门类) of comprehensive transport enforcement. A certificate lists the categories
/// its holder may enforce; a case item belongs to one category.
/// </summary>
[Flags]
public enum EnforcementCategory
{
    None = 0,
    /// <summary>公路路政 (road administration, including over-limit control).</summary>
    RoadAdministration = 1,
    /// <summary>道路运政 (road transport).</summary>
    RoadTransport = 2,
    /// <summary>水路运政 (waterway transport).</summary>
    WaterwayTransport = 4,
    /// <summary>航道行政 (waterway channels).</summary>
    Channel = 8,
    /// <summary>港口行政 (ports).</summary>
    Port = 16,
    /// <summary>地方海事 (local maritime).</summary>
    LocalMaritime = 32,
    /// <summary>工程质量监督 (construction quality and safety supervision).</summary>
    ConstructionQuality = 64,
}

/// <summary>Chinese names of the categories, as they appear on certificates and in imports.</summary>
public static class EnforcementCategoryNames
{
    private static readonly (EnforcementCategory Category, string Name)[] Names =
    [
        (EnforcementCategory.RoadAdministration, "公路路政"),
        (EnforcementCategory.RoadTransport, "道路运政"),
        (EnforcementCategory.WaterwayTransport, "水路运政"),
        (EnforcementCategory.Channel, "航道行政"),
        (EnforcementCategory.Port, "港口行政"),
        (EnforcementCategory.LocalMaritime, "地方海事"),
        (EnforcementCategory.ConstructionQuality, "工程质量监督"),
    ];

    public static IEnumerable<(EnforcementCategory Category, string Name)> All => Names;

    public static string Name(EnforcementCategory category) =>
        Names.FirstOrDefault(n => n.Category == category).Name ?? category.ToString();

    /// <summary>"公路路政、道路运政" for display.</summary>
    public static string Describe(EnforcementCategory categories) =>
        categories == EnforcementCategory.None
            ? "无"
            : string.Join("、", Names.Where(n => categories.HasFlag(n.Category)).Select(n => n.Name));

    /// <summary>Parses names separated by | 、 , or ; (Chinese or English enum names); unknown names are refused.</summary>
    public static bool TryParse(string? text, out EnforcementCategory categories, out string? unknown)
    {
        categories = EnforcementCategory.None;
        unknown = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        foreach (var part in text.Split(['|', '、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Names.FirstOrDefault(n => n.Name == part || string.Equals(n.Category.ToString(), part, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                unknown = part;
                return false;
            }
            categories |= match.Category;
        }
        return true;
    }
}
