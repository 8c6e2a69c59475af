using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Cases;

[Collection(PlatformTestGroup.Name)]
public sealed class InboxApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmittedRegistration_IsInTheHeadsApprovals_AndInTheHandlersOwnList(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var me = (await (await officer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var headOfficer = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var title = "待办测试" + Guid.NewGuid().ToString("N")[..6];
        var created = await (await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            title, itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        var submitted = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/SubmitRegistration", new { version = 0, handlerIds = new[] { me, headOfficer } });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());

        var approvals = await (await head.GetAsync("/api/v1/inbox/approvals")).JsonAsync();
        Assert.Contains(approvals.EnumerateArray(), i => i.GetProperty("caseId").GetInt32() == id && i.GetProperty("statusName").GetString() == "立案审批");
        var mine = await (await officer.GetAsync("/api/v1/inbox/mine")).JsonAsync();
        Assert.Contains(mine.EnumerateArray(), i => i.GetProperty("caseId").GetInt32() == id);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/inbox/approvals")).StatusCode);
        var others = await (await (await Api.LoginAsync(factory, "officer.guide")).GetAsync("/api/v1/inbox/mine")).JsonAsync();
        Assert.DoesNotContain(others.EnumerateArray(), i => i.GetProperty("caseId").GetInt32() == id);
    }
}
