using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Parties;

[Collection(PlatformTestGroup.Name)]
public sealed class RepeatApiTests(SharedPlatforms platforms)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DecisionThreeMonthsAgo_IsARepeat_ThirteenMonthsAgoIsNot_ByPartyAndByPlate(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var partyId = (await PartySteps.CreatePersonAsync(officer, TestIds.ResidentId())).GetProperty("id").GetInt32();
        var plate = PartyIds.Plate();
        var vehicle = await officer.PostAsJsonAsync("/api/v1/vehicles", new { plate, plateColour = "黄", vehicleType = "重型半挂牵引车", partyId });
        Assert.Equal(HttpStatusCode.Created, vehicle.StatusCode);
        var vehicleId = (await vehicle.JsonAsync()).GetProperty("id").GetInt32();

        var recent = await PartySteps.CreateClueAsync(officer);
        var old = await PartySteps.CreateClueAsync(officer);
        var current = await PartySteps.CreateClueAsync(officer);
        foreach (var caseId in new[] { recent, old, current }) await PartySteps.LinkAsync(officer, caseId, partyId, vehicleId);
        var recentVersion = await PartySteps.MarkDecidedAsync(factory, recent, Today.AddMonths(-3));
        await PartySteps.MarkDecidedAsync(factory, old, Today.AddMonths(-13));

        var on = PartySteps.Date(Today);
        var byParty = await (await officer.GetAsync($"/api/v1/parties/{partyId}/repeats?itemCode={PartySteps.Item}&on={on}&caseId={current}")).JsonAsync();
        Assert.False(byParty.GetProperty("firstOffence").GetBoolean());
        Assert.Equal(1, byParty.GetProperty("repeatsIn12Months").GetInt32());

        var byPlate = await (await officer.GetAsync($"/api/v1/vehicles/repeats?plate={Uri.EscapeDataString(plate)}&colour=黄&itemCode={PartySteps.Item}&on={on}")).JsonAsync();
        Assert.Equal(1, byPlate.GetProperty("repeatsIn12Months").GetInt32());
        var otherColour = await (await officer.GetAsync($"/api/v1/vehicles/repeats?plate={Uri.EscapeDataString(plate)}&colour=蓝&itemCode={PartySteps.Item}&on={on}")).JsonAsync();
        Assert.True(otherColour.GetProperty("firstOffence").GetBoolean());

        var otherItem = await (await officer.GetAsync($"/api/v1/parties/{partyId}/repeats?itemCode=DL-YZ-999&on={on}")).JsonAsync();
        Assert.True(otherItem.GetProperty("firstOffence").GetBoolean());

        var history = await (await officer.GetAsync($"/api/v1/parties/{partyId}/history?itemCode={PartySteps.Item}&on={on}&caseId={current}")).JsonAsync();
        var cases = history.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(new[] { recent, old, current }.Order(), cases.Select(c => c.GetProperty("id").GetInt32()).Order());
        var decided = cases.Single(c => c.GetProperty("id").GetInt32() == recent);
        Assert.Equal(300_000, decided.GetProperty("decidedFineFen").GetInt64());
        Assert.False(string.IsNullOrEmpty(decided.GetProperty("statusName").GetString()));
        Assert.Equal(1, history.GetProperty("repeats").GetProperty("repeatsIn12Months").GetInt32());

        // Once decided, the party named in the decision cannot be changed.
        var relink = await officer.PutAsJsonAsync($"/api/v1/cases/{recent}/party", new { partyId, version = recentVersion });
        Assert.Equal(HttpStatusCode.Conflict, relink.StatusCode);
        Assert.Equal("case.party-locked", (await relink.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Vehicles_AreFoundByPlate_AndRecordedOncePerAgency(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var plate = PartyIds.Plate();
        var first = await officer.PostAsJsonAsync("/api/v1/vehicles", new { plate = plate.Insert(2, "·"), plateColour = "蓝" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await officer.PostAsJsonAsync("/api/v1/vehicles", new { plate, plateColour = "蓝色" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var green = await officer.PostAsJsonAsync("/api/v1/vehicles", new { plate, plateColour = "绿" });
        Assert.Equal(HttpStatusCode.BadRequest, green.StatusCode);
        Assert.Equal("plateColour", await green.ProblemFieldAsync());

        var found = await (await officer.GetAsync($"/api/v1/vehicles?plate={Uri.EscapeDataString(plate)}&colour=蓝")).JsonAsync();
        Assert.Equal(plate, Assert.Single(found.EnumerateArray()).GetProperty("plate").GetString());
    }
}
