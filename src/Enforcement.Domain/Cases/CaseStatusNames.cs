namespace Enforcement.Domain.Cases;

/// <summary>Chinese names of statuses and actions, as shown to users and written into refusals.</summary>
public static class CaseStatusNames
{
    public static string Name(CaseStatus status) => status switch
    {
        CaseStatus.Clue => "案源登记",
        CaseStatus.RegistrationPending => "立案审批",
        CaseStatus.Investigating => "调查取证",
        CaseStatus.InvestigationConcluded => "调查终结",
        CaseStatus.LegalReview => "法制审核",
        CaseStatus.CollectiveDiscussion => "集体讨论",
        CaseStatus.Notified => "已告知",
        CaseStatus.Hearing => "听证",
        CaseStatus.DecisionPending => "待决定",
        CaseStatus.Decided => "已决定",
        CaseStatus.NoPenaltyDecided => "不予处罚",
        CaseStatus.Served => "已送达",
        CaseStatus.Enforcing => "执行中",
        CaseStatus.OnTheSpotDecided => "当场处罚",
        CaseStatus.Withdrawn => "撤销立案",
        CaseStatus.Transferred => "已移送",
        CaseStatus.NotRegistered => "不予立案",
        CaseStatus.Closed => "已结案",
        CaseStatus.Archived => "已归档",
        CaseStatus.LegalReviewBeforeDecision => "决定前法制审核",
    };

    public static string Name(PreservationDisposition disposition) => disposition switch
    {
        PreservationDisposition.Released => "解除登记保存，退还当事人",
        PreservationDisposition.Examination => "送交检测、检验、检疫或者鉴定",
        PreservationDisposition.Confiscation => "依法予以没收",
        PreservationDisposition.Transfer => "移送有关机关",
        PreservationDisposition.Seizure => "依法查封、扣押",
    };

    public static string Name(CasePauseKind kind) => kind switch
    {
        CasePauseKind.Hearing => "听证",
        CasePauseKind.Examination => "检测、检验、检疫、鉴定",
        CasePauseKind.PublicNotice => "公告",
    };

    public static string Name(Execution.RemedyKind kind) => kind switch
    {
        Execution.RemedyKind.Reconsideration => "行政复议",
        Execution.RemedyKind.Litigation => "行政诉讼",
    };

    public static string Name(CaseAction action) => action switch
    {
        CaseAction.SubmitRegistration => "提交立案审批",
        CaseAction.ApproveRegistration => "批准立案",
        CaseAction.RejectRegistration => "不予立案",
        CaseAction.ConcludeInvestigation => "调查终结",
        CaseAction.SubmitLegalReview => "提交法制审核",
        CaseAction.PassLegalReview => "法制审核通过",
        CaseAction.ReturnFromLegalReview => "法制审核退回",
        CaseAction.StartCollectiveDiscussion => "提请集体讨论",
        CaseAction.RecordCollectiveDiscussion => "记录集体讨论",
        CaseAction.SendNotice => "送达违法行为通知书",
        CaseAction.RequestHearing => "登记听证申请",
        CaseAction.RecordHearing => "记录听证",
        CaseAction.CloseStatementPeriod => "陈述申辩期满",
        CaseAction.Decide => "作出处罚决定",
        CaseAction.DecideNoPenalty => "作出不予处罚决定",
        CaseAction.Serve => "送达决定书",
        CaseAction.StartEnforcement => "启动强制执行",
        CaseAction.Withdraw => "撤销立案",
        CaseAction.Transfer => "移送",
        CaseAction.Close => "结案",
        CaseAction.Archive => "归档",
        CaseAction.FileOnTheSpotDecision => "当场处罚备案",
        CaseAction.PreserveEvidence => "先行登记保存证据",
        CaseAction.DecidePreservedEvidence => "作出登记保存处理决定",
        CaseAction.ExtendDecisionPeriod => "延长办案期限",
        CaseAction.RecordPayment => "登记缴纳罚款",
        CaseAction.ApprovePaymentPlan => "批准延期（分期）缴纳罚款",
        CaseAction.RecordRemedyApplication => "登记申请复议或提起诉讼",
        CaseAction.RecordRemedyOutcome => "登记复议或诉讼结果",
        CaseAction.ServeReminder => "送达催告书",
        CaseAction.ApplyToCourt => "申请法院强制执行",
        CaseAction.ConcludeEnforcement => "执行完毕或终结",
        CaseAction.StartPause => "登记不计入办案期限的期间",
        CaseAction.EndPause => "结束不计入办案期限的期间",
    };
}
