using System.Net;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Clues;

/// <summary>告知 to the owner and the online statement page (APL Art 41 ¶3): public, masked, one submission per link.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed class ClueNoticeApiTests(SharedPlatforms platforms)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notice_GivesAOneTimeLink_TheOwnerStatesOnline_AndReviewersSeeIt(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var plate = ClueSteps.Plate();
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), plate));
        var officer = await Api.LoginAsync(factory, "officer");
        await ClueSteps.PostAsync(officer, id, "valid", new { version = await ClueSteps.VersionAsync(officer, id) });

        var notified = await ClueSteps.PostAsync(officer, id, "notice", new { version = await ClueSteps.VersionAsync(officer, id), recipientName = "张三运输有限公司" });
        Assert.True(notified.StatusCode == HttpStatusCode.OK, await notified.Content.ReadAsStringAsync());
        var issued = await notified.JsonAsync();
        var token = issued.GetProperty("token").GetString()!;
        Assert.Equal("Notified", issued.GetProperty("clue").GetProperty("status").GetString());
        Assert.Equal($"/public/statement/{token}", issued.GetProperty("publicPath").GetString());

        // Before the owner answers (and within the period) the clue cannot become a case.
        var early = await ClueSteps.PostAsync(officer, id, "case", new { version = await ClueSteps.VersionAsync(officer, id) });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("clue.statement-period", (await early.JsonAsync()).GetProperty("code").GetString());

        var anonymous = factory.NewClient();
        var view = await (await anonymous.GetAsync($"/api/v1/public/statements/{token}")).JsonAsync();
        Assert.Equal(plate[..2] + new string('*', plate.Length - 3) + plate[^1..], view.GetProperty("plateMasked").GetString());
        Assert.Equal("张*******", view.GetProperty("recipientMasked").GetString());
        Assert.DoesNotContain(plate, view.ToString());
        Assert.True(view.GetProperty("open").GetBoolean());
        Assert.NotEmpty(view.GetProperty("provisions").EnumerateArray());
        var page = await anonymous.GetStringAsync($"/public/statement/{token}");
        Assert.Contains("陈述申辩", page);
        Assert.DoesNotContain(plate, page);

        var empty = await anonymous.PostAsJsonAsync($"/api/v1/public/statements/{token}", new { kind = "statement" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("text", await empty.ProblemFieldAsync());
        var stated = await anonymous.PostAsJsonAsync($"/api/v1/public/statements/{token}", new { kind = "statement", text = "当日车辆已卸载，称重时跨道行驶", contact = "13800000000" });
        Assert.Equal(HttpStatusCode.OK, stated.StatusCode);
        var again = await anonymous.PostAsJsonAsync($"/api/v1/public/statements/{token}", new { kind = "accept" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var clue = await ClueSteps.GetAsync(officer, id);
        var notice = Assert.Single(clue.GetProperty("notices").EnumerateArray());
        Assert.Equal("Statement", notice.GetProperty("statementKind").GetString());
        Assert.Equal("当日车辆已卸载，称重时跨道行驶", notice.GetProperty("statementText").GetString());

        // The statement holds: the clue is found invalid after it.
        var dismissed = await ClueSteps.PostAsync(officer, id, "invalid", new { version = clue.GetProperty("version").GetInt32(), reason = "statement-accepted" });
        Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        Assert.Equal("Invalid", (await dismissed.JsonAsync()).GetProperty("status").GetString());
        Assert.False((await (await anonymous.GetAsync($"/api/v1/public/statements/{token}")).JsonAsync()).GetProperty("open").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OwnerWhoAccepts_LetsTheClueBecomeACase(string provider)
    {
        var factory = platforms.For(provider);
        var device = await ClueSteps.DeviceAsync(factory);
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "R-1", ClueSteps.HoursAgo(3), ClueSteps.Plate()));
        var officer = await Api.LoginAsync(factory, "officer");
        await ClueSteps.PostAsync(officer, id, "valid", new { version = await ClueSteps.VersionAsync(officer, id) });
        var issued = await (await ClueSteps.PostAsync(officer, id, "notice", new { version = await ClueSteps.VersionAsync(officer, id) })).JsonAsync();

        var accepted = await factory.NewClient().PostAsJsonAsync($"/api/v1/public/statements/{issued.GetProperty("token").GetString()}", new { kind = "accept" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var toCase = await ClueSteps.PostAsync(officer, id, "case", new { version = await ClueSteps.VersionAsync(officer, id) });
        Assert.True(toCase.StatusCode == HttpStatusCode.Created, await toCase.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnknownToken_IsNotFound(string provider)
    {
        var client = platforms.For(provider).NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/public/statements/not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/public/statements/not-a-token", new { kind = "accept" })).StatusCode);
    }
}
