namespace Enforcement.Web.Features.Stations;

/// <summary>
/// Configurable registry thresholds (section "Stations"). The 30-day certificate warning matches the personnel
/// module's; a verification certificate is a scan (PDF or photo), so 20 MB is ample.
/// </summary>
internal sealed class StationsOptions
{
    public int CertificateWarningDays { get; set; } = 30;
    public long CertificateMaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How long browsers and proxies may keep the public device listing (seconds).</summary>
    public int PublicListingMaxAgeSeconds { get; set; } = 300;
}
