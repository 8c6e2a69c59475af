namespace Enforcement.Web.Features.Personnel;

/// <summary>
/// Configurable personnel thresholds (section "Personnel"). RULES §10 gives 30 days of expiry warning; the seed
/// documents require 60 training hours a year and legal reviewers of at least 5 % of enforcement officers.
/// </summary>
internal sealed class PersonnelOptions
{
    public int ExpiryWarningDays { get; set; } = 30;
    public int RequiredTrainingHoursPerYear { get; set; } = 60;
    public decimal MinimumLegalReviewerShare { get; set; } = 0.05m;
}
