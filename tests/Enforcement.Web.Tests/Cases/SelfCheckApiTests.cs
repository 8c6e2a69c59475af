using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Cases;

[Collection(PlatformTestGroup.Name)]
public sealed class SelfCheckApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SelfCheck_NamesTheMissingRegistrationForm_UntilItIsGenerated(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var me = (await (await officer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var headOfficer = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var id = (await (await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            title = "自查测试", itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).JsonAsync()).GetProperty("id").GetInt32();
        var submitted = await (await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/SubmitRegistration", new { version = 0, handlerIds = new[] { me, headOfficer } })).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/ApproveRegistration", new { version = submitted.GetProperty("version").GetInt32() })).StatusCode);

        async Task<List<string>> FindingsAsync() =>
            [.. (await (await officer.GetAsync($"/api/v1/cases/{id}/self-check")).JsonAsync()).GetProperty("findings").EnumerateArray().Select(f => f.GetString()!)];

        Assert.Contains("缺少立案登记表", await FindingsAsync());
        await Documents.CaseSteps.LinkPersonAsync(officer, id);
        var generated = await officer.PostAsync($"/api/v1/cases/{id}/documents/RegistrationForm", null);
        Assert.True(generated.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, await generated.Content.ReadAsStringAsync());
        Assert.DoesNotContain("缺少立案登记表", await FindingsAsync());

        var other = await Api.LoginAsync(factory, "officer.guide");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/self-check")).StatusCode);
    }
}
