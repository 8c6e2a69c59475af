using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Parties;

[Collection(PlatformTestGroup.Name)]
public sealed class PartyApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InvalidIdNumber_Is400OnIdNumber_AndNothingIsWritten(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var name = "无效号码" + Guid.NewGuid().ToString("N")[..6];
        var id = TestIds.ResidentId();
        var wrongCheck = id[..17] + (id[17] == '0' ? '1' : '0');

        var response = await officer.PostAsJsonAsync("/api/v1/parties", new { kind = "NaturalPerson", name, idNumber = wrongCheck, address = "共和县" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idNumber", await response.ProblemFieldAsync());
        Assert.Equal(0, (await (await officer.GetAsync($"/api/v1/parties?q={Uri.EscapeDataString(name)}")).JsonAsync()).GetArrayLength());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Organisation_WithoutLegalRepresentative_Is400(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var response = await officer.PostAsJsonAsync("/api/v1/parties", new
        {
            kind = "Organisation", name = "某某物流有限公司", creditCode = PartyIds.CreditCode(), address = "共和县",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("legalRepresentative", await response.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SamePersonTwice_ReturnsTheSameParty(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var id = TestIds.ResidentId();
        var first = await officer.PostAsJsonAsync("/api/v1/parties", new { kind = "NaturalPerson", name = "韩某", idNumber = id, address = "共和县" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await officer.PostAsJsonAsync("/api/v1/parties", new { kind = "NaturalPerson", name = "韩某某", idNumber = id.ToLowerInvariant(), address = "共和县" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetInt32(), (await again.JsonAsync()).GetProperty("id").GetInt32());

        var code = PartyIds.CreditCode();
        object Company(string name) => new { kind = "Organisation", name, creditCode = code, legalRepresentative = "李某", address = "西宁市" };
        var company = await (await officer.PostAsJsonAsync("/api/v1/parties", Company("某运输公司"))).JsonAsync();
        var companyAgain = await (await officer.PostAsJsonAsync("/api/v1/parties", Company("某运输有限公司"))).JsonAsync();
        Assert.Equal(company.GetProperty("id").GetInt32(), companyAgain.GetProperty("id").GetInt32());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListAndDetail_MaskIdNumberAndPhone(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var id = TestIds.ResidentId();
        var name = "脱敏测试" + Guid.NewGuid().ToString("N")[..6];
        var party = await PartySteps.CreatePersonAsync(officer, id, name, "13912345678");
        var partyId = party.GetProperty("id").GetInt32();

        var detail = await (await officer.GetAsync($"/api/v1/parties/{partyId}")).Content.ReadAsStringAsync();
        var byName = await (await officer.GetAsync($"/api/v1/parties?q={Uri.EscapeDataString(name)}")).Content.ReadAsStringAsync();
        var byNumber = await (await officer.GetAsync($"/api/v1/parties?q={id}")).JsonAsync();

        foreach (var json in new[] { party.GetRawText(), detail, byName, byNumber.GetRawText() })
        {
            Assert.DoesNotContain(id, json, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", json, StringComparison.Ordinal);
            Assert.Contains(id[..3] + "***********" + id[^4..], json, StringComparison.Ordinal);
            Assert.Contains("139****5678", json, StringComparison.Ordinal);
        }
        Assert.Equal(partyId, Assert.Single(byNumber.EnumerateArray()).GetProperty("id").GetInt32());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PartyOfAnotherCounty_Is404(string provider)
    {
        var factory = platforms.For(provider);
        var gonghe = await Api.LoginAsync(factory, "officer");
        var guide = await Api.LoginAsync(factory, "officer.guide");
        var id = TestIds.ResidentId();
        var partyId = (await PartySteps.CreatePersonAsync(gonghe, id)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await guide.GetAsync($"/api/v1/parties/{partyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guide.GetAsync($"/api/v1/parties/{partyId}/history")).StatusCode);
        Assert.Equal(0, (await (await guide.GetAsync($"/api/v1/parties?q={id}")).JsonAsync()).GetArrayLength());
        // Each county keeps its own record of the person.
        Assert.NotEqual(partyId, (await PartySteps.CreatePersonAsync(guide, id)).GetProperty("id").GetInt32());
    }
}
