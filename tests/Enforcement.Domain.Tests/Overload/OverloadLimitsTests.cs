using Enforcement.Domain.Overload;

namespace Enforcement.Domain.Tests.Overload;

/// <summary>62号令 Art 3 and the 认定标准 (RULES §2.2–§2.3; shared overload-limits.csv).</summary>
public sealed class OverloadLimitsTests
{
    private static readonly OverloadLimitTable Table = OverloadLimitTables.Order62Of2016;

    private static LimitResolution Resolve(VehicleConfiguration configuration, int? registered = null) =>
        OverloadLimits.Resolve(Table, configuration, registered);

    private static VehicleConfiguration Config(int axles, VehicleBodyType body) => new() { AxleCount = axles, Body = body };

    [Theory]
    [InlineData(2, VehicleBodyType.RigidTruck, 18_000)]
    [InlineData(3, VehicleBodyType.RigidTruck, 25_000)]
    [InlineData(3, VehicleBodyType.CentreAxleTrailerTrain, 27_000)]
    [InlineData(3, VehicleBodyType.Articulated, 27_000)]
    [InlineData(4, VehicleBodyType.RigidTruck, 31_000)]
    [InlineData(4, VehicleBodyType.CentreAxleTrailerTrain, 36_000)]
    [InlineData(4, VehicleBodyType.Articulated, 36_000)]
    [InlineData(4, VehicleBodyType.FullTrailerTrain, 36_000)]
    [InlineData(5, VehicleBodyType.CentreAxleTrailerTrain, 43_000)]
    [InlineData(5, VehicleBodyType.Articulated, 43_000)]
    [InlineData(5, VehicleBodyType.FullTrailerTrain, 43_000)]
    [InlineData(6, VehicleBodyType.CentreAxleTrailerTrain, 49_000)]
    [InlineData(6, VehicleBodyType.Articulated, 49_000)]
    [InlineData(6, VehicleBodyType.FullTrailerTrain, 49_000)]
    [InlineData(7, VehicleBodyType.Articulated, 49_000)]
    public void EachListedConfiguration_HasTheTableLimit(int axles, VehicleBodyType body, int limitKg)
    {
        var result = Resolve(Config(axles, body));

        Assert.Equal(limitKg, result.LimitKg);
        Assert.Null(result.Reason);
        Assert.Equal(DeterminationStepKind.LimitBase, result.Steps[0].Kind);
        Assert.False(string.IsNullOrEmpty(result.Steps[0].Provision));
    }

    [Theory]
    [InlineData(5, VehicleBodyType.RigidTruck)]
    [InlineData(2, VehicleBodyType.Articulated)]
    [InlineData(3, VehicleBodyType.FullTrailerTrain)]
    [InlineData(1, VehicleBodyType.RigidTruck)]
    public void ConfigurationNotInTheTable_HasNoLimit_AndSaysWhy(int axles, VehicleBodyType body)
    {
        var result = Resolve(Config(axles, body));

        Assert.Null(result.LimitKg);
        Assert.Equal(DeterminationReason.NoLimitRow, result.Reason);
    }

    [Theory]
    [InlineData(3, 26_000)]
    [InlineData(4, 32_000)]
    public void RigidTruck_WithDualTyreDriveAxleAndAirSuspension_GetsOneTonneMore(int axles, int limitKg)
    {
        var result = Resolve(Config(axles, VehicleBodyType.RigidTruck) with { DualTyreDriveAxle = true, AirSuspension = true });

        Assert.Equal(limitKg, result.LimitKg);
        Assert.Contains(result.Steps, s => s.Kind == DeterminationStepKind.LimitAirSuspension && s.Provision == OverloadProvisions.StandardNote4);
    }

    [Fact]
    public void AirSuspensionBonus_NeedsBothDualTyresAndAirSuspension_AndOnlyThreeOrFourAxles()
    {
        Assert.Equal(25_000, Resolve(Config(3, VehicleBodyType.RigidTruck) with { AirSuspension = true }).LimitKg);
        Assert.Equal(25_000, Resolve(Config(3, VehicleBodyType.RigidTruck) with { DualTyreDriveAxle = true }).LimitKg);
        Assert.Equal(18_000, Resolve(Config(2, VehicleBodyType.RigidTruck) with { DualTyreDriveAxle = true, AirSuspension = true }).LimitKg);
    }

    [Theory]
    [InlineData(1_800, 37_000)]
    [InlineData(1_799, 36_000)]
    [InlineData(null, 36_000)]
    public void FourAxleArticulated_WithDualTyresAirSuspensionAndSpacingFrom1800mm_Is37Tonnes(int? spacingMm, int limitKg)
    {
        var result = Resolve(Config(4, VehicleBodyType.Articulated) with
        {
            DualTyreDriveAxle = true, AirSuspension = true, SemiTrailerAxleSpacingMm = spacingMm,
        });

        Assert.Equal(limitKg, result.LimitKg);
    }

