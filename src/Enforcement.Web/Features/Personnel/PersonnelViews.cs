using Enforcement.Domain.Personnel;

namespace Enforcement.Web.Features.Personnel;

/// <summary>An officer as lists and the API show it: the ID number is always masked.</summary>
internal sealed record OfficerView(
    int Id, string Name, string IdNumberMasked, Gender Gender, int AgencyId, string AgencyName, string? Post,
    string Categories, bool IsAuxiliary, bool IsLegalReviewer, string? LegalQualificationNumber, string? PhoneMasked,
    DateOnly? LeftPostOn, string CertificateState, int Version);

internal sealed record CertificateView(
    int Id, int OfficerId, string OfficerName, string Number, string Issuer, string Categories, string RegionCode,
    DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status, string StatusName, DateOnly? StatusChangedOn,
    string? StatusReason, int DaysToExpiry, int Version, IReadOnlyList<CertificateReviewView> Reviews);

internal sealed record CertificateReviewView(int Year, DateOnly ReviewedOn, bool Passed, string Reviewer, string? Note);

internal sealed record TrainingLine(int OfficerId, string OfficerName, string AgencyName, decimal Hours, int Courses, int? AverageExamScore, bool Compliant);

internal sealed record AgencyIndicators(
    int AgencyId, string AgencyName, int Officers, int Certified, decimal CertifiedShare, int TrainingCompliant,
    decimal TrainingComplianceShare, int LegalReviewers, decimal LegalReviewerShare, bool LegalReviewerShareMet, int Auxiliaries);

internal sealed record EligibilityView(bool Allowed, string? Code, string? Reason, string? CertificateNumber);
