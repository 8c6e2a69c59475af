using Enforcement.Domain.Agencies;

namespace Enforcement.Domain.Tests.Agencies;

/// <summary>
/// Province department (1) → 海南州 bureau (2) → 共和县 (3) and 贵德县 (4); a second prefecture 黄南州 (5) under the
/// province; the provincial corps (6) with a route detachment (7) under it, and a team (8) under the detachment.
/// </summary>
public sealed class AgencyTreeTests
{
    internal const int Province = 1, Hainan = 2, Gonghe = 3, Guide = 4, Huangnan = 5, Corps = 6, Detachment = 7, Team = 8;

    internal static AgencyTree Tree() => new(
    [
        (Province, null),
        (Hainan, Province),
        (Gonghe, Hainan),
        (Guide, Hainan),
        (Huangnan, Province),
        (Corps, null),
        (Detachment, Corps),
        (Team, Detachment),
    ]);

    [Fact]
    public void SelfAndDescendants_OfTheProvince_IsTheWholeProvincialBranch()
    {
        Assert.Equal([Province, Hainan, Gonghe, Guide, Huangnan], Tree().SelfAndDescendants(Province).Order());
    }

    [Fact]
    public void SelfAndDescendants_ListsTheAgencyFirst()
    {
        Assert.Equal(Hainan, Tree().SelfAndDescendants(Hainan)[0]);
    }

    [Fact]
    public void SelfAndDescendants_OfAPrefecture_IsItAndItsCounties()
    {
        Assert.Equal([Hainan, Gonghe, Guide], Tree().SelfAndDescendants(Hainan).Order());
    }

    [Fact]
    public void SelfAndDescendants_OfACounty_IsOnlyItself()
    {
        Assert.Equal([Gonghe], Tree().SelfAndDescendants(Gonghe));
    }

    [Fact]
    public void SelfAndDescendants_OfTheCorps_IncludesTheRouteDetachmentAndItsTeam()
    {
        Assert.Equal([Corps, Detachment, Team], Tree().SelfAndDescendants(Corps).Order());
    }

    [Fact]
    public void SelfAndDescendants_UnknownId_IsEmpty()
    {
        Assert.Empty(Tree().SelfAndDescendants(999));
    }

    [Fact]
    public void Contains_KnowsTheAgencies()
    {
        Assert.True(Tree().Contains(Team));
        Assert.False(Tree().Contains(999));
    }

    [Theory]
    [InlineData(Province, Gonghe)]  // province under its own county
    [InlineData(Province, Hainan)]  // province under its own prefecture
    [InlineData(Hainan, Guide)]     // prefecture under its own county
    [InlineData(Corps, Team)]       // corps under the team of its detachment
    [InlineData(Gonghe, Gonghe)]    // an agency under itself
    public void WouldCreateCycle_AncestorUnderItsDescendant_IsDetected(int id, int newParent)
    {
        Assert.True(Tree().WouldCreateCycle(id, newParent));
    }

    [Theory]
    [InlineData(Gonghe, Huangnan)]  // county moved to the other prefecture
    [InlineData(Detachment, Province)] // detachment moved into the provincial branch
    [InlineData(Hainan, Corps)]     // a whole prefecture moved under another root
    [InlineData(Gonghe, Province)]  // county moved up a level
    public void WouldCreateCycle_LegalMove_IsAllowed(int id, int newParent)
    {
        Assert.False(Tree().WouldCreateCycle(id, newParent));
    }

    [Fact]
    public void WouldCreateCycle_BecomingARoot_IsAllowed()
    {
        Assert.False(Tree().WouldCreateCycle(Hainan, null));
    }
}