    [Fact]
    public void FourAxleArticulated_WithoutAirSuspension_StaysAt36Tonnes()
    {
        Assert.Equal(36_000, Resolve(Config(4, VehicleBodyType.Articulated) with
        {
            DualTyreDriveAxle = true, SemiTrailerAxleSpacingMm = 2_000,
        }).LimitKg);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void SixOrMoreAxles_WithSingleDriveAxle_Is46Tonnes(int axles)
    {
        var result = Resolve(Config(axles, VehicleBodyType.Articulated) with { SingleDriveAxle = true });

        Assert.Equal(46_000, result.LimitKg);
        Assert.Contains(result.Steps, s => s.Kind == DeterminationStepKind.LimitSingleDriveAxle && s.Provision == OverloadProvisions.Article3Item8);
    }

    [Fact]
    public void FiveAxles_WithSingleDriveAxle_KeepTheirLimit()
    {
        Assert.Equal(43_000, Resolve(Config(5, VehicleBodyType.Articulated) with { SingleDriveAxle = true }).LimitKg);
    }

    [Theory]
    [InlineData(1, 22_000)]
    [InlineData(2, 19_000)]
    public void EachSingleTyreAxle_LowersTheLimitByThreeTonnes(int singleTyreAxles, int limitKg)
    {
        var result = Resolve(Config(3, VehicleBodyType.RigidTruck) with { SingleTyreAxles = singleTyreAxles });

        Assert.Equal(limitKg, result.LimitKg);
        Assert.Contains(result.Steps, s => s.Kind == DeterminationStepKind.LimitSingleTyre && s.B == 3_000L * singleTyreAxles);
    }

    [Fact]
    public void SingleTyreDeduction_AppliesAfterTheAirSuspensionBonus()
    {
        var result = Resolve(Config(4, VehicleBodyType.RigidTruck) with { DualTyreDriveAxle = true, AirSuspension = true, SingleTyreAxles = 1 });

        Assert.Equal(29_000, result.LimitKg);
    }

    [Theory]
    [InlineData(16_000, 16_000)]
    [InlineData(17_999, 17_999)]
    [InlineData(18_000, 18_000)]
    [InlineData(25_000, 18_000)]
    public void TwoAxleTruck_IsAlsoCappedByItsVehicleLicence(int registeredKg, int limitKg)
    {
        var result = Resolve(Config(2, VehicleBodyType.RigidTruck), registeredKg);

        Assert.Equal(limitKg, result.LimitKg);
        Assert.Contains(result.Steps, s => s is { Kind: DeterminationStepKind.LimitRegistered, Held: true } && s.A == registeredKg);
    }

    [Fact]
    public void TwoAxleTruck_WithoutLicenceFigure_Uses18Tonnes_AndTheTraceSaysToCheck()
    {
        var result = Resolve(Config(2, VehicleBodyType.RigidTruck));

        Assert.Equal(18_000, result.LimitKg);
        var step = Assert.Single(result.Steps, s => s.Kind == DeterminationStepKind.LimitRegistered);
        Assert.False(step.Held);
        Assert.Contains("行驶证", step.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LicenceFigure_DoesNotCapVehiclesOtherThanTwoAxleTrucks()
    {
        Assert.Equal(25_000, Resolve(Config(3, VehicleBodyType.RigidTruck), registered: 20_000).LimitKg);
    }

    [Theory]
    [InlineData(4, VehicleBodyType.CentreAxleTrailerTrain, OverloadLimitTables.CentreAxle35tLayout, 35_000)]
    [InlineData(5, VehicleBodyType.Articulated, OverloadLimitTables.Articulated42tLayout, 42_000)]
    public void NamedLayouts_UseTheirOwnRow_FlaggedUnverified(int axles, VehicleBodyType body, string layout, int limitKg)
    {
        var result = Resolve(Config(axles, body) with { Layout = layout });

        Assert.Equal(limitKg, result.LimitKg);
        Assert.False(result.Steps[0].Held);
        Assert.Contains("未经核实", result.Steps[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRow_CitesItsSource_AndTheTableIsInForceFrom62OrderEffectiveDate()
    {
        Assert.Equal(new DateOnly(2016, 9, 21), Table.EffectiveFrom);
        Assert.All(Table.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Equal(Table.Rows.Count, Table.Rows.Select(r => (r.AxleCount, r.Body, r.Layout)).Distinct().Count());
    }

    [Fact]
    public void SampleCodes_MapToTheConfigurationsTheirDigitsDescribe()
    {
        var codes = ConfigurationCodeTable.Sample;

        Assert.Equal(49_000, OverloadLimits.Resolve(Table, codes.Find("157")!).LimitKg);
        Assert.Equal(46_000, OverloadLimits.Resolve(Table, codes.Find("1127")!).LimitKg);
        Assert.Equal(25_000, OverloadLimits.Resolve(Table, codes.Find("15")!).LimitKg);
        Assert.Null(codes.Find("999"));
        Assert.Null(codes.Find(""));
        Assert.True(codes.Unverified);
    }
}
