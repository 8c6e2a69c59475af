using Enforcement.Domain.Calendar;
using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Cases;

/// <summary>
/// What the guards may consult besides the case: the working calendar, the configured rules, and lookups the
/// application supplies (the eligibility of an officer for this case's category and region on a date; whether an
/// officer holds the legal professional qualification; the pre-archive self-check findings).
/// </summary>
public sealed record CaseContext(
    WorkingCalendar Calendar,
    CaseRules Rules,
    Func<int, DateOnly, EligibilityResult> Eligibility,
    Func<int, bool> HasLegalQualification,
    Func<EnforcementCase, IReadOnlyList<string>> SelfCheckFindings);
