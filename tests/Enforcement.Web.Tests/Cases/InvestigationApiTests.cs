using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Web.Tests.Documents;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Cases;

/// <summary>先行登记保存 and the extension of the decision period through the API, on both providers.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed class InvestigationApiTests(SharedPlatforms platforms)
{
    private static DateOnly Today => Enforcement.Domain.Common.ChinaTime.Today(DateTimeOffset.UtcNow);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preservation_BlocksTheEndOfTheInvestigation_UntilItsHandlingDecision(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var investigating = await CaseSteps.InvestigatingAsync(officer, head);
        var id = investigating.GetProperty("id").GetInt32();

        var byOfficer = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/PreserveEvidence", new { version = 2, preservedItems = "道路运输证一份" });
        Assert.Equal(HttpStatusCode.Conflict, byOfficer.StatusCode);
        var preserved = await OkAsync(await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/PreserveEvidence", new { version = 2, preservedItems = "道路运输证一份" }));
        var preservation = Assert.Single(preserved.GetProperty("preservations").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, preservation.GetProperty("decidedOn").ValueKind);
        Assert.Contains(preserved.GetProperty("clocks").EnumerateArray(), k => k.GetProperty("code").GetString() == "evidence-preservation-1");

        var conclude = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/ConcludeInvestigation", new { version = 3 });
        Assert.Equal(HttpStatusCode.Conflict, conclude.StatusCode);
        Assert.Contains("第五十六条", await conclude.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var decided = await OkAsync(await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/DecidePreservedEvidence",
            new { version = 3, preservationId = preservation.GetProperty("id").GetInt32(), disposition = "Released" }));
        Assert.Equal("解除登记保存，退还当事人", decided.GetProperty("preservations")[0].GetProperty("dispositionName").GetString());
        var concluded = await OkAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/ConcludeInvestigation", new { version = 4 }));
        Assert.Equal("InvestigationConcluded", concluded.GetProperty("status").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Extension_MovesTheDecisionClock_AndBeyondTheMaximumIsAConflict(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();
        static DateOnly DecisionDue(JsonElement view) => DateOnly.Parse(
            view.GetProperty("clocks").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "decision").GetProperty("due").GetString()!, CultureInfo.InvariantCulture);
        var before = DecisionDue(await (await head.GetAsync($"/api/v1/cases/{id}")).JsonAsync());

        var noReason = await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/ExtendDecisionPeriod", new { version = 2, extensionDays = 20 });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("reason", await noReason.ProblemFieldAsync());

        var extended = await OkAsync(await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/ExtendDecisionPeriod", new { version = 2, extensionDays = 20, reason = "需委托技术鉴定" }));
        Assert.Equal(20, extended.GetProperty("decisionExtensionDays").GetInt32());
        Assert.True(DecisionDue(extended) > before && DecisionDue(extended) >= before.AddDays(18), $"{before} → {DecisionDue(extended)}");

        var beyond = await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/ExtendDecisionPeriod", new { version = 3, extensionDays = 11, reason = "再次延长" });
        Assert.Equal(HttpStatusCode.Conflict, beyond.StatusCode);
        Assert.Contains("第六十条", await beyond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(Today < DecisionDue(extended));
    }
}
