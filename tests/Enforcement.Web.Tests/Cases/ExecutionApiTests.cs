using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Web.Tests.Documents;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Cases;

/// <summary>Payment, deferral, 加处罚款, 催告 and the court through the API and the case page, on both providers.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class ExecutionApiTests(SharedPlatforms platforms)
{
    private static DateOnly Today => Enforcement.Domain.Common.ChinaTime.Today(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A case of 共和县 fined 3 000 yuan, decided and served on the days given (the road to it is the lifecycle's tests' business).</summary>
    private static async Task<int> ServedAsync(PlatformFactory factory, HttpClient officer, DateOnly decidedOn, DateOnly servedOn, CaseStatus status = CaseStatus.Served)
    {
        var handlers = await CaseSteps.TwoCertifiedOfficersAsync(officer);
        var @case = await CaseSteps.DecidedAsync(factory, handlers);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var stored = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == @case.Id);
        stored.ViolationOn = decidedOn.AddDays(-60);
        stored.RegisteredOn = decidedOn.AddDays(-50);
        stored.NoticeServedOn = decidedOn.AddDays(-20);
        stored.DecidedOn = decidedOn;
        stored.ServedOn = servedOn;
        stored.ServiceMethod = ServiceMethod.Direct;
        stored.Status = status;
        await db.SaveChangesAsync();
        return @case.Id;
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static async Task<JsonElement> CaseAsync(HttpClient client, int id) => await OkAsync(await client.GetAsync($"/api/v1/cases/{id}"));

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string action, int version, object? body = null)
    {
        var payload = JsonSerializer.SerializeToElement(body ?? new { });
        var merged = payload.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        merged["version"] = version;
        return client.PostAsJsonAsync($"/api/v1/cases/{id}/moves/{action}", merged);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PaymentsInParts_SettleTheFine_AndTheFinedCaseCloses(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var id = await ServedAsync(factory, officer, Today.AddDays(-3), Today.AddDays(-2));
        var version = (await CaseAsync(officer, id)).GetProperty("version").GetInt32();

        var tooEarlyToClose = await MoveAsync(officer, id, "Close", version);
        Assert.Equal(HttpStatusCode.Conflict, tooEarlyToClose.StatusCode);

        var first = await OkAsync(await MoveAsync(officer, id, "RecordPayment", version, new { amountYuan = 1000, occurredOn = Iso(Today.AddDays(-1)), reference = "工行 001" }));
        var execution = first.GetProperty("execution");
        Assert.Equal(1000_00, execution.GetProperty("paidFen").GetInt64());
        Assert.Equal(2000_00, execution.GetProperty("owedFen").GetInt64());
        Assert.Equal(JsonValueKind.Null, execution.GetProperty("paidOn").ValueKind);
        // The payment changed no column of the case, yet the version moved: a stale form is refused.
        Assert.Equal(version + 1, first.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(officer, id, "RecordPayment", version, new { amountYuan = 2000 })).StatusCode);

        var over = await MoveAsync(officer, id, "RecordPayment", version + 1, new { amountYuan = 2000.01m });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal("amountYuan", await over.ProblemFieldAsync());

        var second = await OkAsync(await MoveAsync(officer, id, "RecordPayment", version + 1, new { amountYuan = 2000 }));
        Assert.Equal(Iso(Today), second.GetProperty("execution").GetProperty("paidOn").GetString());
        var closed = await OkAsync(await MoveAsync(officer, id, "Close", second.GetProperty("version").GetInt32()));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        var reread = await CaseAsync(officer, id);
        Assert.Equal([1000_00L, 2000_00L], reread.GetProperty("execution").GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("amountFen").GetInt64()));
        Assert.Contains(reread.GetProperty("history").EnumerateArray(), h => h.GetProperty("note").GetString() == "缴款 2000.00 元（" + Iso(Today) + "）");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Surcharge_IsComputedAsOfADay_WithItsTrace_AndNotCountedWhileAReconsiderationRuns(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        // Served Wed 2025-05-07: due Thu 05-22.
        var id = await ServedAsync(factory, officer, new DateOnly(2025, 5, 6), new DateOnly(2025, 5, 7));

        var tenDays = await OkAsync(await officer.GetAsync($"/api/v1/cases/{id}/surcharge?asOf=2025-06-01"));
        Assert.Equal(900_00, tenDays.GetProperty("surcharge").GetProperty("amountFen").GetInt64());
        Assert.Equal(3900_00, tenDays.GetProperty("owedFen").GetInt64());
        Assert.Contains(tenDays.GetProperty("surcharge").GetProperty("trace").EnumerateArray(), t => t.GetString()!.Contains("第七十二条", StringComparison.Ordinal));
        var capped = await OkAsync(await officer.GetAsync($"/api/v1/cases/{id}/surcharge?asOf=2025-12-31"));
        Assert.Equal(3000_00, capped.GetProperty("surcharge").GetProperty("amountFen").GetInt64());
        Assert.True(capped.GetProperty("surcharge").GetProperty("capped").GetBoolean());

        var version = (await CaseAsync(officer, id)).GetProperty("version").GetInt32();
        await OkAsync(await MoveAsync(officer, id, "RecordRemedyApplication", version, new { remedyKind = "Reconsideration", occurredOn = "2025-05-25" }));

        var paused = await OkAsync(await officer.GetAsync($"/api/v1/cases/{id}/surcharge?asOf=2025-06-01"));
        Assert.Equal(180_00, paused.GetProperty("surcharge").GetProperty("amountFen").GetInt64());
        Assert.Contains(paused.GetProperty("surcharge").GetProperty("trace").EnumerateArray(), t => t.GetString()!.Contains("第七十三条第三款", StringComparison.Ordinal));

        var other = await Api.LoginAsync(factory, "officer.guide");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/surcharge")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InstalmentPlan_ApprovedByTheHead_SetsTheDueDates(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = await ServedAsync(factory, officer, Today.AddDays(-3), Today.AddDays(-2));
        var version = (await CaseAsync(officer, id)).GetProperty("version").GetInt32();
        object Plan(decimal second) => new
        {
            reason = "当事人经营困难", occurredOn = Iso(Today),
            instalments = new[] { new { dueOn = Iso(Today.AddDays(30)), amountYuan = 1000m }, new { dueOn = Iso(Today.AddDays(60)), amountYuan = second } },
        };

        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(officer, id, "ApprovePaymentPlan", version, Plan(2000))).StatusCode);
        var wrongTotal = await MoveAsync(head, id, "ApprovePaymentPlan", version, Plan(1999));
        Assert.Equal(HttpStatusCode.BadRequest, wrongTotal.StatusCode);
        Assert.Equal("instalments", await wrongTotal.ProblemFieldAsync());

        var approved = await OkAsync(await MoveAsync(head, id, "ApprovePaymentPlan", version, Plan(2000)));

        Assert.Equal([Iso(Today.AddDays(30)), Iso(Today.AddDays(60))],
            approved.GetProperty("execution").GetProperty("instalments").EnumerateArray().Select(i => i.GetProperty("dueOn").GetString()));
        var payment = approved.GetProperty("clocks").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "payment");
        Assert.Equal(Iso(Today.AddDays(30)), payment.GetProperty("due").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CourtApplication_NeedsAReminderServedTenWorkingDaysBefore_AndShowsItsWindow(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        // Served seven months ago: the six months to sue have run, the three months to apply have not.
        var served = Today.AddMonths(-7);
        var id = await ServedAsync(factory, officer, served.AddDays(-1), served, CaseStatus.Enforcing);
        var version = (await CaseAsync(officer, id)).GetProperty("version").GetInt32();

        var noReminder = await MoveAsync(head, id, "ApplyToCourt", version);
        Assert.Equal(HttpStatusCode.Conflict, noReminder.StatusCode);
        Assert.Contains("第五十四条", await noReminder.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reminded = await OkAsync(await MoveAsync(officer, id, "ServeReminder", version, new { occurredOn = Iso(Today.AddDays(-30)) }));
        var window = reminded.GetProperty("execution").GetProperty("courtWindow");
        Assert.True(DateOnly.Parse(window.GetProperty("closes").GetString()!, CultureInfo.InvariantCulture) > Today);
        Assert.Contains(reminded.GetProperty("clocks").EnumerateArray(), k => k.GetProperty("code").GetString() == "court-application");

        var applied = await OkAsync(await MoveAsync(head, id, "ApplyToCourt", reminded.GetProperty("version").GetInt32()));
        Assert.Equal(Iso(Today), applied.GetProperty("execution").GetProperty("courtAppliedOn").GetString());
        var concluded = await OkAsync(await MoveAsync(officer, id, "ConcludeEnforcement", applied.GetProperty("version").GetInt32(), new { reason = "人民法院裁定准予执行，执行完毕" }));
        var closed = await OkAsync(await MoveAsync(head, id, "Close", concluded.GetProperty("version").GetInt32()));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CasePage_ShowsTheExecution_AndItsPaymentAndPlanFormsPost(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = await ServedAsync(factory, officer, Today.AddDays(-3), Today.AddDays(-2));

        var page = await head.GetStringAsync($"/cases/{id}");
        Assert.Contains("id=\"execution\"", page, StringComparison.Ordinal);
        Assert.Contains("data-action=\"RecordPayment\"", page, StringComparison.Ordinal);
        Assert.Contains("data-action=\"ApprovePaymentPlan\"", page, StringComparison.Ordinal);
        var token = Token().Match(page).Groups["token"].Value;
        var version = (await CaseAsync(head, id)).GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture);

        var plan = await head.PostAsync($"/cases/{id}/moves", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Action", "ApprovePaymentPlan"), new("Version", version),
            new("InstalmentDueOn", Iso(Today.AddDays(20))), new("InstalmentAmountYuan", "1500"),
            new("InstalmentDueOn", Iso(Today.AddDays(50))), new("InstalmentAmountYuan", "1500"),
            new("InstalmentDueOn", ""), new("InstalmentAmountYuan", ""),
            new("OccurredOn", Iso(Today)), new("Reason", "当事人经营困难"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        Assert.Contains("已办理", Uri.UnescapeDataString(plan.Headers.Location!.ToString()), StringComparison.Ordinal);

        page = await officer.GetStringAsync($"/cases/{id}");
        token = Token().Match(page).Groups["token"].Value;
        version = (await CaseAsync(officer, id)).GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture);
        var pay = await officer.PostAsync($"/cases/{id}/moves", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Action"] = "RecordPayment", ["Version"] = version,
            ["AmountYuan"] = "1500", ["OccurredOn"] = Iso(Today), ["Reference"] = "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.Contains("已办理", Uri.UnescapeDataString(pay.Headers.Location!.ToString()), StringComparison.Ordinal);

        var execution = (await CaseAsync(officer, id)).GetProperty("execution");
        Assert.Equal(2, execution.GetProperty("instalments").GetArrayLength());
        Assert.Equal(1500_00, execution.GetProperty("paidFen").GetInt64());
        page = await officer.GetStringAsync($"/cases/{id}");
        Assert.Contains("id=\"payments\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"instalments\"", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
