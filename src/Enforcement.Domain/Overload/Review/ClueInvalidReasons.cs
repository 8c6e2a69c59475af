using Enforcement.Domain.Common;

namespace Enforcement.Domain.Overload.Review;

/// <summary>One reason a reviewer may give for finding a clue invalid; <see cref="Key"/> is its key on the review screen.</summary>
public sealed record ClueInvalidReason(string Code, string Name, char Key);

/// <summary>
/// The fixed list of reasons a clue is found invalid (APL Art 41 ¶2: a record that is not true, clear, complete and
/// accurate may not be used as evidence). "其他" needs the reviewer's own words.
/// </summary>
public static class ClueInvalidReasons
{
    public const string Other = "other";

    public static IReadOnlyList<ClueInvalidReason> All { get; } =
    [
        new("plate-misread", "车牌识别错误", '1'),
        new("lane-straddling", "跨道行驶", '2'),
        new("device-fault", "设备异常", '3'),
        new("weighing-abnormal", "称重数据异常", '4'),
        new("not-freight", "非货运车辆", '5'),
        new("already-handled", "已处理", '6'),
        new("statement-accepted", "当事人陈述申辩成立", '7'),
        new(Other, "其他", '8'),
    ];

    public static ClueInvalidReason? Find(string? code) => All.FirstOrDefault(r => r.Code == code?.Trim());

    public static string Name(string? code) => Find(code)?.Name ?? code ?? "";

    /// <summary>A listed reason, and the reviewer's words when the reason is "其他".</summary>
    public static Refusal? Check(string? code, string? note)
    {
        if (string.IsNullOrWhiteSpace(code)) return new Refusal("required", "reason", "无效原因不能为空");
        if (Find(code) is null)
        {
            return new Refusal("clue.reason", "reason", $"无效原因“{code.Trim()}”不在列表中，可选：{string.Join("、", All.Select(r => $"{r.Code}（{r.Name}）"))}");
        }
        return code.Trim() == Other && string.IsNullOrWhiteSpace(note) ? new Refusal("required", "note", "无效原因为“其他”时须填写说明") : null;
    }
}
