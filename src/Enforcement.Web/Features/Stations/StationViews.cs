using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;

namespace Enforcement.Web.Features.Stations;

public sealed record ReasonView(string Code, string Message, string Provision)
{
    public static ReasonView From(DeterminationReason reason) => new(reason.Code, reason.Message, reason.Provision);
}

/// <summary>Whether a device may produce evidence on a date, and why not (DeviceGate's reasons).</summary>
public sealed record ValidityView(DateOnly On, bool Valid, IReadOnlyList<ReasonView> Reasons, string? CertificateNumber)
{
    public static ValidityView Of(Device device, DateOnly on)
    {
        var validity = device.ValidityOn(on);
        return new ValidityView(on, validity.IsValid, [.. validity.Reasons.Select(ReasonView.From)], validity.Certificate?.Number);
    }
}

internal sealed record DeviceSummaryView(
    int Id, string Code, DeviceKind Kind, string KindName, string Model, DeviceStatus Status, string StatusName,
    DateOnly? EnforcementStartsOn, ValidityView Today);

internal sealed record StationView(
    int Id, string Code, string Name, StationKind Kind, string KindName, string RouteCode, string Stake,
    RoadDirection Direction, string DirectionName, int Lanes, decimal Longitude, decimal Latitude, string? Place,
    int AgencyId, string AgencyName, int Version, IReadOnlyList<DeviceSummaryView> Devices);

internal sealed record CertificateView(
    int Id, string Number, string Issuer, DateOnly ValidFrom, DateOnly ValidTo, int DaysToExpiry, string? FileSha256,
    string? FileName, string? ContentType, long? FileSizeBytes);

internal sealed record ReviewView(int Id, ReviewKind Kind, string KindName, DateOnly On, string Reviewer, bool Passed, string? Conclusion);

/// <summary>Credential state only: the secret is shown once at issue and never again.</summary>
internal sealed record CredentialStateView(bool Active, DateTime? IssuedAtUtc, DateTime? RevokedAtUtc);

internal sealed record DeviceView(
    int Id, string Code, DeviceKind Kind, string KindName, int StationId, string StationCode, string StationName,
    string RouteCode, string Stake, int AgencyId, string Model, string Manufacturer, AccuracyClass? AccuracyClass,
    string? AccuracyClassName, decimal? MinSpeedKmh, decimal? MaxSpeedKmh, DateOnly? NoticeFrom, DateOnly? NoticeTo,
    DateOnly? EnforcementStartsOn, DeviceStatus Status, string StatusName, DateOnly? OutOfServiceFrom,
    CredentialStateView Credential, int Version, ValidityView Validity, IReadOnlyList<CertificateView> Certificates,
    IReadOnlyList<ReviewView> Reviews);

internal sealed record ExpiringCertificateView(
    int DeviceId, string DeviceCode, string DeviceKindName, int StationId, string StationCode, string StationName,
    string AgencyName, int CertificateId, string Number, string Issuer, DateOnly ValidTo, int DaysToExpiry, bool Expired);

/// <summary>What the public sees of a device (APL Art 41: locations and enforcement start are published).</summary>
internal sealed record PublicDeviceView(
    string StationCode, string StationName, string StationKind, string Agency, string RouteCode, string Stake,
    string Direction, decimal Longitude, decimal Latitude, string? Place, string DeviceCode, string DeviceKind,
    DateOnly? NoticeFrom, DateOnly? NoticeTo, DateOnly? EnforcementStartsOn, string Status);

/// <summary>The secret, shown this once, and how a gateway sends it.</summary>
internal sealed record IssuedCredentialView(string DeviceCode, string Secret, DateTime IssuedAtUtc, string AuthorizationHeader);
