using Enforcement.Domain.Accounts;

namespace Enforcement.Domain.Tests.Accounts;

public sealed class SecurityPolicyTests
{
    private static readonly SecurityPolicy Default = SecurityPolicy.Default;

    [Fact]
    public void Default_IsTheBaseline()
    {
        Assert.Equal(10, Default.MinimumLength);
        Assert.Equal(3, Default.RequiredCharacterClasses);
        Assert.Equal(5, Default.MaxFailedAttempts);
        Assert.Equal(15, Default.LockoutMinutes);
        Assert.Equal(30, Default.IdleTimeoutMinutes);
    }

    [Fact]
    public void Check_NineCharacters_IsRefusedMentioningTheMinimumOfTen()
    {
        var problems = Default.Check("Abcdefg1!");

        var problem = Assert.Single(problems);
        Assert.Contains("10", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneCharacterClass_IsRefused()
    {
        var problem = Assert.Single(Default.Check("abcdefghij"));
        Assert.Contains("3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoCharacterClasses_IsRefused()
    {
        Assert.Single(Default.Check("Abcdefghij"));
    }

    [Fact]
    public void Check_ShortAndSimple_ReportsBothProblems()
    {
        Assert.Equal(2, Default.Check("abc").Count);
    }

    [Theory]
    [InlineData("Abcdefghi1")]  // upper, lower, digit
    [InlineData("abcdefgh1!")]  // lower, digit, symbol
    [InlineData("ABCDEFGH1!")]  // upper, digit, symbol
    [InlineData("Abcdefghi!")]  // upper, lower, symbol
    [InlineData("Abcdefgh1!")]  // all four
    public void Check_ThreeOrMoreClassesOfTenCharacters_IsAccepted(string password)
    {
        Assert.Empty(Default.Check(password));
    }

    [Fact]
    public void Check_FourClassesRequired_RefusesThreeAndAcceptsFour()
    {
        var strict = Default with { RequiredCharacterClasses = 4 };

        var problem = Assert.Single(strict.Check("Abcdefghi1"));
        Assert.Contains("4", problem, StringComparison.Ordinal);
        Assert.Empty(strict.Check("Abcdefgh1!"));
    }

    [Fact]
    public void Check_LongerMinimum_IsApplied()
    {
        var longer = Default with { MinimumLength = 12 };

        Assert.Contains("12", Assert.Single(longer.Check("Abcdefgh1!")), StringComparison.Ordinal);
        Assert.Empty(longer.Check("Abcdefgh1!xy"));
    }

    [Fact]
    public void Validate_Default_IsAccepted()
    {
        Assert.Empty(Default.Validate());
    }

    [Fact]
    public void Validate_MinimumLengthEight_IsRefused()
    {
        Assert.Single((Default with { MinimumLength = 8 }).Validate());
    }

    [Fact]
    public void Validate_IdleTimeoutSixtyMinutes_IsRefused()
    {
        Assert.Single((Default with { IdleTimeoutMinutes = 60 }).Validate());
    }

    [Fact]
    public void Validate_TwentyFailedAttempts_IsRefused()
    {
        Assert.Single((Default with { MaxFailedAttempts = 20 }).Validate());
    }

    [Fact]
    public void Validate_TwoCharacterClasses_IsRefused()
    {
        Assert.Single((Default with { RequiredCharacterClasses = 2 }).Validate());
    }

    [Fact]
    public void Validate_StricterValuesWithinBounds_AreAccepted()
    {
        var strict = new SecurityPolicy
        {
            MinimumLength = 16,
            RequiredCharacterClasses = 4,
            MaxFailedAttempts = 3,
            LockoutMinutes = 60,
            IdleTimeoutMinutes = 10,
        };

        Assert.Empty(strict.Validate());
    }

    [Fact]
    public void Validate_SeveralWeakSettings_ReportsEachOfThem()
    {
        var weak = new SecurityPolicy { MinimumLength = 8, IdleTimeoutMinutes = 60, MaxFailedAttempts = 20 };

        Assert.Equal(3, weak.Validate().Count);
    }
}
