using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Cases;

[Collection(PlatformTestGroup.Name)]
public sealed class CaseApiTests(SharedPlatforms platforms)
{
    private static async Task<int[]> TwoCertifiedOfficersAsync(HttpClient client)
    {
        var officers = await (await client.GetAsync("/api/v1/officers?pageSize=200")).JsonAsync();
        return [.. officers.GetProperty("items").EnumerateArray()
            .Where(o => !o.GetProperty("isAuxiliary").GetBoolean() && !o.GetProperty("isLegalReviewer").GetBoolean()
                        && o.GetProperty("certificateState").GetString()!.StartsWith("有效", StringComparison.Ordinal))
            .Select(o => o.GetProperty("id").GetInt32()).Take(2)];
    }

    private static async Task<JsonElement> CreateClueAsync(HttpClient officer, string title = "未取得道路运输经营许可擅自从事货运")
    {
        var response = await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            title, itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), source = "Inspection",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string action, object body) =>
        client.PostAsJsonAsync($"/api/v1/cases/{id}/moves/{action}", body);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Clue_IsRegisteredByTheHead_WithTwoCertifiedHandlers(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var created = await CreateClueAsync(officer);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Clue", created.GetProperty("status").GetString());
        var handlers = await TwoCertifiedOfficersAsync(officer);

        var submitted = await MoveAsync(officer, id, "SubmitRegistration", new { version = 0, handlerIds = handlers });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());

        var byOfficer = await MoveAsync(officer, id, "ApproveRegistration", new { version = 1, number = "共交执罚〔2026〕T1号" });
        Assert.Equal(HttpStatusCode.Conflict, byOfficer.StatusCode);
        Assert.Equal("case.role", (await byOfficer.JsonAsync()).GetProperty("code").GetString());

        var number = $"共交执罚〔2026〕{Guid.NewGuid().ToString("N")[..6]}号";
        var approved = await MoveAsync(head, id, "ApproveRegistration", new { version = 1, number });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var view = await approved.JsonAsync();
        Assert.Equal("Investigating", view.GetProperty("status").GetString());
        Assert.Equal(number, view.GetProperty("number").GetString());
        Assert.Equal(2, view.GetProperty("history").GetArrayLength());
        Assert.Contains(view.GetProperty("allowedMoves").EnumerateArray(), m => m.GetProperty("action").GetString() == "ConcludeInvestigation");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnlawfulMove_Is409WithTheArticle_AndStaleVersionIs409(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var id = (await CreateClueAsync(officer)).GetProperty("id").GetInt32();

        var decide = await MoveAsync(officer, id, "Decide", new { version = 0, kinds = "Fine", fineYuan = 3000 });
        Assert.Equal(HttpStatusCode.Conflict, decide.StatusCode);
        Assert.Equal("case.transition", (await decide.JsonAsync()).GetProperty("code").GetString());

        var oneHandler = await MoveAsync(officer, id, "SubmitRegistration", new { version = 0, handlerIds = (await TwoCertifiedOfficersAsync(officer)).Take(1) });
        Assert.Equal(HttpStatusCode.Conflict, oneHandler.StatusCode);
        Assert.Contains("第四十二条", (await oneHandler.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);

        var stale = await MoveAsync(officer, id, "SubmitRegistration", new { version = 7, handlerIds = await TwoCertifiedOfficersAsync(officer) });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("version", await stale.ProblemFieldAsync());

        var unchanged = await (await officer.GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal("Clue", unchanged.GetProperty("status").GetString());
        Assert.Equal(0, unchanged.GetProperty("history").GetArrayLength());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CaseOfAnotherCounty_Answers404_AndBadInputNamesTheField(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var other = await Api.LoginAsync(factory, "officer.guide");
        var id = (await CreateClueAsync(officer)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(other, id, "SubmitRegistration", new { version = 0, handlerIds = new[] { 1, 2 } })).StatusCode);

        var badRegion = await officer.PostAsJsonAsync("/api/v1/cases", new { title = "x", itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "6325", violationOn = "2026-01-05" });
        Assert.Equal("regionCode", await badRegion.ProblemFieldAsync());
        var badItem = await officer.PostAsJsonAsync("/api/v1/cases", new { title = "x", itemCode = "NO-SUCH", partyKind = "NaturalPerson", regionCode = "632521", violationOn = "2026-01-05" });
        Assert.Equal("itemCode", await badItem.ProblemFieldAsync());
        var future = await officer.PostAsJsonAsync("/api/v1/cases", new { title = "x", itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "632521", violationOn = "2099-01-05" });
        Assert.Equal("violationOn", await future.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuxiliaryStaff_CannotMoveACase(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var auxiliary = await Api.LoginAsync(factory, "auxiliary");
        var id = (await CreateClueAsync(officer)).GetProperty("id").GetInt32();

        var response = await MoveAsync(auxiliary, id, "SubmitRegistration", new { version = 0, handlerIds = await TwoCertifiedOfficersAsync(officer) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("case.role", (await response.JsonAsync()).GetProperty("code").GetString());
    }
}
