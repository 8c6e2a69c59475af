using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Discretion;

[Collection(PlatformTestGroup.Name)]
public sealed class DiscretionApiTests(SharedPlatforms platforms)
{
    private static object Facts(bool firstOffence = true, long? overLimitKg = null, long? grossMassKg = null, bool nonSite = false) => new
    {
        firstOffence, repeatsIn12Months = 0, vehiclesInvolved = 1, harmCaused = "None", overLimitKg, grossMassKg, detectedNonSite = nonSite,
        mentalCapacity = "Full",
    };

    private static string Recent => DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnlicensedFreight_FirstOffence_RecommendsTheFirstTier_WithTraceAndCitations(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");

        var response = await officer.PostAsJsonAsync("/api/v1/discretion/recommend", new { itemCode = "DL-YZ-001", actOn = Recent, facts = Facts() });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await response.JsonAsync();
        Assert.Equal(3000m, json.GetProperty("minYuan").GetDecimal());
        Assert.Equal(5000m, json.GetProperty("maxYuan").GetDecimal());
        Assert.Equal(4000m, json.GetProperty("recommendedYuan").GetDecimal());
        Assert.Equal(2, json.GetProperty("itemVersion").GetInt32());
        Assert.True(json.GetProperty("trace").GetArrayLength() >= 3);
        Assert.Contains(json.GetProperty("citations").EnumerateArray(), c => c.GetString()!.Contains("第六十三条", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OverLimitNonSite_TwelveTonnesOver_IsSixThousandReducedToSeventyFivePercent(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");

        var json = await (await officer.PostAsJsonAsync("/api/v1/discretion/recommend", new
        {
            itemCode = "GL-LZ-002", actOn = Recent, facts = Facts(overLimitKg: 12_000, grossMassKg: 61_000, nonSite: true),
        })).JsonAsync();

        Assert.Equal(4500m, json.GetProperty("recommendedYuan").GetDecimal());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnknownItem_Is400NamingTheField_AndBenchmarksArePublic(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var unknown = await officer.PostAsJsonAsync("/api/v1/discretion/recommend", new { itemCode = "XX-000", actOn = Recent, facts = Facts() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("itemCode", await unknown.ProblemFieldAsync());

        var anonymous = factory.NewClient();
        var benchmarks = await (await anonymous.GetAsync("/api/v1/discretion/benchmarks")).JsonAsync();
        Assert.True(benchmarks.GetArrayLength() >= 5);
        var catalog = await anonymous.GetAsync("/api/v1/catalog/items");
        Assert.Equal(HttpStatusCode.OK, catalog.StatusCode);
        Assert.True((await catalog.JsonAsync()).GetArrayLength() >= 30);
        var page = await anonymous.GetStringAsync("/public/benchmarks");
        Assert.Contains("DL-YZ-001", page, StringComparison.Ordinal);
    }
}
