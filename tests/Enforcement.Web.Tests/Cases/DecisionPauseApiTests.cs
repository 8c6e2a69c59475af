using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Data;
using Enforcement.Web.Features.Calendar;
using Enforcement.Web.Tests.Documents;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Cases;

/// <summary>Periods not counted in the decision period, recorded through the API and the case page and shown by the decision clock, on both providers.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class DecisionPauseApiTests(SharedPlatforms platforms)
{
    private static DateOnly Today => Enforcement.Domain.Common.ChinaTime.Today(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A case under investigation, registered 60 days ago (so that pauses can lie in the past).</summary>
    private static async Task<int> RegisteredSixtyDaysAgoAsync(PlatformFactory factory, HttpClient officer, HttpClient head)
    {
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var stored = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == id);
        stored.ViolationOn = Today.AddDays(-70);
        stored.DiscoveredOn = Today.AddDays(-65);
        stored.RegisteredOn = Today.AddDays(-60);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>The platform's own working calendar: the first working day on or after a day.</summary>
    private static async Task<DateOnly> WorkingDayFromAsync(PlatformFactory factory, DateOnly day)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarService>().CalendarAsync();
        return calendar.AddCalendarDays(day, 0).Date;
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static JsonElement DecisionClock(JsonElement view) =>
        view.GetProperty("clocks").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "decision");

    private static DateOnly Due(JsonElement clock) => DateOnly.Parse(clock.GetProperty("due").GetString()!, CultureInfo.InvariantCulture);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExaminationPause_StopsTheDecisionClock_WhileItRuns_AndMovesTheDueDateByItsDays(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = await RegisteredSixtyDaysAgoAsync(factory, officer, head);
        var view = await OkAsync(await officer.GetAsync($"/api/v1/cases/{id}"));
        var v = view.GetProperty("version").GetInt32();
        var before = DecisionClock(view);
        Assert.Equal((await WorkingDayFromAsync(factory, Today.AddDays(30)), "Running"), (Due(before), before.GetProperty("state").GetString()));

        var hearing = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/StartPause", new { version = v, pauseKind = "Hearing" });
        Assert.Equal(HttpStatusCode.BadRequest, hearing.StatusCode);
        Assert.Equal("pauseKind", await hearing.ProblemFieldAsync());
        var future = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/StartPause", new { version = v, pauseKind = "Examination", occurredOn = Iso(Today.AddDays(1)) });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("occurredOn", await future.ProblemFieldAsync());
        var byHead = await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/StartPause", new { version = v, pauseKind = "Examination", occurredOn = Iso(Today.AddDays(-50)) });
        Assert.Equal(HttpStatusCode.Conflict, byHead.StatusCode);

        var started = await OkAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/StartPause",
            new { version = v, pauseKind = "Examination", occurredOn = Iso(Today.AddDays(-50)), reason = "车辆送交检测机构" }));
        Assert.Equal("Investigating", started.GetProperty("status").GetString());
        var running = Assert.Single(started.GetProperty("pauses").EnumerateArray());
        Assert.Equal(("Examination", JsonValueKind.Null, "车辆送交检测机构"),
            (running.GetProperty("kind").GetString(), running.GetProperty("to").ValueKind, running.GetProperty("note").GetString()));
        var paused = DecisionClock(started);
        // Running since 50 days ago, counted up to today: 51 days not counted.
        Assert.Equal(("Paused", await WorkingDayFromAsync(factory, Today.AddDays(30 + 51))), (paused.GetProperty("state").GetString(), Due(paused)));
        Assert.Contains(paused.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("进行中", StringComparison.Ordinal));

        var again = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/StartPause", new { version = v + 1, pauseKind = "Examination" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("第六十条", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var endBeforeStart = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/EndPause", new { version = v + 1, pauseKind = "Examination", occurredOn = Iso(Today.AddDays(-51)) });
        Assert.Equal(HttpStatusCode.BadRequest, endBeforeStart.StatusCode);
        Assert.Equal("occurredOn", await endBeforeStart.ProblemFieldAsync());

        var ended = await OkAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/EndPause",
            new { version = v + 1, pauseKind = "Examination", occurredOn = Iso(Today.AddDays(-41)) }));
        var clock = DecisionClock(ended);
        Assert.Equal(("Running", await WorkingDayFromAsync(factory, Today.AddDays(40))), (clock.GetProperty("state").GetString(), Due(clock)));
        Assert.Contains(clock.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("不计入期限 10 日", StringComparison.Ordinal));
        Assert.Equal(Iso(Today.AddDays(-41)), ended.GetProperty("pauses")[0].GetProperty("to").GetString());
        Assert.Equal(["登记不计入办案期限的期间", "结束不计入办案期限的期间"],
            ended.GetProperty("history").EnumerateArray().Skip(2).Select(h => h.GetProperty("action").GetString()));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CasePage_OffersThePauseForms_AndShowsThePausedClockWithItsPauses(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = await RegisteredSixtyDaysAgoAsync(factory, officer, head);

        var v = (await OkAsync(await officer.GetAsync($"/api/v1/cases/{id}"))).GetProperty("version").GetInt32();
        var page = await officer.GetStringAsync($"/cases/{id}");
        Assert.Contains("data-action=\"StartPause\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"PauseKind\"", page, StringComparison.Ordinal);
        var posted = await officer.PostAsync($"/cases/{id}/moves", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups["token"].Value, ["Action"] = "StartPause", ["Version"] = v.ToString(CultureInfo.InvariantCulture),
            ["PauseKind"] = "PublicNotice", ["OccurredOn"] = Iso(Today.AddDays(-5)), ["Reason"] = "公告送达违法行为通知书",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("已办理", Uri.UnescapeDataString(posted.Headers.Location!.ToString()), StringComparison.Ordinal);

        page = await officer.GetStringAsync($"/cases/{id}");
        Assert.Contains("data-clock=\"decision\" data-state=\"Paused\"", page, StringComparison.Ordinal);
        Assert.Contains("已暂停计算", page, StringComparison.Ordinal);
        Assert.Contains("id=\"clock-decision-explanation\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"pause-list\"", page, StringComparison.Ordinal);
        Assert.Contains("公告送达违法行为通知书", page, StringComparison.Ordinal);
        Assert.Matches("data-action=\"EndPause\"[\\s\\S]*<option value=\"PublicNotice\">", page);

        var ended = await officer.PostAsync($"/cases/{id}/moves", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups["token"].Value, ["Action"] = "EndPause", ["Version"] = (v + 1).ToString(CultureInfo.InvariantCulture),
            ["PauseKind"] = "PublicNotice", ["OccurredOn"] = Iso(Today.AddDays(1)),
        }));
        Assert.Contains("结束日期不能晚于今天", Uri.UnescapeDataString(ended.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Equal("Paused", DecisionClock(await OkAsync(await officer.GetAsync($"/api/v1/cases/{id}"))).GetProperty("state").GetString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
