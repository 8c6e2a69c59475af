using Enforcement.Domain.Accounts;

namespace Enforcement.Domain.Tests.Accounts;

public sealed class RolesTests
{
    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Auxiliary)]
    [InlineData(Roles.LegalReviewer)]
    [InlineData(Roles.Head)]
    [InlineData(Roles.Supervisor)]
    public void IsAllowedCombination_SingleBusinessRole_IsAllowed(string role)
    {
        Assert.True(Roles.IsAllowedCombination([role]));
    }

    [Fact]
    public void IsAllowedCombination_TwoBusinessRoles_IsAllowed()
    {
        Assert.True(Roles.IsAllowedCombination([Roles.Officer, Roles.LegalReviewer]));
        Assert.True(Roles.IsAllowedCombination([Roles.Head, Roles.Supervisor, Roles.Officer]));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.SecurityAdmin)]
    [InlineData(Roles.AuditAdmin)]
    public void IsAllowedCombination_OneAdministratorRoleAlone_IsAllowed(string role)
    {
        Assert.True(Roles.IsAllowedCombination([role]));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin, Roles.Officer)]
    [InlineData(Roles.AuditAdmin, Roles.Supervisor)]
    [InlineData(Roles.SecurityAdmin, Roles.Head)]
    public void IsAllowedCombination_AdministratorWithBusinessRole_IsRefused(string admin, string business)
    {
        Assert.False(Roles.IsAllowedCombination([admin, business]));
        Assert.False(Roles.IsAllowedCombination([business, admin]));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin, Roles.AuditAdmin)]
    [InlineData(Roles.SystemAdmin, Roles.SecurityAdmin)]
    [InlineData(Roles.SecurityAdmin, Roles.AuditAdmin)]
    public void IsAllowedCombination_TwoAdministratorRoles_IsRefused(string first, string second)
    {
        Assert.False(Roles.IsAllowedCombination([first, second]));
    }

    [Fact]
    public void IsAllowedCombination_AllThreeAdministratorRoles_IsRefused()
    {
        Assert.False(Roles.IsAllowedCombination([.. Roles.Administrators]));
    }

    [Fact]
    public void IsAllowedCombination_NoRole_IsRefused()
    {
        Assert.False(Roles.IsAllowedCombination([]));
    }

    [Theory]
    [InlineData("超级管理员")]
    [InlineData("admin")]
    [InlineData("")]
    public void IsAllowedCombination_UnknownRoleName_IsRefused(string unknown)
    {
        Assert.False(Roles.IsAllowedCombination([unknown]));
        Assert.False(Roles.IsAllowedCombination([Roles.Officer, unknown]));
    }

    [Fact]
    public void Roles_AdministratorsAndBusiness_PartitionAllRoles()
    {
        Assert.Empty(Roles.Administrators.Intersect(Roles.Business));
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), Roles.Administrators.Concat(Roles.Business).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SeesSubordinates_WithSupervisor_IsTrue()
    {
        Assert.True(Roles.SeesSubordinates([Roles.Supervisor]));
        Assert.True(Roles.SeesSubordinates([Roles.Officer, Roles.Supervisor]));
    }

    [Fact]
    public void SeesSubordinates_WithoutSupervisor_IsFalse()
    {
        Assert.False(Roles.SeesSubordinates([]));
        Assert.False(Roles.SeesSubordinates([Roles.Head, Roles.Officer, Roles.LegalReviewer]));
        Assert.False(Roles.SeesSubordinates([Roles.SystemAdmin]));
        Assert.False(Roles.SeesSubordinates([Roles.AuditAdmin]));
    }
}
