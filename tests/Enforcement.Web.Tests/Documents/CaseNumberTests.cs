using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Documents;

[Collection(PlatformTestGroup.Name)]
public sealed class CaseNumberTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApprovalWithoutANumber_TakesTheAgencysNext_AndARefusedApprovalTakesNone(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var first = await CaseSteps.SubmittedAsync(officer);
        var second = await CaseSteps.SubmittedAsync(officer);

        var a = await head.PostAsJsonAsync($"/api/v1/cases/{first}/moves/ApproveRegistration", new { version = 1 });
        // The officer may not approve: refused after the number was reserved in the move's transaction, which rolls back.
        var refused = await officer.PostAsJsonAsync($"/api/v1/cases/{second}/moves/ApproveRegistration", new { version = 1, number = "" });
        var b = await head.PostAsJsonAsync($"/api/v1/cases/{second}/moves/ApproveRegistration", new { version = 1, number = " " });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        var numberA = (await a.JsonAsync()).GetProperty("number").GetString();
        var numberB = (await b.JsonAsync()).GetProperty("number").GetString();
        Assert.Equal(CaseSteps.Sequence(numberA, "共交执案") + 1, CaseSteps.Sequence(numberB, "共交执案"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FirstTwoApprovalsInAFreshAgencyYear_Are1And2(string provider)
    {
        // A host of its own: the shared one has numbered cases already, and "the first" must really be the first.
        using var factory = new PlatformFactory(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var first = await CaseSteps.SubmittedAsync(officer);
        var second = await CaseSteps.SubmittedAsync(officer);

        var a = await (await head.PostAsJsonAsync($"/api/v1/cases/{first}/moves/ApproveRegistration", new { version = 1 })).JsonAsync();
        var b = await (await head.PostAsJsonAsync($"/api/v1/cases/{second}/moves/ApproveRegistration", new { version = 1 })).JsonAsync();

        Assert.Equal($"共交执案〔{CaseSteps.Year}〕1号", a.GetProperty("number").GetString());
        Assert.Equal($"共交执案〔{CaseSteps.Year}〕2号", b.GetProperty("number").GetString());
    }
}
