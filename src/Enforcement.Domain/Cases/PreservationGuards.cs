using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>The guards of 先行登记保存 (APL Art 56).</summary>
public static partial class CaseGuards
{
    private const string PreservationArticle = "《行政处罚法》第五十六条";

    /// <summary>What is preserved and when: a day of the investigation, not in the future.</summary>
    public static readonly CaseGuard PreservationGiven = new("preservation", PreservationArticle,
        (c, cmd, _) =>
        {
            if (string.IsNullOrWhiteSpace(cmd.PreservedItems)) return Missing("preservedItems", "登记保存的证据");
            if (cmd.EventOn > cmd.On) return new Refusal("case.future", "occurredOn", "登记保存日期不能晚于今天");
            return cmd.EventOn < c.ViolationOn ? new Refusal("case.preservation-date", "occurredOn", "登记保存日期不能早于违法行为发生日期") : null;
        });

    /// <summary>The 处理决定 names an undecided preservation of this case and what is decided, on or after the preservation.</summary>
    public static readonly CaseGuard PreservationDecidable = new("preservation-decision", PreservationArticle,
        (c, cmd, _) =>
        {
            if (PreservationFor(c, cmd) is not { } preservation)
            {
                return cmd.PreservationId is null && c.Preservations.Count(p => p.DecidedOn is null) > 1
                    ? Missing("preservationId", "登记保存记录")
                    : Unlawful("no-open-preservation", "没有待作出处理决定的先行登记保存", PreservationArticle);
            }
            if (preservation.DecidedOn is not null) return Unlawful("preservation-decided", $"该先行登记保存已于 {preservation.DecidedOn:yyyy-MM-dd} 作出处理决定", PreservationArticle);
            if (cmd.Disposition is null) return Missing("disposition", "处理决定");
            if (cmd.EventOn > cmd.On) return new Refusal("case.future", "occurredOn", "处理决定日期不能晚于今天");
            return cmd.EventOn < preservation.PreservedOn ? new Refusal("case.preservation-date", "occurredOn", "处理决定日期不能早于登记保存日期") : null;
        });

    /// <summary>
    /// Every preservation has its 处理决定 before the investigation ends (or the case is withdrawn or transferred):
    /// evidence is not left in limbo (APL Art 56).
    /// </summary>
    public static readonly CaseGuard PreservationsDecided = new("preservations-decided", PreservationArticle,
        (c, _, _) => c.Preservations.FirstOrDefault(p => p.DecidedOn is null) is { } open
            ? Unlawful("preservation-undecided", $"{open.PreservedOn:yyyy-MM-dd} 先行登记保存的证据（{open.Items}）尚未作出处理决定", PreservationArticle)
            : null);

    /// <summary>The preservation a 处理决定 concerns: the one named, or the only undecided one.</summary>
    internal static EvidencePreservation? PreservationFor(EnforcementCase c, CaseCommand cmd) =>
        cmd.PreservationId is { } id
            ? c.Preservations.FirstOrDefault(p => p.Id == id)
            : c.Preservations.Where(p => p.DecidedOn is null).ToList() is [var only] ? only : null;
}
