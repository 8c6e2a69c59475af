using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Tests.Personnel;

/// <summary>Test data: an officer in post and a certificate of his that covers the default act unless a test changes it.</summary>
internal static class PersonnelBuilders
{
    public const int OfficerId = 7;

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static Officer Officer(bool auxiliary = false, DateOnly? leftPostOn = null) => new()
    {
        Id = OfficerId,
        AgencyId = 3,
        Name = "张建国",
        IdNumber = "11010519491231002X",
        Gender = Gender.Male,
        IsAuxiliary = auxiliary,
        LeftPostOn = leftPostOn,
    };

    /// <summary>A valid road-administration and road-transport certificate for 共和县 (632521), 2024-01-01 to 2026-12-31.</summary>
    public static Certificate Certificate(
        string number = "63000000001",
        string regionCode = "632521",
        EnforcementCategory categories = EnforcementCategory.RoadAdministration | EnforcementCategory.RoadTransport,
        DateOnly? issuedOn = null,
        DateOnly? expiresOn = null,
        CertificateStatus status = CertificateStatus.Valid,
        DateOnly? statusChangedOn = null,
        int officerId = OfficerId) => new()
    {
        OfficerId = officerId,
        Number = number,
        Issuer = "青海省交通运输厅",
        Categories = categories,
        RegionCode = regionCode,
        IssuedOn = issuedOn ?? D(2024, 1, 1),
        ExpiresOn = expiresOn ?? D(2026, 12, 31),
        Status = status,
        StatusChangedOn = statusChangedOn,
    };
}
