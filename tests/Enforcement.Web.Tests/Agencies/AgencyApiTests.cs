using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Agencies;

[Collection(PlatformTestGroup.Name)]
public sealed class AgencyApiTests(SharedPlatforms platforms)
{
    private static async Task<int> IdOfAsync(HttpClient client, string key) =>
        (await (await client.GetAsync("/api/v1/agencies")).JsonAsync()).EnumerateArray().Single(a => a.GetProperty("key").GetString() == key).GetProperty("id").GetInt32();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAgency_BadIdentifiers_Are400NamingTheField_AndWriteNothing(string provider)
    {
        var admin = await Api.LoginAsync(platforms.For(provider), "sysadmin");
        var count = (await (await admin.GetAsync("/api/v1/agencies")).JsonAsync()).GetArrayLength();
        var key = "api-" + Guid.NewGuid().ToString("N")[..6];
        var good = new { key, name = "测试支队", kind = "EnforcementBody", jurisdiction = "Route", divisionCode = "632500", creditCode = "11100000000013127D", parentId = await IdOfAsync(admin, "hnz-dot") };

        var badCredit = await admin.PostAsJsonAsync("/api/v1/agencies", good with { creditCode = "91350100M000100Y44" });
        Assert.Equal(HttpStatusCode.BadRequest, badCredit.StatusCode);
        Assert.Equal("creditCode", await badCredit.ProblemFieldAsync());

        var badDivision = await admin.PostAsJsonAsync("/api/v1/agencies", good with { divisionCode = "632A00" });
        Assert.Equal(HttpStatusCode.BadRequest, badDivision.StatusCode);
        Assert.Equal("divisionCode", await badDivision.ProblemFieldAsync());

        Assert.Equal(count, (await (await admin.GetAsync("/api/v1/agencies")).JsonAsync()).GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/agencies", good)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/v1/agencies", good)).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MovingAnAgencyUnderItsOwnSubordinate_IsRefused(string provider)
    {
        var admin = await Api.LoginAsync(platforms.For(provider), "sysadmin");
        var agencies = await (await admin.GetAsync("/api/v1/agencies")).JsonAsync();
        var hnz = agencies.EnumerateArray().Single(a => a.GetProperty("key").GetString() == "hnz-dot");
        var gonghe = await IdOfAsync(admin, "gonghe-dot");

        var response = await admin.PutAsJsonAsync($"/api/v1/agencies/{hnz.GetProperty("id").GetInt32()}", new
        {
            name = hnz.GetProperty("name").GetString(), kind = "Department", divisionCode = "632500", parentId = gonghe, version = hnz.GetProperty("version").GetInt32(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("parentId", await response.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IdentifierCheck_NamesTheRefusedField(string provider)
    {
        var client = await Api.LoginAsync(platforms.For(provider), "officer");

        var ok = await (await client.PostAsJsonAsync("/api/v1/identifiers/check", new { creditCode = "91350100M000100Y43", idNumber = "11010519491231002X", plate = "粤BD12345", plateColour = "绿", divisionCode = "632521" })).JsonAsync();
        Assert.Equal("110***********002X", ok.GetProperty("idNumberMasked").GetString());
        Assert.Equal("County", ok.GetProperty("divisionLevel").GetString());

        var plate = await client.PostAsJsonAsync("/api/v1/identifiers/check", new { plate = "青AI2345", plateColour = "蓝" });
        Assert.Equal(HttpStatusCode.BadRequest, plate.StatusCode);
        Assert.Equal("plate", await plate.ProblemFieldAsync());

        var colour = await client.PostAsJsonAsync("/api/v1/identifiers/check", new { plate = "粤BD12345", plateColour = "蓝" });
        Assert.Equal("plateColour", await colour.ProblemFieldAsync());

        var id = await client.PostAsJsonAsync("/api/v1/identifiers/check", new { idNumber = "340524198001010013" });
        Assert.Equal("idNumber", await id.ProblemFieldAsync());
    }
}
