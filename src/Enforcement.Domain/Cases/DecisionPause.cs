namespace Enforcement.Domain.Cases;

/// <summary>
/// A kind of time not counted in the decision period (办案期限). APL Art 60 lets laws, regulations and rules provide
/// otherwise than 90 days; provincial and departmental procedure rules commonly exclude the time of 听证, 公告 and
/// 检测、检验、检疫、鉴定. Which kinds count for transport is unverified (RULES §1.3 row 12): each kind is switched on or
/// off in <see cref="CaseRules.DecisionPauseKinds"/>. New kinds get new values; existing values never change.
/// </summary>
public enum CasePauseKind
{
    /// <summary>听证: from the party's request to the hearing held, derived from the case's own dates, never recorded by hand.</summary>
    Hearing = 1,
    /// <summary>检测、检验、检疫、鉴定: from sending the object or sample to receiving the result.</summary>
    Examination = 2,
    /// <summary>公告: from publishing the notice to the end of its period.</summary>
    PublicNotice = 3,
}

/// <summary>
/// One period recorded on a case during which the decision period does not run (检测、检验、检疫、鉴定, 公告): started by
/// the officer, ended when it ends (<see cref="EndedOn"/> null while it runs). The hearing's period is not stored: it
/// follows from <see cref="EnforcementCase.HearingRequestedOn"/> and <see cref="EnforcementCase.HearingOn"/>.
/// </summary>
public sealed class CasePause
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CasePauseKind Kind { get; set; }

    /// <summary>The first day of the period (sent for examination, notice published).</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>The last day of the period (result received, notice period over); null while it runs.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>What was sent where, or what was published (送检物品和机构、公告事项).</summary>
    public string? Note { get; set; }

    /// <summary>The officer who recorded the start.</summary>
    public int? RecordedBy { get; set; }
}
