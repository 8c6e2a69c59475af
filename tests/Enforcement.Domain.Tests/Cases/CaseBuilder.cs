using Enforcement.Domain.Accounts;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Personnel;
using Enforcement.Domain.Tests.Calendar;

namespace Enforcement.Domain.Tests.Cases;

/// <summary>
/// Test data for the case lifecycle: a case in any status with the facts that status implies, a context with the real
/// 2024–2026 calendar, and one actor per role.
/// <para>
/// The default general-procedure timeline (2025), chosen so that every default date is a working day and every period
/// is met: violation 03-03; submitted 03-05; registered 03-10 (decision limit: +90 days = Sun 06-08 → Mon 06-09);
/// concluded 04-01; notice served Mon 04-07 (statement 3 working days → Thu 04-10, hearing request 5 working days →
/// Mon 04-14); hearing requested 04-09; decided Tue 05-06 (after 劳动节 05-01..05-05); served Wed 05-07 (payment
/// 15 days → Thu 05-22); paid 05-15; closed 05-20; archived 05-27.
/// </para>
/// </summary>
internal static class CaseBuilder
{
    public const int Officer1 = 1;
    public const int Officer2 = 2;
    public const int Officer3 = 3;
    public const int HeadOfficer = 5;
    public const int ReviewerOfficer = 7;
    public const int AuxiliaryOfficer = 8;
    public const int IneligibleOfficer = 9;

    /// <summary>Why officer 9 may not act (the eligibility lookup's answer).</summary>
    public const string IneligibleReason = "赵六未取得执法证件（《行政处罚法》第四十二条）";

    public const string Number = "青交执罚〔2025〕12号";

    public static readonly DateOnly ViolationOn = D(2025, 3, 3);
    public static readonly DateOnly SubmittedOn = D(2025, 3, 5);
    public static readonly DateOnly RegisteredOn = D(2025, 3, 10);
    public static readonly DateOnly ConcludedOn = D(2025, 4, 1);
    public static readonly DateOnly NoticeServedOn = D(2025, 4, 7);
    public static readonly DateOnly HearingRequestedOn = D(2025, 4, 9);
    public static readonly DateOnly DecidedOn = D(2025, 5, 6);
    public static readonly DateOnly ServedOn = D(2025, 5, 7);
    public static readonly DateOnly PaidOn = D(2025, 5, 15);
    public static readonly DateOnly ClosedOn = D(2025, 5, 20);

    /// <summary>Proposed in the notice: a 2 000-yuan fine; the benchmark recommends 1 000–3 000 yuan.</summary>
    public const long ProposedFineFen = 2_000_00;
    public const long RecommendedMinFen = 1_000_00;
    public const long RecommendedMaxFen = 3_000_00;

    /// <summary>Decided: a 1 500-yuan fine.</summary>
    public const long DecidedFineFen = 1_500_00;

    public static readonly DateTime Now = new(2025, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    // ---- Actors ----

    /// <summary>执法人员, officer 1, a handler of the default case.</summary>
    public static CaseActor Officer { get; } = new("zhangjianguo", Officer1, [Roles.Officer]);

    /// <summary>执法人员, officer 3: eligible but not a handler of the default case.</summary>
    public static CaseActor OtherOfficer { get; } = new("liming", Officer3, [Roles.Officer]);

    /// <summary>机构负责人, officer 5.</summary>
    public static CaseActor Head { get; } = new("wangfuzeren", HeadOfficer, [Roles.Head]);

    /// <summary>法制审核人员, officer 7: the only one with the legal professional qualification.</summary>
    public static CaseActor Reviewer { get; } = new("chenfazhi", ReviewerOfficer, [Roles.LegalReviewer]);

    /// <summary>执法辅助人员, officer 8.</summary>
    public static CaseActor Auxiliary { get; } = new("liuxiezhu", AuxiliaryOfficer, [Roles.Auxiliary]);

    public static CaseActor ActorFor(string role) => role switch
    {
        Roles.Officer => Officer,
        Roles.Head => Head,
        Roles.LegalReviewer => Reviewer,
        Roles.Auxiliary => Auxiliary,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "No test actor for this role."),
    };

    // ---- Context ----

    public static WorkingCalendar WorkingDays { get; } = ChinaHolidays.Calendar();

    private static readonly DivisionCode Region = DivisionCode.Parse("632521");

    /// <summary>
    /// The real 2024–2026 calendar; officers 1, 2 and 3 hold certificates valid 2024-01-01 to 2028-12-31 (or to the
    /// date in <paramref name="certificateExpiries"/>), officer 9 holds none; only officer 7 has the legal professional
    /// qualification; the self-check finds <paramref name="selfCheckFindings"/> (none by default).
    /// </summary>
    public static CaseContext Context(
        IReadOnlyList<string>? selfCheckFindings = null,
        CaseRules? rules = null,
        IReadOnlyDictionary<int, DateOnly>? certificateExpiries = null)
    {
        IReadOnlyList<string> findings = selfCheckFindings ?? [];
        return new CaseContext(
            WorkingDays,
            rules ?? CaseRules.Default,
            (officer, on) => Eligibility(officer, on, certificateExpiries),
            officer => officer == ReviewerOfficer,
            _ => findings);
    }

