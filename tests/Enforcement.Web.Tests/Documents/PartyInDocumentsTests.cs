using System.Net;
using Enforcement.Data;
using Enforcement.Domain.Common;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Documents;

/// <summary>Documents name the linked party: in full where they go to the party, masked elsewhere; none linked → 400 on partyId.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed class PartyInDocumentsTests(SharedPlatforms platforms)
{
    private static async Task<(string IdNumber, string Plate)> PartyOfAsync(PlatformFactory factory, int caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var @case = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == caseId);
        var party = await db.Parties.IgnoreQueryFilters().SingleAsync(p => p.Id == @case.PartyId);
        var vehicle = await db.Vehicles.IgnoreQueryFilters().SingleAsync(v => v.Id == @case.VehicleId);
        return (party.IdNumber!, vehicle.Plate);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PenaltyDecision_NamesTheParty_WithTheFullIdNumber_AddressAndVehicle(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var @case = await CaseSteps.DecidedAsync(factory, await CaseSteps.TwoCertifiedOfficersAsync(officer));
        var (idNumber, plate) = await PartyOfAsync(factory, @case.Id);

        var decision = await CaseSteps.GeneratedAsync(officer, @case.Id, "PenaltyDecision");
        var html = await officer.GetStringAsync(decision.GetProperty("printUrl").GetString());

        // APL Art 59 ¶1(1): the party's name and address; the decision goes to the party, so the number is in full.
        Assert.Contains("当事人（姓名或名称）：马某某", html, StringComparison.Ordinal);
        Assert.Contains("当事人类型：自然人", html, StringComparison.Ordinal);
        Assert.Contains($"公民身份号码：{idNumber}", html, StringComparison.Ordinal);
        Assert.Contains("住址（住所）：青海省海南州共和县恰卜恰镇", html, StringComparison.Ordinal);
        Assert.Contains($"车辆号牌：{plate}（黄）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegistrationForm_IsNotAddressedToTheParty_SoItMasksTheIdNumberAndPhone(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();
        var idNumber = await CaseSteps.LinkPersonAsync(officer, id, "韩某某");

        var form = await CaseSteps.GeneratedAsync(officer, id, "RegistrationForm");
        var html = await officer.GetStringAsync(form.GetProperty("printUrl").GetString());
        var inquiry = await officer.GetStringAsync((await CaseSteps.GeneratedAsync(officer, id, "InquiryRecord")).GetProperty("printUrl").GetString());

        Assert.Contains("当事人（姓名或名称）：韩某某", html, StringComparison.Ordinal);
        Assert.Contains($"公民身份号码：{Masking.IdNumber(idNumber)}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, html, StringComparison.Ordinal);
        Assert.Contains("联系电话：139****5678", html, StringComparison.Ordinal);
        // The inquiry record's form takes the phone of the person questioned as a contact; the ID number stays masked.
        Assert.Contains("联系电话：13912345678", inquiry, StringComparison.Ordinal);
        Assert.Contains("被询问人：韩某某", inquiry, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, inquiry, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DocumentNamingTheParty_WithoutALinkedParty_Is400OnPartyId_NothingFiled_NoNumberTaken(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var handlers = await CaseSteps.TwoCertifiedOfficersAsync(officer);
        var bare = await CaseSteps.DecidedAsync(factory, handlers, withParty: false);

        var before = await CaseSteps.GeneratedAsync(officer, (await CaseSteps.DecidedAsync(factory, handlers)).Id, "PenaltyDecision");
        var refused = await CaseSteps.GenerateAsync(officer, bare.Id, "PenaltyDecision");
        var after = await CaseSteps.GeneratedAsync(officer, (await CaseSteps.DecidedAsync(factory, handlers)).Id, "PenaltyDecision");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Equal("partyId", problem.GetProperty("field").GetString());
        Assert.Equal("document.party", problem.GetProperty("code").GetString());
        Assert.Contains("《行政处罚决定书》", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Empty((await (await officer.GetAsync($"/api/v1/cases/{bare.Id}/documents")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(CaseSteps.Sequence(before.GetProperty("number").GetString(), "共交执罚") + 1,
            CaseSteps.Sequence(after.GetProperty("number").GetString(), "共交执罚"));
        // A site record may still be made without the party (blank lines to fill in at the scene).
        Assert.Equal(HttpStatusCode.Created, (await CaseSteps.GenerateAsync(officer, (await CaseSteps.ClueAsync(officer)).GetProperty("id").GetInt32(), "SiteRecord")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CaseFileKind_CannotBeMadeOnRequest(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var @case = await CaseSteps.DecidedAsync(factory, await CaseSteps.TwoCertifiedOfficersAsync(officer));

        var response = await CaseSteps.GenerateAsync(officer, @case.Id, "CaseFile");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("document.case-file", (await response.JsonAsync()).GetProperty("code").GetString());
    }
}
