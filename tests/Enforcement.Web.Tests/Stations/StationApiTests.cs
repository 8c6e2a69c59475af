using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;
using static Enforcement.Web.Tests.Stations.StationSteps;

namespace Enforcement.Web.Tests.Stations;

[Collection(PlatformTestGroup.Name)]
public sealed class StationApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Station_IsRegistered_WithCanonicalCodes_AndListedForItsAgency(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var code = NewCode("t");
        var canonical = code.ToUpperInvariant();
        var response = await head.PostAsJsonAsync("/api/v1/stations", new
        {
            agencyId = await AgencyIdAsync(head), code = code.ToLowerInvariant(), name = "共和测试点", kind = "NonSitePoint", routeCode = "g214",
            stake = "k141+6", direction = "Down", lanes = 2, longitude = 100.6250004m, latitude = 36.256m,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var station = await response.JsonAsync();
        Assert.Equal(canonical, station.GetProperty("code").GetString());
        Assert.Equal("G214", station.GetProperty("routeCode").GetString());
        Assert.Equal("K141+006", station.GetProperty("stake").GetString());
        Assert.Equal(100.625m, station.GetProperty("longitude").GetDecimal());
        Assert.Equal("非现场执法点", station.GetProperty("kindName").GetString());
        var listed = await (await head.GetAsync("/api/v1/stations?kind=NonSitePoint")).JsonAsync();
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("code").GetString() == canonical);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadStation_IsRefusedField_ByField_AndNothingIsWritten(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var name = "坏站点" + Guid.NewGuid().ToString("N")[..6];
        // Longitude and latitude swapped, a stake without K, a road code that is no road class, no lanes.
        var response = await head.PostAsJsonAsync("/api/v1/stations", new
        {
            agencyId = await AgencyIdAsync(head), code = "坏编号", name, kind = "收费站", routeCode = "109", stake = "1890+300", direction = "上行",
            lanes = 0, longitude = 36.438m, latitude = 101.021m,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "code", "kind", "routeCode", "stake", "lanes", "longitude", "latitude" })
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"no refusal on {field}: {errors}");
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", messages[0].GetString()!);
        }
        Assert.Contains("经纬度是否填反", errors.GetProperty("longitude")[0].GetString(), StringComparison.Ordinal);
        var listed = await (await head.GetAsync($"/api/v1/stations?q={Uri.EscapeDataString(name)}")).JsonAsync();
        Assert.Equal(0, listed.GetArrayLength());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DuplicateCode_Is409OnCode(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var code = NewCode("D");
        await CreateStationAsync(head, code);

        var again = await head.PostAsJsonAsync("/api/v1/stations", Station(code, agencyId: await AgencyIdAsync(head)));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("code", await again.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAgencysStationAndDevice_Are404_ForReadAndWrite(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var guide = await Api.LoginAsync(factory, "officer.guide");
        var (stationId, deviceId, _) = await ValidScaleAsync(head);
        var certificateId = (await (await head.GetAsync($"/api/v1/devices/{deviceId}")).JsonAsync()).GetProperty("certificates")[0].GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await guide.GetAsync($"/api/v1/stations/{stationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guide.GetAsync($"/api/v1/devices/{deviceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guide.GetAsync($"/api/v1/device-certificates/{certificateId}/file")).StatusCode);
        Assert.DoesNotContain((await (await guide.GetAsync("/api/v1/devices")).JsonAsync()).EnumerateArray(), d => d.GetProperty("id").GetInt32() == deviceId);
        Assert.DoesNotContain((await (await guide.GetAsync("/api/v1/stations")).JsonAsync()).EnumerateArray(), s => s.GetProperty("id").GetInt32() == stationId);

        // The Hainan supervisor sees Gonghe's sites (below it) but not Xining's, and cannot change what it cannot see.
        var supervisor = await Api.LoginAsync(factory, "supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/stations/{stationId}")).StatusCode);
        var supervisorSees = (await (await supervisor.GetAsync("/api/v1/stations")).JsonAsync()).EnumerateArray().Select(s => s.GetProperty("agencyName").GetString()).Distinct().ToList();
        Assert.DoesNotContain("西宁市交通运输综合行政执法支队", supervisorSees);
        Assert.Contains("共和县交通运输局", supervisorSees);
        // Station 1 is the first demo site, 青石嘴 of the Haidong trunk-road detachment: outside Hainan.
        var put = await supervisor.PutAsJsonAsync("/api/v1/stations/1", Station("QH-ZC-QSZ"));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Officer_ReadsTheRegistry_ButCannotChangeIt(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/v1/stations")).StatusCode);
        var refused = await officer.PostAsJsonAsync("/api/v1/stations", Station(NewCode("O"), agencyId: await AgencyIdAsync(officer)));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StaleVersion_Is409_AndTheStationKeepsTheFirstEdit(string provider)
    {
        var head = await Api.LoginAsync(platforms.For(provider), "head");
        var station = await CreateStationAsync(head);
        var id = station.GetProperty("id").GetInt32();
        var code = station.GetProperty("code").GetString()!;
        var agencyId = station.GetProperty("agencyId").GetInt32();

        object Edit(string name, int version) => new
        {
            agencyId, code, name, kind = "非现场执法点", routeCode = "G109", stake = "K1970+200", direction = "上行", lanes = 3,
            longitude = 101.021m, latitude = 36.438m, version,
        };
        Assert.Equal(HttpStatusCode.OK, (await head.PutAsJsonAsync($"/api/v1/stations/{id}", Edit("第一次修改", 0))).StatusCode);
        var stale = await head.PutAsJsonAsync($"/api/v1/stations/{id}", Edit("第二次修改", 0));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("第一次修改", (await (await head.GetAsync($"/api/v1/stations/{id}")).JsonAsync()).GetProperty("name").GetString());
    }
}