    private static EligibilityResult Eligibility(int officer, DateOnly on, IReadOnlyDictionary<int, DateOnly>? expiries)
    {
        if (officer is not (Officer1 or Officer2 or Officer3))
        {
            return officer == IneligibleOfficer
                ? EligibilityResult.No("no-certificate", IneligibleReason)
                : EligibilityResult.No("no-certificate", $"人员 {officer} 未取得执法证件（《行政处罚法》第四十二条）");
        }

        var certificate = new Certificate
        {
            OfficerId = officer,
            Number = $"6300000000{officer}",
            Issuer = "青海省交通运输厅",
            Categories = EnforcementCategory.RoadAdministration | EnforcementCategory.RoadTransport,
            RegionCode = "632521",
            IssuedOn = D(2024, 1, 1),
            ExpiresOn = expiries is not null && expiries.TryGetValue(officer, out var expiry) ? expiry : D(2028, 12, 31),
        };
        return ActingEligibility.ProblemWith(certificate, EnforcementCategory.RoadTransport, Region, on) is { } problem
            ? EligibilityResult.No("no-valid-certificate", $"证件 {certificate.Number}：{problem}")
            : EligibilityResult.Yes(certificate);
    }

    // ---- Cases ----

    /// <summary>A general-procedure case in <paramref name="status"/> with the facts that status implies (see the timeline above).</summary>
    public static EnforcementCase InStatus(CaseStatus status)
    {
        var c = new EnforcementCase
        {
            Id = 42,
            AgencyId = 3,
            Title = "未按规定携带道路运输证",
            ItemCode = "RT-0001",
            RegionCode = "632521",
            PartyKind = PartyKind.NaturalPerson,
            Source = CaseSource.Inspection,
            ViolationOn = ViolationOn,
            Status = status,
            Version = 3,
        };

        switch (status)
        {
            case CaseStatus.Clue:
                break;
            case CaseStatus.RegistrationPending:
                Submitted(c);
                break;
            case CaseStatus.NotRegistered:
                Submitted(c);
                c.OutcomeReason = "不属于本机关管辖";
                break;
            case CaseStatus.Investigating:
                Registered(c);
                break;
            case CaseStatus.Withdrawn:
                Registered(c);
                c.OutcomeReason = "违法事实不成立";
                break;
            case CaseStatus.Transferred:
                Registered(c);
                c.OutcomeReason = "涉嫌犯罪，移送公安机关";
                break;
            case CaseStatus.InvestigationConcluded or CaseStatus.LegalReview or CaseStatus.CollectiveDiscussion:
                Concluded(c);
                break;
            case CaseStatus.Notified:
                Notified(c);
                break;
            case CaseStatus.Hearing:
                Notified(c);
                c.HearingRight = true;
                c.HearingRequestedOn = HearingRequestedOn;
                break;
            case CaseStatus.DecisionPending:
                Notified(c);
                break;
            case CaseStatus.LegalReviewBeforeDecision:
                // Heard: notice 04-16 reached the party seven working days before the hearing on Mon 04-28.
                Notified(c);
                c.HearingRight = true;
                c.HearingRequestedOn = HearingRequestedOn;
                c.HearingNoticeOn = D(2025, 4, 16);
                c.HearingOn = D(2025, 4, 28);
                break;
            case CaseStatus.Decided:
                Decided(c);
                break;
            case CaseStatus.NoPenaltyDecided:
                Concluded(c);
                c.DecidedOn = DecidedOn;
                c.OutcomeReason = "违法行为轻微并及时改正，没有造成危害后果（《行政处罚法》第三十三条）";
                break;
            case CaseStatus.Served or CaseStatus.Enforcing:
                Served(c);
                break;
            case CaseStatus.OnTheSpotDecided:
                c.Procedure = CaseProcedure.Summary;
                c.Number = "青交当罚〔2025〕0001号";
                c.HandlerIds = [Officer1, Officer2];
                c.RegisteredOn = ViolationOn;
                c.DecidedOn = ViolationOn;
                c.DecidedKinds = PenaltyKinds.Fine;
                c.DecidedFineFen = 100_00;
                break;
            case CaseStatus.Closed:
                Served(c);
                c.PaidOn = PaidOn;
                c.ClosedOn = ClosedOn;
                break;
            case CaseStatus.Archived:
                Served(c);
                c.PaidOn = PaidOn;
                c.ClosedOn = ClosedOn;
                c.ArchivedOn = D(2025, 5, 27);
                break;
        }
        return c;
    }

    private static void Submitted(EnforcementCase c)
    {
        c.SubmittedOn = SubmittedOn;
        c.HandlerIds = [Officer1, Officer2];
    }

    private static void Registered(EnforcementCase c)
    {
        Submitted(c);
        c.RegisteredOn = RegisteredOn;
        c.Number = Number;
    }

    private static void Concluded(EnforcementCase c)
    {
        Registered(c);
        c.ConcludedOn = ConcludedOn;
    }

    private static void Notified(EnforcementCase c)
    {
        Concluded(c);
        c.ProposedKinds = PenaltyKinds.Fine;
        c.ProposedFineFen = ProposedFineFen;
        c.RecommendedMinFen = RecommendedMinFen;
        c.RecommendedMaxFen = RecommendedMaxFen;
        c.NoticeServedOn = NoticeServedOn;
    }

    private static void Decided(EnforcementCase c)
    {
        Notified(c);
        c.DecidedOn = DecidedOn;
        c.DecidedKinds = PenaltyKinds.Fine;
        c.DecidedFineFen = DecidedFineFen;
    }

    private static void Served(EnforcementCase c)
    {
        Decided(c);
        c.ServedOn = ServedOn;
        c.ServiceMethod = ServiceMethod.Direct;
    }

    // ---- Applying ----

    public static Result<CaseHistoryRow> Apply(EnforcementCase c, CaseCommand command, CaseContext? context = null) =>
        CaseLifecycle.Apply(c, command, context ?? Context(), Now);

    public static CaseCommand Command(CaseAction action, CaseActor actor, DateOnly on) => new(action, actor, on);
}
