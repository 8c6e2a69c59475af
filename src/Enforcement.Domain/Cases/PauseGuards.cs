using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases;

/// <summary>
/// The guards of the periods not counted in the decision period (APL Art 60; the kinds are configurable, RULES §1.3
/// row 12). The recorded dates decide the deadline, so they must be true: not in the future, not before registration,
/// an end not before its start, and one running period of a kind at a time.
/// </summary>
public static partial class CaseGuards
{
    private const string PauseArticle = "《行政处罚法》第六十条";

    /// <summary>A recordable kind and a start day between registration and today, with no period of that kind running.</summary>
    public static readonly CaseGuard PauseStartable = new("pause-start", PauseArticle,
        (c, cmd, _) =>
        {
            if (cmd.PauseKind is not { } kind || !Enum.IsDefined(kind)) return Missing("pauseKind", "期间种类");
            if (kind == CasePauseKind.Hearing)
            {
                return new Refusal("case.pause-kind", "pauseKind", "听证期间按听证申请日期和举行听证日期自动计算，无需登记");
            }
            if (cmd.EventOn > cmd.On) return new Refusal("case.future", "occurredOn", "开始日期不能晚于今天");
            if (cmd.EventOn < c.RegisteredOn) return new Refusal("case.pause-date", "occurredOn", $"开始日期不能早于立案日期 {c.RegisteredOn:yyyy-MM-dd}");
            return c.Pauses.FirstOrDefault(p => p.Kind == kind && p.EndedOn is null) is { } running
                ? Unlawful("pause-running", $"{CaseStatusNames.Name(kind)}期间已于 {running.StartedOn:yyyy-MM-dd} 开始，尚未结束", PauseArticle)
                : null;
        });

    /// <summary>A running period of the kind named (or the only one running) ends on a day between its start and today.</summary>
    public static readonly CaseGuard PauseEndable = new("pause-end", PauseArticle,
        (c, cmd, _) =>
        {
            if (RunningPauseFor(c, cmd) is not { } pause)
            {
                return cmd.PauseKind is null && c.Pauses.Count(p => p.EndedOn is null) > 1
                    ? Missing("pauseKind", "期间种类")
                    : Unlawful("no-running-pause", cmd.PauseKind is { } kind ? $"没有进行中的{CaseStatusNames.Name(kind)}期间" : "没有进行中的不计入办案期限的期间", PauseArticle);
            }
            if (cmd.EventOn > cmd.On) return new Refusal("case.future", "occurredOn", "结束日期不能晚于今天");
            return cmd.EventOn < pause.StartedOn
                ? new Refusal("case.pause-date", "occurredOn", $"结束日期不能早于开始日期 {pause.StartedOn:yyyy-MM-dd}")
                : null;
        });

    /// <summary>
    /// No decision while a recorded period runs: the examination's result or the notice's period is what the decision
    /// waits for, and the deadline cannot be known before it ends.
    /// </summary>
    public static readonly CaseGuard NoPauseRunning = new("pause-running", PauseArticle,
        (c, _, _) => c.Pauses.FirstOrDefault(p => p.EndedOn is null) is { } running
            ? Unlawful("pause-running", $"{CaseStatusNames.Name(running.Kind)}期间自 {running.StartedOn:yyyy-MM-dd} 开始尚未结束，请先登记结束日期", PauseArticle)
            : null);

    /// <summary>The running period an end concerns: the one of the kind named, or the only one running.</summary>
    internal static CasePause? RunningPauseFor(EnforcementCase c, CaseCommand cmd) =>
        cmd.PauseKind is { } kind
            ? c.Pauses.FirstOrDefault(p => p.Kind == kind && p.EndedOn is null)
            : c.Pauses.Where(p => p.EndedOn is null).ToList() is [var only] ? only : null;
}
