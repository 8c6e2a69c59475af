using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Data;
using Enforcement.Web.Tests.Documents;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Discretion;

/// <summary>The live calculator on its page and in the notice form; the notice still computes and stores the recommendation itself.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class CalculatorPageTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CalculatorPage_IsAnInteractiveServerComponent_ForBusinessUsersOnly(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");

        var html = await officer.GetStringAsync("/discretion/calculator");

        Assert.Contains("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal);
        // Prerendered, not yet live: the component marks itself live only once it renders over the circuit.
        Assert.Contains("id=\"calc\" data-live=\"off\"", html, StringComparison.Ordinal);
        Assert.Contains("GL-LZ-002", html, StringComparison.Ordinal);
        var anonymous = await factory.NewClient().GetAsync("/discretion/calculator");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StaticPages_StayStatic(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");

        Assert.DoesNotContain("<!--Blazor:", await officer.GetStringAsync("/cases"), StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:", await officer.GetStringAsync("/public/benchmarks"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The notice form once posted only a handful of facts, so a fact the calculator weighed (vehicles involved) never
    /// reached the server's computation. The form now carries every fact, and the stored range follows it.
    /// </summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NoticeForm_CarriesEveryFactOfTheCalculator_AndTheServerStoresItsOwnRecommendation(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var me = (await (await officer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var headOfficer = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var id = (await CaseSteps.ClueAsync(officer)).GetProperty("id").GetInt32();
        var v = await MoveAsync(officer, id, "SubmitRegistration", new { version = 0, handlerIds = new[] { me, headOfficer } });
        v = await MoveAsync(head, id, "ApproveRegistration", new { version = v });
        v = await MoveAsync(officer, id, "ConcludeInvestigation", new { version = v });

        var page = await officer.GetStringAsync($"/cases/{id}");
        var notice = NoticeForm().Match(page).Value;
        Assert.Contains("id=\"notice-calc\"", notice, StringComparison.Ordinal);
        foreach (var field in (string[])["FirstOffence", "VehiclesInvolved", "GrossMassKg", "DurationDays", "PartyAgeYears", "MentalCapacity", "NoFaultProven", "ProposeReduction"])
        {
            Assert.Contains($"name=\"{field}\"", notice, StringComparison.Ordinal);
        }
        var token = Token().Match(page).Groups["token"].Value;

        // 组织2辆以上车辆: the sample benchmark's 严重 tier, 10 000–50 000 yuan (not the first-offence tier's 3 000–5 000).
        var posted = await officer.PostAsync($"/cases/{id}/moves", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Action"] = "SendNotice", ["Version"] = $"{v}", ["Fine"] = "true", ["FineYuan"] = "20000",
            ["FirstOffence"] = "true", ["VehiclesInvolved"] = "2", ["HarmCaused"] = "None", ["MentalCapacity"] = "Full",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("已办理", Uri.UnescapeDataString(posted.Headers.Location!.ToString()), StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == id);
        Assert.Equal(1_000_000, stored.RecommendedMinFen);
        Assert.Equal(5_000_000, stored.RecommendedMaxFen);
        Assert.Contains("严重", stored.DiscretionTrace, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OverridesApplied_NameTheStatutoryGroundThatHeld_NotSingleExemptionConditions(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var actOn = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var minor = await RecommendAsync(officer, "GL-LZ-002", actOn, new { overLimitKg = 5000, violationMinor = true, correctedInTime = true, harmCaused = "None" });
        Assert.Equal("NoPenaltyMandatory", minor.GetProperty("outcome").GetString());
        var applied = Assert.Single(minor.GetProperty("overridesApplied").EnumerateArray());
        Assert.Equal("《行政处罚法》第三十三条第一款", applied.GetProperty("provision").GetString());

        // Two of the five conditions of the 免罚清单 hold (first offence, corrected): the list does not apply, nothing is listed.
        var partly = await RecommendAsync(officer, "GL-LZ-010", actOn, new { firstOffence = true, correctedInTime = true, harmCaused = "Serious" });
        Assert.NotEqual("NoPenaltyMandatory", partly.GetProperty("outcome").GetString());
        Assert.Empty(partly.GetProperty("overridesApplied").EnumerateArray());
    }

    private static async Task<System.Text.Json.JsonElement> RecommendAsync(HttpClient client, string itemCode, string actOn, object facts)
    {
        var response = await client.PostAsJsonAsync("/api/v1/discretion/recommend", new { itemCode, actOn, facts });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static async Task<int> MoveAsync(HttpClient client, int id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{id}/moves/{action}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("version").GetInt32();
    }

    [GeneratedRegex("<form[^>]*data-action=\"SendNotice\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex NoticeForm();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
