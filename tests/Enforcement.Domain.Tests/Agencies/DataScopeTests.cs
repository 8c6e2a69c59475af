using Enforcement.Domain.Agencies;
using static Enforcement.Domain.Tests.Agencies.AgencyTreeTests;

namespace Enforcement.Domain.Tests.Agencies;

public sealed class DataScopeTests
{
    [Fact]
    public void ForUser_WithoutSubordinates_AllowsOnlyTheOwnAgency()
    {
        var scope = DataScope.ForUser(Hainan, seesSubordinates: false, Tree());

        Assert.False(scope.Unrestricted);
        Assert.True(scope.Allows(Hainan));
        Assert.False(scope.Allows(Gonghe));
        Assert.False(scope.Allows(Guide));
        Assert.False(scope.Allows(Province));
        Assert.False(scope.Allows(Huangnan));
    }

    [Fact]
    public void ForUser_WithSubordinates_AllowsTheAgencyAndEveryDescendant()
    {
        var scope = DataScope.ForUser(Hainan, seesSubordinates: true, Tree());

        Assert.True(scope.Allows(Hainan));
        Assert.True(scope.Allows(Gonghe));
        Assert.True(scope.Allows(Guide));
        Assert.Equal([Hainan, Gonghe, Guide], scope.AgencyIds.Order());
    }

    [Fact]
    public void ForUser_WithSubordinates_DoesNotAllowTheParentOrSiblingsOrOtherBranches()
    {
        var scope = DataScope.ForUser(Hainan, seesSubordinates: true, Tree());

        Assert.False(scope.Allows(Province));
        Assert.False(scope.Allows(Huangnan));
        Assert.False(scope.Allows(Corps));
        Assert.False(scope.Allows(Detachment));
    }

    [Fact]
    public void ForUser_CountyWithSubordinates_DoesNotSeeItsSiblingCounty()
    {
        var scope = DataScope.ForUser(Gonghe, seesSubordinates: true, Tree());

        Assert.True(scope.Allows(Gonghe));
        Assert.False(scope.Allows(Guide));
    }

    [Fact]
    public void ForUser_RouteDetachmentWithSubordinates_SeesItsTeamButNotTheCorps()
    {
        var scope = DataScope.ForUser(Detachment, seesSubordinates: true, Tree());

        Assert.True(scope.Allows(Team));
        Assert.False(scope.Allows(Corps));
    }

    [Fact]
    public void Everything_AllowsAnyId()
    {
        Assert.True(DataScope.Everything.Unrestricted);
        Assert.True(DataScope.Everything.Allows(Province));
        Assert.True(DataScope.Everything.Allows(999));
        Assert.True(DataScope.Everything.Allows(0));
    }

    [Fact]
    public void Nothing_AllowsNone()
    {
        Assert.False(DataScope.Nothing.Unrestricted);
        Assert.Empty(DataScope.Nothing.AgencyIds);
        foreach (var id in new[] { 0, Province, Hainan, Gonghe, Corps, 999 })
        {
            Assert.False(DataScope.Nothing.Allows(id));
        }
    }
}
