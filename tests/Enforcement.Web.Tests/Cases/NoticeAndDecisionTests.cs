using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Data;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Cases;

[Collection(PlatformTestGroup.Name)]
public sealed class NoticeAndDecisionTests(SharedPlatforms platforms)
{
    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notice_TakesTheRangeFromTheBenchmark_AndADecisionOutsideItNeedsAReasonAndIsFlagged(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var supervisor = await Api.LoginAsync(factory, "supervisor");
        var me = (await (await officer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var headOfficer = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var c = await (await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            title = "擅自从事道路货运", itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).JsonAsync();
        var id = c.GetProperty("id").GetInt32();
        async Task<JsonElement> Move(HttpClient who, string action, object body) => await OkAsync(await who.PostAsJsonAsync($"/api/v1/cases/{id}/moves/{action}", body));

        var v = (await Move(officer, "SubmitRegistration", new { version = 0, handlerIds = new[] { me, headOfficer } })).GetProperty("version").GetInt32();
        v = (await Move(head, "ApproveRegistration", new { version = v })).GetProperty("version").GetInt32();
        v = (await Move(officer, "ConcludeInvestigation", new { version = v })).GetProperty("version").GetInt32();
        var notified = await Move(officer, "SendNotice", new
        {
            version = v, kinds = "Fine", fineYuan = 4000, hearingRight = false,
            facts = new { firstOffence = true, repeatsIn12Months = 0, vehiclesInvolved = 1, harmCaused = "None", mentalCapacity = "Full" },
        });
        Assert.Equal("Notified", notified.GetProperty("status").GetString());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            var stored = await db.Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == id);
            Assert.Equal(300_000, stored.RecommendedMinFen);
            Assert.Equal(500_000, stored.RecommendedMaxFen);
            Assert.False(string.IsNullOrEmpty(stored.BenchmarkId));
            Assert.NotNull(stored.BenchmarkVersion);
            Assert.Contains("第六十三条", stored.DiscretionTrace, StringComparison.Ordinal);
        }

        var statement = await OkAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{id}/statement", new { version = notified.GetProperty("version").GetInt32(), on = today, defenceWaived = true }));
        v = (await Move(officer, "CloseStatementPeriod", new { version = statement.GetProperty("version").GetInt32() })).GetProperty("version").GetInt32();

        var heavier = await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/Decide", new { version = v, kinds = "Fine", fineYuan = 4500 });
        Assert.Equal(HttpStatusCode.Conflict, heavier.StatusCode); // above the 4 000 notified: APL Art 45

        var lowWithoutReason = await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/Decide", new { version = v, kinds = "Fine", fineYuan = 2000 });
        Assert.Equal(HttpStatusCode.BadRequest, lowWithoutReason.StatusCode);
        Assert.Equal("reason", await lowWithoutReason.ProblemFieldAsync());

        var decided = await Move(head, "Decide", new { version = v, kinds = "Fine", fineYuan = 2000, reason = "当事人主动消除违法后果，经集体讨论从轻" });
        Assert.Equal("Decided", decided.GetProperty("status").GetString());

        var deviations = await (await supervisor.GetAsync("/api/v1/cases/deviations")).JsonAsync();
        Assert.Contains(deviations.EnumerateArray(), d => d.GetProperty("id").GetInt32() == id);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notice_ForAnItemWithoutABenchmark_GoesAheadWithoutARange(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var me = (await (await officer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var headOfficer = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var id = (await (await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            title = "强行通过超限检测站点", itemCode = "GL-LZ-008", partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateTime.UtcNow.AddDays(-4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).JsonAsync()).GetProperty("id").GetInt32();
        async Task<int> Move(HttpClient who, string action, object body) =>
            (await OkAsync(await who.PostAsJsonAsync($"/api/v1/cases/{id}/moves/{action}", body))).GetProperty("version").GetInt32();

        var v = await Move(officer, "SubmitRegistration", new { version = 0, handlerIds = new[] { me, headOfficer } });
        v = await Move(head, "ApproveRegistration", new { version = v });
        v = await Move(officer, "ConcludeInvestigation", new { version = v });
        await Move(officer, "SendNotice", new { version = v, kinds = "Fine", fineYuan = 10000, facts = new { firstOffence = true, vehiclesInvolved = 1, harmCaused = "None", mentalCapacity = "Full" } });

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == id);
        Assert.Equal(Enforcement.Domain.Cases.CaseStatus.Notified, stored.Status);
        Assert.Null(stored.BenchmarkId);
        Assert.Null(stored.RecommendedMinFen);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notice_ForAPartyPenalisedForTheSameItemThisYear_UsesTheRepeatTier_WhateverTheFormSays(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var me = (await (await officer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var headOfficer = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("officerId").GetInt32();
        var party = (await Parties.PartySteps.CreatePersonAsync(officer, TestIds.ResidentId())).GetProperty("id").GetInt32();
        var earlier = await Parties.PartySteps.CreateClueAsync(officer);
        await Parties.PartySteps.LinkAsync(officer, earlier, party);
        await Parties.PartySteps.MarkDecidedAsync(factory, earlier, DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-3)));

        var id = await Parties.PartySteps.CreateClueAsync(officer);
        await Parties.PartySteps.LinkAsync(officer, id, party);
        async Task<int> Move(HttpClient who, string action, object body) =>
            (await OkAsync(await who.PostAsJsonAsync($"/api/v1/cases/{id}/moves/{action}", body))).GetProperty("version").GetInt32();
        var v = await Move(officer, "SubmitRegistration", new { version = 1, handlerIds = new[] { me, headOfficer } });
        v = await Move(head, "ApproveRegistration", new { version = v });
        v = await Move(officer, "ConcludeInvestigation", new { version = v });
        await Move(officer, "SendNotice", new { version = v, kinds = "Fine", fineYuan = 6000, facts = new { firstOffence = true, vehiclesInvolved = 1, harmCaused = "None", mentalCapacity = "Full" } });

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == id);
        Assert.Equal(500_000, stored.RecommendedMinFen);
        Assert.Equal(1_000_000, stored.RecommendedMaxFen);
    }
}
