using System.Net;
using System.Net.Http.Json;
using Enforcement.Data;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Personnel;

[Collection(PlatformTestGroup.Name)]
public sealed class OfficerApiTests(SharedPlatforms platforms)
{
    private static async Task<int> AgencyIdAsync(PlatformFactory factory, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        return (await db.Agencies.FirstAsync(a => a.Key == key)).Id;
    }

    private static async Task<int> OfficerCountAsync(PlatformFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Officers.IgnoreQueryFilters().CountAsync();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OfficerList_ShowsOnlyOwnAgency_WithMaskedIdNumbers(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "officer");
        var gonghe = await AgencyIdAsync(factory, "gonghe-dot");

        var json = await (await client.GetAsync("/api/v1/officers?pageSize=200")).JsonAsync();

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, o => Assert.Equal(gonghe, o.GetProperty("agencyId").GetInt32()));
        Assert.All(items, o => Assert.Matches(@"^\d{3}\*{11}[\dX]{4}$", o.GetProperty("idNumberMasked").GetString()!));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Supervisor_SeesSubordinateCounties_ButNotOtherPrefectures(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "supervisor");
        var json = await (await client.GetAsync("/api/v1/officers?pageSize=200")).JsonAsync();
        var agencies = json.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("agencyName").GetString()).Distinct().ToList();

        Assert.Contains("共和县交通运输局", agencies);
        Assert.Contains("贵德县交通运输局", agencies);
        Assert.DoesNotContain("西宁市交通运输局", agencies);
        Assert.DoesNotContain("青海省交通运输厅", agencies);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OfficerOfAnotherCounty_Answers404(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "officer");
        var other = await (await (await Api.LoginAsync(factory, "officer.guide")).GetAsync("/api/v1/officers")).JsonAsync();
        var otherId = other.GetProperty("items")[0].GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/officers/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/officers/{otherId}/certificates")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateOfficer_InvalidIdNumber_Is400NamingTheField_AndWritesNothing(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "head");
        var before = await OfficerCountAsync(factory);

        var response = await client.PostAsJsonAsync("/api/v1/officers", new
        {
            agencyId = await AgencyIdAsync(factory, "gonghe-dot"), name = "测试", idNumber = "340524198001010013",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idNumber", await response.ProblemFieldAsync());
        Assert.Contains("校验", (await response.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await OfficerCountAsync(factory));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateOfficer_InAnotherCounty_IsRefused(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "head");
        var response = await client.PostAsJsonAsync("/api/v1/officers", new
        {
            agencyId = await AgencyIdAsync(factory, "guide-dot"), name = "测试", idNumber = TestIds.ResidentId(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("agencyId", await response.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Officer_CannotManagePersonnel_Answers403(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "officer");
        var response = await client.PostAsJsonAsync("/api/v1/officers", new { agencyId = 1, name = "x", idNumber = TestIds.ResidentId() });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Certificate_DuplicateNumber_Is409_BadRegion_Is400(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "head");
        var officer = await (await client.PostAsJsonAsync("/api/v1/officers", new
        {
            agencyId = await AgencyIdAsync(factory, "gonghe-dot"), name = "新人员", idNumber = TestIds.ResidentId(), categories = "公路路政",
        })).JsonAsync();
        var id = officer.GetProperty("id").GetInt32();
        var number = "QHT" + Guid.NewGuid().ToString("N")[..8];
        var certificate = new { number, issuer = "青海省人民政府", categories = "公路路政", regionCode = "632521", issuedOn = "2025-01-01", expiresOn = "2030-01-01" };

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/officers/{id}/certificates", certificate)).StatusCode);
        var duplicate = await client.PostAsJsonAsync($"/api/v1/officers/{id}/certificates", certificate);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("number", await duplicate.ProblemFieldAsync());

        var badRegion = await client.PostAsJsonAsync($"/api/v1/officers/{id}/certificates", certificate with { number = number + "B", regionCode = "99" });
        Assert.Equal(HttpStatusCode.BadRequest, badRegion.StatusCode);
        Assert.Equal("regionCode", await badRegion.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateOfficer_WithStaleVersion_Is409(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "head");
        var agency = await AgencyIdAsync(factory, "gonghe-dot");
        var idNumber = TestIds.ResidentId();
        var created = await (await client.PostAsJsonAsync("/api/v1/officers", new { agencyId = agency, name = "甲", idNumber })).JsonAsync();
        var id = created.GetProperty("id").GetInt32();

        var first = await client.PutAsJsonAsync($"/api/v1/officers/{id}", new { agencyId = agency, name = "乙", idNumber, version = 0 });
        var second = await client.PutAsJsonAsync($"/api/v1/officers/{id}", new { agencyId = agency, name = "丙", idNumber, version = 0 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.JsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("乙", (await (await client.GetAsync($"/api/v1/officers/{id}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LeavingPost_CancelsCertificates_AndEndsEligibility(string provider)
    {
        var factory = platforms.For(provider);
        var client = await Api.LoginAsync(factory, "head");
        var created = await (await client.PostAsJsonAsync("/api/v1/officers", new
        {
            agencyId = await AgencyIdAsync(factory, "gonghe-dot"), name = "离岗者", idNumber = TestIds.ResidentId(), categories = "公路路政",
        })).JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        await client.PostAsJsonAsync($"/api/v1/officers/{id}/certificates", new
        {
            number = "QHL" + Guid.NewGuid().ToString("N")[..8], issuer = "青海省人民政府", categories = "公路路政", regionCode = "630000",
            issuedOn = "2024-01-01", expiresOn = "2030-01-01",
        });
        var before = await (await client.GetAsync($"/api/v1/officers/{id}/eligibility?category=公路路政&region=632521&on=2026-03-01")).JsonAsync();
        Assert.True(before.GetProperty("allowed").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/officers/{id}/leave", new { on = "2026-04-01" })).StatusCode);

        var certificates = await (await client.GetAsync($"/api/v1/officers/{id}/certificates")).JsonAsync();
        Assert.Equal("注销", certificates[0].GetProperty("statusName").GetString());
        var after = await (await client.GetAsync($"/api/v1/officers/{id}/eligibility?category=公路路政&region=632521&on=2026-04-02")).JsonAsync();
        Assert.False(after.GetProperty("allowed").GetBoolean());
        // Acts before leaving are judged by the certificate as it stood then.
        var earlier = await (await client.GetAsync($"/api/v1/officers/{id}/eligibility?category=公路路政&region=632521&on=2026-03-01")).JsonAsync();
        Assert.True(earlier.GetProperty("allowed").GetBoolean());
    }
}
