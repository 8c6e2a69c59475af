using System.Net;
using System.Text;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Agencies;

[Collection(PlatformTestGroup.Name)]
public sealed class ImportTests(SharedPlatforms platforms)
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<int> AgencyCountAsync(HttpClient admin) => (await (await admin.GetAsync("/api/v1/agencies")).JsonAsync()).GetArrayLength();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AgencyImport_WithBadRows_ReportsEveryRowByLine_AndWritesNothingWhenAllOrNothing(string provider)
    {
        var admin = await Api.LoginAsync(platforms.For(provider), "sysadmin");
        var before = await AgencyCountAsync(admin);
        var key = "imp-" + Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            key,name,kind,jurisdiction,division_code,parent_key,credit_code,note
            {key}-a,导入测试局,主管部门,行政区划,632521,gonghe-dot,,
            {key}-b,导入测试队,执法机构,行政区划,999999,{key}-a,,
            {key}-c,导入测试队二,执法机关,行政区划,632521,{key}-a,,
            {key}-d,导入测试队三,执法机构,行政区划,632521,no-such-parent,,
            {key}-e,导入测试队四,执法机构,行政区划,632521,{key}-a,91350100M000100Y44,
            """;

        var response = await admin.PostAsync("/api/v1/agencies/import?allOrNothing=true", Csv(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.False(report.GetProperty("written").GetBoolean());
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "division_code"), (4, "kind"), (5, "parent_key"), (6, "credit_code")], errors);
        Assert.Equal(before, await AgencyCountAsync(admin));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AgencyImport_ValidRowsMode_KeepsGoodRows_AndReimportChangesNothing(string provider)
    {
        var admin = await Api.LoginAsync(platforms.For(provider), "sysadmin");
        var before = await AgencyCountAsync(admin);
        var key = "imp-" + Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            key,name,kind,jurisdiction,division_code,parent_key,credit_code,note
            {key}-a,导入测试局,主管部门,行政区划,632521,gonghe-dot,91350100M000100Y43,
            {key}-b,导入支队,执法机构,路线,632521,{key}-a,,按路线管辖
            {key}-c,坏行,执法机构,行政区划,63252,{key}-a,,
            """;

        var first = await (await admin.PostAsync("/api/v1/agencies/import?allOrNothing=false", Csv(csv))).JsonAsync();
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Single(first.GetProperty("errors").EnumerateArray());
        Assert.Equal(before + 2, await AgencyCountAsync(admin));

        var again = await (await admin.PostAsync("/api/v1/agencies/import?allOrNothing=false", Csv(csv))).JsonAsync();
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(before + 2, await AgencyCountAsync(admin));

        var agencies = await (await admin.GetAsync("/api/v1/agencies")).JsonAsync();
        var route = agencies.EnumerateArray().Single(a => a.GetProperty("key").GetString() == key + "-b");
        Assert.Equal("Route", route.GetProperty("jurisdiction").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DivisionImport_LevelMustMatchCode_AndParentMustExist(string provider)
    {
        var admin = await Api.LoginAsync(platforms.For(provider), "sysadmin");
        var csv = """
            code,name,level,parent_code
            632599,测试县,county,632500
            632598,错级县,prefecture,632500
            632597,孤儿县,county,632400
            """;
        var response = await admin.PostAsync("/api/v1/divisions/import", Csv(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "level"), (4, "parent_code")], errors);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_IsForTheSystemAdministratorOnly(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var response = await head.PostAsync("/api/v1/agencies/import", Csv("key,name,kind,division_code,parent_key\n"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
