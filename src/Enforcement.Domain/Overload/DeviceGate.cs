namespace Enforcement.Domain.Overload;

/// <summary>What a device lacked on a date; none means its records may become violations.</summary>
[Flags]
public enum DeviceDefects
{
    None = 0,
    Certificate = 1,
    LegalReview = 2,
    TechnicalReview = 4,
    NoPublicNotice = 8,
    InNoticePeriod = 16,
    NotStarted = 32,
    OutOfService = 64,
}

/// <summary>The outcome of the device check for one date.</summary>
/// <param name="Defects">What was missing.</param>
/// <param name="Certificate">The certificate valid on the date, if any (its snapshot goes into the evidence).</param>
public readonly record struct DeviceValidity(DeviceDefects Defects, VerificationCertificate? Certificate)
{
    public bool IsValid => Defects == DeviceDefects.None;

    /// <summary>The reasons, in a fixed order (certificate, reviews, notice, start, service).</summary>
    public IReadOnlyList<DeterminationReason> Reasons
    {
        get
        {
            if (IsValid)
            {
                return [];
            }

            var reasons = new List<DeterminationReason>(2);
            foreach (var (defect, reason) in DeviceGate.ReasonOf)
            {
                if ((Defects & defect) != 0)
                {
                    reasons.Add(reason);
                }
            }

            return reasons;
        }
    }
}

/// <summary>
/// Whether a device's records can be used as evidence on a capture date: a valid verification certificate
/// (《计量法》第九条: unverified instruments may not be used), passed legal and technical reviews and a published
/// location (《行政处罚法》第四十一条), enforcement started after the public notice period. A record that fails is kept
/// and counted but can never become a violation. Dates are China dates (the capture instant in +08:00).
/// </summary>
public static class DeviceGate
{
    internal static readonly (DeviceDefects Defect, DeterminationReason Reason)[] ReasonOf =
    [
        (DeviceDefects.Certificate, DeterminationReason.DeviceCertificate),
        (DeviceDefects.LegalReview, DeterminationReason.DeviceLegalReview),
        (DeviceDefects.TechnicalReview, DeterminationReason.DeviceTechnicalReview),
        (DeviceDefects.NoPublicNotice, DeterminationReason.DeviceNoPublicNotice),
        (DeviceDefects.InNoticePeriod, DeterminationReason.DeviceInNoticePeriod),
        (DeviceDefects.NotStarted, DeterminationReason.DeviceNotStarted),
        (DeviceDefects.OutOfService, DeterminationReason.DeviceOutOfService),
    ];

    public static DeviceValidity Check(WimDevice device, DateOnly capturedOn)
    {
        ArgumentNullException.ThrowIfNull(device);
        var defects = DeviceDefects.None;

        VerificationCertificate? certificate = null;
        var certificates = device.Certificates;
        for (var i = 0; i < certificates.Count; i++)
        {
            if (certificates[i].IsValidOn(capturedOn))
            {
                certificate = certificates[i];
                break;
            }
        }

        if (certificate is null)
        {
            defects |= DeviceDefects.Certificate;
        }

        if (!PassedOn(device.LegalReviews, capturedOn))
        {
            defects |= DeviceDefects.LegalReview;
        }

        if (!PassedOn(device.TechnicalReviews, capturedOn))
        {
            defects |= DeviceDefects.TechnicalReview;
        }

        if (device.NoticeTo is not { } noticeTo)
        {
            defects |= DeviceDefects.NoPublicNotice;
        }
        else if (capturedOn <= noticeTo)
        {
            // Before the notice began the device was simply not in enforcement yet.
            defects |= device.NoticeFrom is { } from && capturedOn >= from
                ? DeviceDefects.InNoticePeriod
                : DeviceDefects.NotStarted;
        }

        if ((defects & (DeviceDefects.InNoticePeriod | DeviceDefects.NotStarted)) == 0
            && (device.EnforcementStartsOn is not { } start || capturedOn < start))
        {
            defects |= DeviceDefects.NotStarted;
        }

        if (device.OutOfServiceFrom is { } retired && capturedOn >= retired)
        {
            defects |= DeviceDefects.OutOfService;
        }

        return new DeviceValidity(defects, certificate);
    }

    /// <summary>The latest review on or before the date passed.</summary>
    private static bool PassedOn(IReadOnlyList<DeviceReview> reviews, DateOnly date)
    {
        DeviceReview? latest = null;
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            if (review.On <= date && (latest is null || review.On >= latest.On))
            {
                latest = review;
            }
        }

        return latest is { Passed: true };
    }
}
