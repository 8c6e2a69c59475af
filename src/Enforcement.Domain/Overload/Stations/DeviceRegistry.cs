namespace Enforcement.Domain.Overload.Stations;

/// <summary>
/// The one mapping from the registry's stored device to what the determination judges (<see cref="WimDevice"/>),
/// and the registry's view of a device's validity on a date, decided by <see cref="DeviceGate"/>.
/// </summary>
public static class DeviceRegistry
{
    /// <summary>
    /// The device as the law sees it. Needs <see cref="Device.Station"/>, <see cref="Device.Certificates"/> and
    /// <see cref="Device.Reviews"/> loaded: a missing collection would read as "no certificate", so the station's
    /// absence is refused rather than guessed.
    /// </summary>
    public static WimDevice ToWimDevice(this Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var station = device.Station ?? throw new InvalidOperationException($"device {device.Code}: station not loaded");
        return new WimDevice
        {
            Code = device.Code,
            // A scale without a recorded class is judged as the coarsest class enforcement devices have (JJG 907; RULES §2.5).
            AccuracyClass = device.AccuracyClass ?? AccuracyClass.Class10,
            Certificates = [.. device.Certificates.Select(c => c.ToVerificationCertificate())],
            LegalReviews = [.. device.Reviews.Where(r => r.Kind == ReviewKind.Legal).Select(r => r.ToDeviceReview())],
            TechnicalReviews = [.. device.Reviews.Where(r => r.Kind == ReviewKind.Technical).Select(r => r.ToDeviceReview())],
            NoticeFrom = device.NoticeFrom,
            NoticeTo = device.NoticeTo,
            EnforcementStartsOn = device.EnforcementStartsOn,
            OutOfServiceFrom = device.OutOfServiceFrom,
            MinSpeedKmh = device.MinSpeedKmh,
            MaxSpeedKmh = device.MaxSpeedKmh,
            RouteCode = station.RouteCode,
        };
    }

    /// <summary>
    /// Whether the device may produce evidence on <paramref name="on"/> (a China date). Cameras read plates and show
    /// the vehicle; they measure nothing, so 计量法 Art 9's verification does not apply to them and a missing
    /// certificate is not held against them. Every other condition (reviews, notice, start, service) applies to all.
    /// </summary>
    public static DeviceValidity ValidityOn(this Device device, DateOnly on)
    {
        var validity = DeviceGate.Check(device.ToWimDevice(), on);
        return device.Kind == DeviceKind.WimScale
            ? validity
            : validity with { Defects = validity.Defects & ~DeviceDefects.Certificate };
    }

    /// <summary>Published (APL Art 41: locations are made public) once the public notice has begun.</summary>
    public static bool IsPublishedOn(this Device device, DateOnly on) => device.NoticeFrom is { } from && from <= on;

    /// <summary>The certificate that runs out last, or null; expiry warnings look at it.</summary>
    public static DeviceCertificate? LatestCertificate(this Device device) =>
        device.Certificates.OrderByDescending(c => c.ValidTo).ThenByDescending(c => c.Id).FirstOrDefault();
}
