using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Personnel;
using static Enforcement.Domain.Tests.Cases.CaseBuilder;

namespace Enforcement.Domain.Tests.Cases;

public sealed class CaseFileCheckTests
{
    private static readonly Func<int, DateOnly, EligibilityResult> AllEligible = (_, _) => EligibilityResult.Yes(new Certificate { Number = "X", Issuer = "Y", RegionCode = "630000" });

    private static IReadOnlyList<string> Check(EnforcementCase c, IEnumerable<DocumentKind> documents, Func<int, DateOnly, EligibilityResult>? eligibility = null) =>
        CaseFileCheck.Findings(c, documents.ToHashSet(), [], eligibility ?? AllEligible);

    [Fact]
    public void ClosedGeneralCase_RequiresTheDocumentsOfItsPath_InFileOrder()
    {
        var c = InStatus(CaseStatus.Closed);
        c.ServiceMethod = ServiceMethod.Direct;

        Assert.Equal(
            [DocumentKind.RegistrationForm, DocumentKind.ViolationNotice, DocumentKind.PenaltyDecision, DocumentKind.ServiceReceipt, DocumentKind.ClosingReport],
            CaseFileCheck.RequiredDocuments(c).Where(k => k != DocumentKind.HearingNotice));
    }

    [Fact]
    public void MissingDocuments_AreEachNamed_AndACompleteFileHasNoDocumentFinding()
    {
        var c = InStatus(CaseStatus.Closed);
        c.ServiceMethod = ServiceMethod.Direct;

        var missing = Check(c, [DocumentKind.RegistrationForm]);
        Assert.Contains("缺少违法行为通知书", missing);
        Assert.Contains("缺少行政处罚决定书", missing);

        var complete = Check(c, CaseFileCheck.RequiredDocuments(c));
        Assert.DoesNotContain(complete, f => f.StartsWith("缺少", StringComparison.Ordinal));
    }

    [Fact]
    public void HandlerWithoutAValidCertificateOnAnActDay_IsFound_WithTheDayAndTheAct()
    {
        var c = InStatus(CaseStatus.Closed);
        c.ServiceMethod = ServiceMethod.Direct;
        var decided = c.DecidedOn!.Value;
        c.History.Add(new CaseHistoryRow { From = CaseStatus.DecisionPending, To = CaseStatus.Decided, Action = CaseAction.Decide, ActorUserName = "head", On = decided });

        var findings = Check(c, CaseFileCheck.RequiredDocuments(c),
            (officer, on) => officer == Officer2 && on == decided ? EligibilityResult.No("expired", "证件已过期") : AllEligible(officer, on));

        Assert.Contains(findings, f => f.Contains(decided.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                                       && f.Contains("作出处罚决定", StringComparison.Ordinal) && f.Contains("证件已过期", StringComparison.Ordinal));
    }

    [Fact]
    public void BreachedDeadlines_AndUnexplainedDeviation_AreFound()
    {
        var c = InStatus(CaseStatus.Closed);
        c.ServiceMethod = ServiceMethod.Direct;
        c.RecommendedMinFen = 300_000;
        c.RecommendedMaxFen = 500_000;
        c.DecidedFineFen = 800_000;
        c.DeviationReason = null;
        CaseClock[] late = [new("decision", "作出处罚决定", "《行政处罚法》第六十条", D(2025, 3, 10), D(2025, 6, 8), false, ClockState.MetLate, D(2025, 6, 20), -12)];

        var findings = CaseFileCheck.Findings(c, CaseFileCheck.RequiredDocuments(c).ToHashSet(), late, AllEligible);

        Assert.Contains(findings, f => f.Contains("作出处罚决定超过法定期限", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("裁量基准", StringComparison.Ordinal));
    }
}
