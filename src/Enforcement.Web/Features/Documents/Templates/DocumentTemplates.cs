using Enforcement.Domain.Cases.Documents;
using Enforcement.Web.Features.Documents.Rendering;

namespace Enforcement.Web.Features.Documents.Templates;

/// <summary>One template per kind; the switch has no default arm, so a new kind does not build until it has one.</summary>
internal static class DocumentTemplates
{
    public static DocumentLayout Build(DocumentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Rule.Kind switch
        {
            DocumentKind.RegistrationForm => RegistrationFormTemplate.Build(data),
            DocumentKind.InquiryRecord => InquiryRecordTemplate.Build(data),
            DocumentKind.SiteRecord => SiteRecordTemplate.Build(data),
            DocumentKind.EvidenceList => EvidenceListTemplate.Build(data),
            DocumentKind.ViolationNotice => ViolationNoticeTemplate.Build(data),
            DocumentKind.HearingNotice => HearingNoticeTemplate.Build(data),
            DocumentKind.PenaltyDecision => PenaltyDecisionTemplate.Build(data),
            DocumentKind.OnTheSpotDecision => OnTheSpotDecisionTemplate.Build(data),
            DocumentKind.NoPenaltyDecision => NoPenaltyDecisionTemplate.Build(data),
            DocumentKind.ServiceReceipt => ServiceReceiptTemplate.Build(data),
            DocumentKind.Reminder => ReminderTemplate.Build(data),
            DocumentKind.ClosingReport => ClosingReportTemplate.Build(data),
            // The case file is assembled from the filed documents (CaseFileAssembler); it has no template of its own.
            DocumentKind.CaseFile => throw new ArgumentException("The case file is assembled, not templated.", nameof(data)),
        };
    }
}
