using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Personnel;
using static Enforcement.Domain.Tests.Personnel.PersonnelBuilders;

namespace Enforcement.Domain.Tests.Personnel;

public sealed class ActingEligibilityTests
{
    private static readonly DivisionCode Gonghe = DivisionCode.Parse("632521");
    private static readonly DateOnly ActDay = D(2025, 6, 10);

    private static EligibilityResult Check(
        Certificate certificate,
        EnforcementCategory category = EnforcementCategory.RoadTransport,
        DivisionCode? region = null,
        DateOnly? on = null) =>
        ActingEligibility.Check(Officer(), [certificate], category, region ?? Gonghe, on ?? ActDay);

    private static void AssertRefused(EligibilityResult result, string code)
    {
        Assert.False(result.Allowed);
        Assert.Equal(code, result.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.Null(result.Certificate);
    }

    private static void AssertAllowed(EligibilityResult result, Certificate certificate)
    {
        Assert.True(result.Allowed, result.Reason);
        Assert.Null(result.Code);
        Assert.Null(result.Reason);
        Assert.Same(certificate, result.Certificate);
    }

    [Fact]
    public void Check_CertifiedOfficerInPost_IsAllowedWithThatCertificate()
    {
        var certificate = Certificate();

        AssertAllowed(Check(certificate), certificate);
    }

    [Fact]
    public void Check_AuxiliaryStaff_IsRefused_EvenWithAValidCertificate()
    {
        var result = ActingEligibility.Check(Officer(auxiliary: true), [Certificate()], EnforcementCategory.RoadTransport, Gonghe, ActDay);

        AssertRefused(result, "auxiliary");
        Assert.Contains("执法辅助人员", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(400)]
    public void Check_OnOrAfterLeavingThePost_IsRefused(int daysAfterLeaving)
    {
        var left = D(2025, 3, 1);
        var officer = Officer(leftPostOn: left);

        var result = ActingEligibility.Check(officer, [Certificate()], EnforcementCategory.RoadTransport, Gonghe, left.AddDays(daysAfterLeaving));

        AssertRefused(result, "left-post");
        Assert.Contains("2025-03-01", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheDayBeforeLeavingThePost_IsAllowed()
    {
        var left = D(2025, 3, 1);
        var certificate = Certificate();

        var result = ActingEligibility.Check(Officer(leftPostOn: left), [certificate], EnforcementCategory.RoadTransport, Gonghe, left.AddDays(-1));

        AssertAllowed(result, certificate);
    }

    [Fact]
    public void Check_NoCertificate_IsRefusedWithNoCertificate()
    {
        var result = ActingEligibility.Check(Officer(), [], EnforcementCategory.RoadTransport, Gonghe, ActDay);

        AssertRefused(result, "no-certificate");
        Assert.Contains("张建国", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnlyAnotherOfficersCertificate_CountsAsNoCertificate()
    {
        var result = ActingEligibility.Check(Officer(), [Certificate(officerId: OfficerId + 1)], EnforcementCategory.RoadTransport, Gonghe, ActDay);

        AssertRefused(result, "no-certificate");
    }

    [Fact]
    public void Check_BeforeTheCertificateWasIssued_IsRefused()
    {
        var certificate = Certificate(issuedOn: D(2025, 6, 11));

        AssertRefused(Check(certificate), "no-valid-certificate");
        AssertAllowed(Check(certificate, on: D(2025, 6, 11)), certificate);
    }

    [Fact]
    public void Check_OnTheExpiryDay_IsAllowed()
    {
        var certificate = Certificate(expiresOn: ActDay);

        AssertAllowed(Check(certificate), certificate);
    }

    [Fact]
    public void Check_TheDayAfterExpiry_IsRefused()
    {
        var certificate = Certificate(expiresOn: ActDay.AddDays(-1));

        var result = Check(certificate);

        AssertRefused(result, "no-valid-certificate");
        Assert.Contains("过期", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CertificateStatus.Suspended, "暂扣")]
    [InlineData(CertificateStatus.Cancelled, "注销")]
    [InlineData(CertificateStatus.Withdrawn, "收回")]
    public void Check_NonValidStatus_IsRefusedFromTheDayItChanged(CertificateStatus status, string name)
    {
        var changed = D(2025, 6, 1);
        var certificate = Certificate(status: status, statusChangedOn: changed);

        var onTheDay = Check(certificate, on: changed);
        var later = Check(certificate, on: changed.AddDays(30));

        AssertRefused(onTheDay, "no-valid-certificate");
        AssertRefused(later, "no-valid-certificate");
        Assert.Contains(name, onTheDay.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CertificateStatus.Suspended)]
    [InlineData(CertificateStatus.Cancelled)]
    [InlineData(CertificateStatus.Withdrawn)]
    public void Check_NonValidStatus_StillAllowsActsBeforeTheDayItChanged(CertificateStatus status)
    {
        var changed = D(2025, 6, 1);
        var certificate = Certificate(status: status, statusChangedOn: changed);

        AssertAllowed(Check(certificate, on: changed.AddDays(-1)), certificate);
    }

    [Theory]
    [InlineData(CertificateStatus.Suspended)]
    [InlineData(CertificateStatus.Cancelled)]
    [InlineData(CertificateStatus.Withdrawn)]
    public void Check_NonValidStatusWithoutChangeDate_IsRefusedOnAnyDay(CertificateStatus status)
    {
        var certificate = Certificate(status: status, statusChangedOn: null);

        AssertRefused(Check(certificate, on: certificate.IssuedOn), "no-valid-certificate");
        AssertRefused(Check(certificate), "no-valid-certificate");
    }

    [Fact]
    public void Check_CategoryNotOnTheCertificate_IsRefused()
    {
        var certificate = Certificate(categories: EnforcementCategory.RoadAdministration);

        var result = Check(certificate, category: EnforcementCategory.WaterwayTransport);

        AssertRefused(result, "no-valid-certificate");
        Assert.Contains("水路运政", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CategoryOnTheCertificate_IsAllowed()
    {
        var certificate = Certificate(categories: EnforcementCategory.RoadAdministration | EnforcementCategory.Port);

        AssertAllowed(Check(certificate, category: EnforcementCategory.Port), certificate);
    }

    [Fact]
    public void Check_CategoryNone_IsAccepted()
    {
        var certificate = Certificate(categories: EnforcementCategory.RoadAdministration);

        AssertAllowed(Check(certificate, category: EnforcementCategory.None), certificate);
    }

    [Theory]
    [InlineData("630000", "632521", true)]  // province-wide certificate covers a county of the province
    [InlineData("632500", "632521", true)]  // 海南州 certificate covers 共和县
    [InlineData("632521", "632521", true)]  // the county itself
    [InlineData("632521", "632523", false)] // 共和县 certificate does not cover 贵德县
    [InlineData("632500", "632621", false)] // another prefecture
    [InlineData("630000", "640104", false)] // another province
    [InlineData("632521", "632500", false)] // a county certificate does not cover its prefecture
    public void Check_Region_IsCoveredOnlyWithinTheCertificateArea(string certificateRegion, string actRegion, bool allowed)
    {
        var certificate = Certificate(regionCode: certificateRegion);

        var result = Check(certificate, region: DivisionCode.Parse(actRegion));

        Assert.Equal(allowed, result.Allowed);
        if (!allowed)
        {
            AssertRefused(result, "no-valid-certificate");
            Assert.Contains(actRegion, result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_CertificateWithInvalidRegionCode_IsRefused()
    {
        AssertRefused(Check(Certificate(regionCode: "990000")), "no-valid-certificate");
    }

    [Fact]
    public void Check_OneExpiredAndOneValidCertificate_ReturnsTheValidOne()
    {
        var expired = Certificate(number: "63000000001", issuedOn: D(2020, 1, 1), expiresOn: D(2022, 12, 31));
        var valid = Certificate(number: "63000000002", issuedOn: D(2023, 1, 1), expiresOn: D(2027, 12, 31));

        var expiredFirst = ActingEligibility.Check(Officer(), [expired, valid], EnforcementCategory.RoadTransport, Gonghe, ActDay);
        var validFirst = ActingEligibility.Check(Officer(), [valid, expired], EnforcementCategory.RoadTransport, Gonghe, ActDay);

        AssertAllowed(expiredFirst, valid);
        AssertAllowed(validFirst, valid);
    }

    [Fact]
    public void Check_ValidCertificateThatExpiresSooner_IsStillFoundBehindAnUnsuitableOne()
    {
        // The later-expiring certificate is examined first but is for another county.
        var elsewhere = Certificate(number: "63000000003", regionCode: "632523", expiresOn: D(2029, 12, 31));
        var here = Certificate(number: "63000000004", expiresOn: D(2025, 12, 31));

        var result = ActingEligibility.Check(Officer(), [elsewhere, here], EnforcementCategory.RoadTransport, Gonghe, ActDay);

        AssertAllowed(result, here);
    }

    [Fact]
    public void Check_FailingCertificate_ReasonIsChineseAndNamesTheCertificateNumber()
    {
        var certificate = Certificate(number: "QH-2024-0815", expiresOn: D(2024, 12, 31));

        var result = Check(certificate);

        AssertRefused(result, "no-valid-certificate");
        Assert.Contains("证件 QH-2024-0815", result.Reason, StringComparison.Ordinal);
        Assert.Contains("已于 2024-12-31 过期", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SeveralFailingCertificates_ReasonNamesEachOfThem()
    {
        var expired = Certificate(number: "QH-A", expiresOn: D(2024, 12, 31));
        var suspended = Certificate(number: "QH-B", status: CertificateStatus.Suspended, statusChangedOn: D(2025, 1, 1));

        var result = ActingEligibility.Check(Officer(), [expired, suspended], EnforcementCategory.RoadTransport, Gonghe, ActDay);

        AssertRefused(result, "no-valid-certificate");
        Assert.Contains("QH-A", result.Reason, StringComparison.Ordinal);
        Assert.Contains("QH-B", result.Reason, StringComparison.Ordinal);
        Assert.Contains("暂扣", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemWith_CoveringCertificate_IsNull()
    {
        Assert.Null(ActingEligibility.ProblemWith(Certificate(), EnforcementCategory.RoadAdministration, Gonghe, ActDay));
    }
}
