using System.Net;
using System.Net.Http.Json;
using Enforcement.Data;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Clues;

/// <summary>The clue review table through the API: every allowed move, refused moves and roles, scope and concurrency.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed class ClueReviewApiTests(SharedPlatforms platforms)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ValidClue_BecomesACase_WithTheEvidencePackageHashed_AndTheVehicleLinked(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var plate = ClueSteps.Plate();
        var id = await ClueSteps.IngestAsync(factory, device,
            ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(5), plate), ClueSteps.Row(device.Code, "R-2", ClueSteps.HoursAgo(4), plate, 61_000));
        var officer = await Api.LoginAsync(factory, "officer");

        var clue = await ClueSteps.GetAsync(officer, id);
        Assert.Equal("PendingFirstReview", clue.GetProperty("status").GetString());
        Assert.Equal(2, clue.GetProperty("hits").GetArrayLength());
        Assert.NotEmpty(clue.GetProperty("hits")[0].GetProperty("trace").EnumerateArray());

        var valid = await ClueSteps.PostAsync(officer, id, "valid", new { version = clue.GetProperty("version").GetInt32(), note = "图像与称重一致" });
        Assert.True(valid.StatusCode == HttpStatusCode.OK, await valid.Content.ReadAsStringAsync());
        Assert.Equal("Valid", (await valid.JsonAsync()).GetProperty("status").GetString());

        var toCase = await ClueSteps.PostAsync(officer, id, "case", new { version = await ClueSteps.VersionAsync(officer, id) });
        Assert.True(toCase.StatusCode == HttpStatusCode.Created, await toCase.Content.ReadAsStringAsync());
        var opened = await toCase.JsonAsync();
        var caseId = opened.GetProperty("caseId").GetInt32();
        Assert.Equal("CaseOpened", opened.GetProperty("clue").GetProperty("status").GetString());
        Assert.Equal(caseId, opened.GetProperty("clue").GetProperty("caseId").GetInt32());

        var @case = await (await officer.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync();
        Assert.Equal("NonSiteClue", @case.GetProperty("source").GetString());
        Assert.Equal("GL-LZ-002", @case.GetProperty("itemCode").GetString());
        var evidence = await (await officer.GetAsync($"/api/v1/cases/{caseId}/evidence")).JsonAsync();
        var package = Assert.Single(evidence.EnumerateArray(), e => e.GetProperty("fileName").GetString() == $"clue-{id}-evidence.json");
        Assert.Matches("^[0-9a-f]{64}$", package.GetProperty("fileSha256").GetString());

        var download = await officer.GetAsync($"/api/v1/evidence/{package.GetProperty("id").GetInt32()}/file");
        var json = await download.JsonAsync();
        Assert.Equal(2, json.GetProperty("weighings").GetArrayLength());
        var first = json.GetProperty("weighings")[0];
        Assert.Matches("^[0-9a-f]{64}$", first.GetProperty("recordSha256").GetString());
        Assert.Equal(new string('a', 64), first.GetProperty("images")[0].GetProperty("sha256").GetString());
        Assert.StartsWith("JD-", first.GetProperty("device").GetProperty("certificate").GetProperty("number").GetString());
        Assert.Equal("officer", json.GetProperty("review").GetProperty("firstReviewer").GetString());

        var vehicleLinked = await WithDbAsync(factory, db => db.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).Select(c => c.VehicleId).SingleAsync());
        Assert.NotNull(vehicleLinked);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invalid_NeedsAListedReason_AndIsFinal(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), ClueSteps.Plate()));
        var officer = await Api.LoginAsync(factory, "officer");
        var version = await ClueSteps.VersionAsync(officer, id);

        var noReason = await ClueSteps.PostAsync(officer, id, "invalid", new { version });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("reason", await noReason.ProblemFieldAsync());
        var unknown = await ClueSteps.PostAsync(officer, id, "invalid", new { version, reason = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var invalid = await ClueSteps.PostAsync(officer, id, "invalid", new { version, reason = "lane-straddling" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var clue = await invalid.JsonAsync();
        Assert.Equal("Invalid", clue.GetProperty("status").GetString());
        Assert.Equal("跨道行驶", clue.GetProperty("invalidReason").GetString());

        var toCase = await ClueSteps.PostAsync(officer, id, "case", new { version = clue.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, toCase.StatusCode);
        Assert.Contains("无效", (await toCase.JsonAsync()).GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LargeFine_NeedsASecondReviewer_WhoIsNotTheFirst(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), ClueSteps.Plate(), 100_000));
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");

        var first = await (await ClueSteps.PostAsync(officer, id, "valid", new { version = await ClueSteps.VersionAsync(officer, id) })).JsonAsync();
        Assert.Equal("PendingSecondReview", first.GetProperty("status").GetString());
        Assert.True(first.GetProperty("secondReviewRequired").GetBoolean());

        var own = await ClueSteps.PostAsync(officer, id, "valid", new { version = first.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Equal("clue.same-reviewer", (await own.JsonAsync()).GetProperty("code").GetString());

        var second = await ClueSteps.PostAsync(head, id, "valid", new { version = first.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var confirmed = await second.JsonAsync();
        Assert.Equal("Valid", confirmed.GetProperty("status").GetString());
        Assert.Equal("head", confirmed.GetProperty("secondReviewer").GetString());
        Assert.Equal(2, confirmed.GetProperty("history").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuxiliaryAndSupervisor_MoveNothing_AndUnlistedMovesAreConflicts(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var plate = ClueSteps.Plate();
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), plate));
        var officer = await Api.LoginAsync(factory, "officer");
        var version = await ClueSteps.VersionAsync(officer, id);

        foreach (var user in new[] { "auxiliary", "supervisor" })
        {
            var client = await Api.LoginAsync(factory, user);
            var refused = await ClueSteps.PostAsync(client, id, "valid", new { version });
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("clue.role", (await refused.JsonAsync()).GetProperty("code").GetString());
        }

        var early = await ClueSteps.PostAsync(officer, id, "case", new { version });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("clue.transition", (await early.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(0, await WithDbAsync(factory, db => db.Cases.IgnoreQueryFilters().CountAsync(c => c.Source == Enforcement.Domain.Cases.CaseSource.NonSiteClue && c.Title.Contains(plate))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClueFromAnInvalidRecord_CanNeverBeValid(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), ClueSteps.Plate()));
        // As if the device had lacked its certificate on the capture day: the gating stored on the record decides.
        await WithDbAsync(factory, db => db.WimRecords.IgnoreQueryFilters().Where(r => r.DeviceId == device.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.DeviceValid, false)));
        var officer = await Api.LoginAsync(factory, "officer");

        var refused = await ClueSteps.PostAsync(officer, id, "valid", new { version = await ClueSteps.VersionAsync(officer, id) });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Equal("clue.record-invalid", problem.GetProperty("code").GetString());
        Assert.Contains("第四十一条", problem.GetProperty("title").GetString());
        Assert.False((await ClueSteps.GetAsync(officer, id)).GetProperty("recordValid").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClueOfAnotherCounty_IsNotFound(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), ClueSteps.Plate()));
        var guide = await Api.LoginAsync(factory, "officer.guide");

        Assert.Equal(HttpStatusCode.NotFound, (await guide.GetAsync($"/api/v1/wim/clues/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ClueSteps.PostAsync(guide, id, "valid", new { version = 0 })).StatusCode);
        var list = await (await guide.GetAsync("/api/v1/wim/clues?pageSize=200")).JsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);

        var supervisor = await Api.LoginAsync(factory, "supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/wim/clues/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoReviewersOnOneClue_TheSecondGetsAConflict(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), ClueSteps.Plate()));
        var one = await Api.LoginAsync(factory, "officer");
        var two = await Api.LoginAsync(factory, "officer");
        var version = await ClueSteps.VersionAsync(one, id);

        var first = await ClueSteps.PostAsync(one, id, "valid", new { version });
        var second = await ClueSteps.PostAsync(two, id, "invalid", new { version, reason = "plate-misread" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("version", await second.ProblemFieldAsync());
        var clue = await ClueSteps.GetAsync(one, id);
        Assert.Equal("Valid", clue.GetProperty("status").GetString());
        Assert.Single(clue.GetProperty("history").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FourthViolationInAYear_FlagsTheVehicle(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var plate = ClueSteps.Plate();
        // Four trips more than the same-trip window (24 h) apart: four violations of one vehicle.
        var ids = new List<long>();
        foreach (var days in new[] { 40, 30, 20, 10 })
        {
            ids.Add(await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, $"R-{days}", ClueSteps.HoursAgo(days * 24), plate)));
        }
        var officer = await Api.LoginAsync(factory, "officer");

        var third = await ClueSteps.GetAsync(officer, ids[2]);
        var fourth = await ClueSteps.GetAsync(officer, ids[3]);

        Assert.Equal(3, third.GetProperty("repeatCount").GetInt32());
        Assert.False(third.GetProperty("repeatFlagged").GetBoolean());
        Assert.Equal(4, fourth.GetProperty("repeatCount").GetInt32());
        Assert.True(fourth.GetProperty("repeatFlagged").GetBoolean());
    }

    private static async Task<T> WithDbAsync<T>(PlatformFactory factory, Func<EnforcementDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>());
    }
}
