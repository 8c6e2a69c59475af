using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Parties;

/// <summary>The parties screens: masked party page with cases and vehicles, search, forms with the refusal under its field, scope.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class PartyPageTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PartyPage_MasksIdAndPhone_AndListsTheCaseAndTheVehicle(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var idNumber = TestIds.ResidentId();
        var party = (await PartySteps.CreatePersonAsync(officer, idNumber, "页面测试" + Guid.NewGuid().ToString("N")[..4], "13912345678")).GetProperty("id").GetInt32();
        var plate = PartyIds.Plate();
        var vehicle = await (await officer.PostAsJsonAsync("/api/v1/vehicles", new { plate, plateColour = "黄", partyId = party })).JsonAsync();
        var caseId = await PartySteps.CreateClueAsync(officer);
        await PartySteps.LinkAsync(officer, caseId, party, vehicle.GetProperty("id").GetInt32());

        var response = await officer.GetAsync($"/parties/{party}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(idNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", html, StringComparison.Ordinal);
        Assert.Contains($"{idNumber[..3]}***********{idNumber[^4..]}", html, StringComparison.Ordinal);
        Assert.Contains("139****5678", html, StringComparison.Ordinal);
        Assert.Contains($"data-case=\"{caseId}\"", html, StringComparison.Ordinal);
        Assert.Contains(plate, html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnotherAgencysParty_IsNotFound_OnEveryScreen(string provider)
    {
        var factory = platforms.For(provider);
        var guide = await Api.LoginAsync(factory, "officer.guide");
        var officer = await Api.LoginAsync(factory, "officer");
        var name = "贵德当事人" + Guid.NewGuid().ToString("N")[..4];
        var party = (await PartySteps.CreatePersonAsync(guide, TestIds.ResidentId(), name)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/parties/{party}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/vehicles/new?partyId={party}")).StatusCode);
        Assert.DoesNotContain($"data-party=\"{party}\"", await officer.GetStringAsync($"/parties?q={Uri.EscapeDataString(name)}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await guide.GetAsync($"/parties/{party}")).StatusCode);

        // The case page's link form: the party does not exist for this officer, and the case keeps no party.
        var caseId = await PartySteps.CreateClueAsync(officer);
        var token = Token().Match(await officer.GetStringAsync($"/cases/{caseId}")).Groups["token"].Value;
        var linked = await officer.PostAsync($"/cases/{caseId}/party", Form(("__RequestVerificationToken", token), ("PartyId", $"{party}"), ("Version", "0")));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Contains("错误：当事人不存在", Uri.UnescapeDataString(linked.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await (await officer.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync()).GetProperty("partyId").ValueKind);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_FindsByPlateAndFullIdNumber_NeverByAFragment(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var idNumber = TestIds.ResidentId();
        var party = (await PartySteps.CreatePersonAsync(officer, idNumber, "查找测试")).GetProperty("id").GetInt32();
        var plate = PartyIds.Plate();
        Assert.True((await officer.PostAsJsonAsync("/api/v1/vehicles", new { plate, plateColour = "蓝", partyId = party })).IsSuccessStatusCode);

        var row = $"data-party=\"{party}\"";
        Assert.Contains(row, await officer.GetStringAsync($"/parties?q={Uri.EscapeDataString(plate)}"), StringComparison.Ordinal);
        Assert.Contains(row, await officer.GetStringAsync($"/parties?q={idNumber}"), StringComparison.Ordinal);
        Assert.DoesNotContain(row, await officer.GetStringAsync($"/parties?q={idNumber[..14]}"), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewPartyForm_ShowsTheRefusalUnderItsField_ThenRecordsAndLinksTheParty(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var caseId = await PartySteps.CreateClueAsync(officer);
        var url = $"/parties/new?caseId={caseId}&version=0";
        var idNumber = TestIds.ResidentId();
        var wrongCheck = idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');
        var name = "表单测试" + Guid.NewGuid().ToString("N")[..4];

        var refused = await PostPartyAsync(officer, url, name, wrongCheck);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches("<input[^>]*id=\"party-id-number\"[^>]*class=\"[^\"]*is-invalid|<input[^>]*class=\"[^\"]*is-invalid[^\"]*\"[^>]*id=\"party-id-number\"", html);
        Assert.Contains("id=\"error-idNumber\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"error-name\"", html, StringComparison.Ordinal);
        Assert.Empty((await (await officer.GetAsync($"/api/v1/parties?q={Uri.EscapeDataString(name)}")).JsonAsync()).EnumerateArray());

        var recorded = await PostPartyAsync(officer, url, name, idNumber);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.StartsWith($"/cases/{caseId}?message=", recorded.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var party = (await (await officer.GetAsync($"/api/v1/parties?q={Uri.EscapeDataString(name)}")).JsonAsync())[0].GetProperty("id").GetInt32();
        Assert.Equal(party, (await (await officer.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync()).GetProperty("partyId").GetInt32());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewVehicleForm_RefusesAPlateInTheWrongColour_OnTheColourField(string provider)
    {
        var officer = await Api.LoginAsync(platforms.For(provider), "officer");
        var party = (await PartySteps.CreatePersonAsync(officer, TestIds.ResidentId())).GetProperty("id").GetInt32();
        var url = $"/vehicles/new?partyId={party}";
        var token = Token().Match(await officer.GetStringAsync(url)).Groups["token"].Value;

        // A 7-character number is never green (green is for 8-character new-energy plates).
        var refused = await officer.PostAsync(url, Form(("__RequestVerificationToken", token), ("_handler", "new-vehicle"),
            ("Input.Plate", PartyIds.Plate()), ("Input.PlateColour", "Green")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-plateColour\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"error-plate\"", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostPartyAsync(HttpClient client, string url, string name, string idNumber)
    {
        var token = Token().Match(await client.GetStringAsync(url)).Groups["token"].Value;
        return await client.PostAsync(url, Form(("__RequestVerificationToken", token), ("_handler", "new-party"), ("Input.Kind", "NaturalPerson"),
            ("Input.Name", name), ("Input.IdNumber", idNumber), ("Input.Address", "青海省海南州共和县"), ("Input.Phone", "13800001111")));
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
