using Enforcement.Domain.Common;

namespace Enforcement.Domain.Evidence;

/// <summary>The eight kinds of evidence of 《行政处罚法》第四十六条; nothing else may be called evidence.</summary>
public enum EvidenceType
{
    /// <summary>书证</summary>
    Documentary = 1,
    /// <summary>物证</summary>
    Physical = 2,
    /// <summary>视听资料</summary>
    AudioVisual = 3,
    /// <summary>电子数据</summary>
    Electronic = 4,
    /// <summary>证人证言</summary>
    WitnessTestimony = 5,
    /// <summary>当事人的陈述</summary>
    PartyStatement = 6,
    /// <summary>鉴定意见</summary>
    ExpertOpinion = 7,
    /// <summary>勘验笔录、现场笔录 (one item of the list in Art 46).</summary>
    InspectionRecord = 8,
}

/// <summary>Chinese names as the statute writes them, and parsing of what a form or an API caller sends.</summary>
public static class EvidenceTypes
{
    public static IReadOnlyList<EvidenceType> All { get; } = Enum.GetValues<EvidenceType>();

    public static string Name(EvidenceType type) => type switch
    {
        EvidenceType.Documentary => "书证",
        EvidenceType.Physical => "物证",
        EvidenceType.AudioVisual => "视听资料",
        EvidenceType.Electronic => "电子数据",
        EvidenceType.WitnessTestimony => "证人证言",
        EvidenceType.PartyStatement => "当事人的陈述",
        EvidenceType.ExpertOpinion => "鉴定意见",
        EvidenceType.InspectionRecord => "勘验笔录、现场笔录",
    };

    /// <summary>Accepts the English member name ("Documentary") or the statute's Chinese name ("书证"); numbers are not names.</summary>
    public static Result<EvidenceType> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        foreach (var type in All)
        {
            if (string.Equals(trimmed, type.ToString(), StringComparison.OrdinalIgnoreCase) || trimmed == Name(type)) return type;
        }
        return new Refusal("evidence.type", "type",
            $"证据种类须为《行政处罚法》第四十六条规定的一种：{string.Join("，", All.Select(Name))}");
    }
}
