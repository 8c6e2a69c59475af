using System.Globalization;
using System.Security.Cryptography;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests;

/// <summary>
/// One case driven through the case page as people do it, one step per method: each step posts the case page's own
/// form and checks the message and the status it comes back with. A path with another penalty (a paid fine) reuses
/// the steps and swaps the one that differs.
/// </summary>
internal sealed class CaseFlow(IPage officer, IPage head)
{
    public static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string CaseUrl { get; private set; } = "";
    public int CaseId => int.Parse(CaseUrl[(CaseUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    public IPage Officer => officer;
    public IPage Head => head;

    public static async Task<CaseFlow> SignInAsync(BrowserHost host)
    {
        var officer = await host.NewPageAsync();
        await BrowserHost.LoginAsync(officer, "officer");
        await officer.WaitForSelectorAsync("#home-agency");
        var head = await host.NewPageAsync();
        await BrowserHost.LoginAsync(head, "head");
        await head.WaitForSelectorAsync("#home-agency");
        return new CaseFlow(officer, head);
    }

    public async Task RecordClueAsync(string title, string itemCode, int daysAgo)
    {
        await officer.GotoAsync("/cases/new");
        await officer.FillAsync("#case-title", title);
        await officer.SelectOptionAsync("#case-item", itemCode);
        await officer.FillAsync("#case-region", "632521");
        await officer.FillAsync("#case-date", DateTime.UtcNow.AddHours(8).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await ClickAndLoadAsync(officer, officer.Locator("#case-submit"));
        await AssertStatusAsync(officer, "案源登记");
        CaseUrl = new Uri(officer.Url).AbsolutePath;
    }

    /// <summary>From the case page: record a natural person and make them the case's party (the form comes back to the case).</summary>
    public async Task RecordPartyAsync(string name, string idNumber)
    {
        await officer.GotoAsync(await officer.GetAttributeAsync("#case-new-party", "href") ?? "");
        await officer.FillAsync("#party-name", name);
        await officer.FillAsync("#party-id-number", idNumber);
        await officer.FillAsync("#party-address", "青海省海南州共和县恰卜恰镇");
        await officer.FillAsync("#party-phone", "13912345678");
        await SubmitAsync(officer, officer.Locator("#party-submit"), "并确定为本案当事人");
        Assert.Contains(name, await TextAsync(officer, "#case-party-name"), StringComparison.Ordinal);
    }

    public async Task RecordVehicleAsync(string plate, string colour)
    {
        await officer.GotoAsync(await officer.GetAttributeAsync("#case-new-vehicle", "href") ?? "");
        await officer.FillAsync("#vehicle-plate", plate);
        await officer.SelectOptionAsync("#vehicle-colour", colour);
        await SubmitAsync(officer, officer.Locator("#vehicle-submit"), "并确定为本案车辆");
        Assert.Contains(plate, await TextAsync(officer, "#case-vehicle"), StringComparison.Ordinal);
    }

    /// <summary>The officer proposes the two handlers by name; the head approves and the 案号 is taken automatically.</summary>
    public async Task RegisterAsync(params string[] handlers)
    {
        await officer.GotoAsync(CaseUrl);
        var form = Move(officer, "SubmitRegistration");
        var values = new List<string>();
        foreach (var name in handlers) values.Add(await form.Locator($"select[name=HandlerIds] option:has-text('{name}')").GetAttributeAsync("value") ?? "");
        await form.Locator("select[name=HandlerIds]").SelectOptionAsync(values);
        await SubmitMoveAsync(officer, "SubmitRegistration", "立案审批");

        await head.GotoAsync(CaseUrl);
        await SubmitMoveAsync(head, "ApproveRegistration", "调查取证");
        Assert.NotEqual("—", await TextAsync(head, "#case-number"));
    }

    public async Task GenerateAsync(IPage page, string kind, string title)
    {
        await page.GotoAsync(CaseUrl);
        await SubmitAsync(page, page.Locator($"#document-kinds form[data-kind={kind}] button"), $"已制作：《{title}》");
    }

    public async Task ConcludeAsync()
    {
        await officer.GotoAsync(CaseUrl);
        await SubmitMoveAsync(officer, "ConcludeInvestigation", "调查终结");
    }

    /// <summary>
    /// The notice with a warning only: the live calculator in the notice form shows the recommendation for the facts
    /// typed (the over-limit mass), then the officer sends the notice, which computes it again on the server.
    /// </summary>
    public async Task NoticeWithWarningAsync(Live live, long overLimitKg)
    {
        await officer.GotoAsync(CaseUrl);
        await live.CircuitAsync(officer, "notice-calc");
        await officer.FillAsync("#notice-calc-overlimit", overLimitKg.ToString(CultureInfo.InvariantCulture));
        await Live.TextAsync(officer, "#notice-calc-kinds", "警告");
        Assert.Equal("0 元", await Live.ReadAsync(officer, "#notice-calc-recommended"));
        var form = Move(officer, "SendNotice");
        await form.Locator("input[name=Warning]").CheckAsync();
        await form.Locator("input[name=Fine]").UncheckAsync();
        await SubmitMoveAsync(officer, "SendNotice", "已告知");
    }

    /// <summary>
    /// The party waives statement, defence and hearing in writing. The case page has no statement form yet, so the
    /// officer's signed-in browser session records it through the API the page would post to.
    /// </summary>
    public async Task WaiveStatementAsync()
    {
        await officer.GotoAsync(CaseUrl);
        var form = officer.Locator("#statement-form");
        await form.Locator("input[name=DefenceWaived]").CheckAsync();
        if (await form.Locator("input[name=HearingWaived]").CountAsync() > 0) await form.Locator("input[name=HearingWaived]").CheckAsync();
        await form.Locator("input[name=On]").FillAsync(Today);
        await form.Locator("button[type=submit]").ClickAsync();
        await officer.WaitForSelectorAsync(".alert-success");
        await SubmitMoveAsync(officer, "CloseStatementPeriod", "待决定");
    }

    public async Task DecideWarningAsync()
    {
        await head.GotoAsync(CaseUrl);
        var form = Move(head, "Decide");
        await form.Locator("input[name=Warning]").CheckAsync();
        await form.Locator("input[name=Fine]").UncheckAsync();
        await SubmitMoveAsync(head, "Decide", "已决定");
    }

    public async Task ServeAsync()
    {
        await officer.GotoAsync(CaseUrl);
        var form = Move(officer, "Serve");
        await form.Locator("select[name=ServiceMethod]").SelectOptionAsync("Direct");
        await form.Locator("input[name=ServedOn]").FillAsync(Today);
        await SubmitMoveAsync(officer, "Serve", "已送达");
    }

    public async Task CloseAsync()
    {
        await officer.GotoAsync(CaseUrl);
        await SubmitMoveAsync(officer, "Close", "已结案");
    }

    public async Task ArchiveAsync()
    {
        await head.GotoAsync(CaseUrl);
        await SubmitMoveAsync(head, "Archive", "已归档");
    }

    /// <summary>The documents listed on the case page: kind → SHA-256, each checked against the file the platform serves.</summary>
    public async Task<Dictionary<string, string>> DocumentsOnFileAsync(IPage page)
    {
        await page.GotoAsync(CaseUrl);
        var listed = new Dictionary<string, string>();
        foreach (var row in await page.Locator("#document-list tbody tr").AllAsync())
        {
            var kind = await row.GetAttributeAsync("data-kind") ?? "";
            var sha = await row.Locator("[data-sha256]").GetAttributeAsync("data-sha256") ?? "";
            var docx = await row.Locator("a[href$='.docx']").GetAttributeAsync("href") ?? "";
            var file = await page.APIRequest.GetAsync(docx);
            Assert.True(file.Ok, $"{kind}: {file.Status}");
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(await file.BodyAsync())));
            listed[kind] = sha;
        }
        return listed;
    }

    private async Task<int> CaseVersionAsync()
    {
        var response = await officer.APIRequest.GetAsync($"/api/v1/cases/{CaseId}");
        Assert.True(response.Ok, await response.TextAsync());
        return (await response.JsonAsync())!.Value.GetProperty("version").GetInt32();
    }

    public async Task<System.Text.Json.JsonElement> CaseJsonAsync()
    {
        var response = await officer.APIRequest.GetAsync($"/api/v1/cases/{CaseId}");
        Assert.True(response.Ok, await response.TextAsync());
        return (await response.JsonAsync())!.Value;
    }

    private static ILocator Move(IPage page, string action) => page.Locator($"form[data-action={action}]");

    private static async Task SubmitMoveAsync(IPage page, string action, string status)
    {
        await SubmitAsync(page, Move(page, action).Locator("button[type=submit]"), "已办理");
        await AssertStatusAsync(page, status);
    }

    /// <summary>Posts a form and waits for the page it comes back to; its message must be the expected one, not an error.</summary>
    private static async Task SubmitAsync(IPage page, ILocator button, string expected)
    {
        await ClickAndLoadAsync(page, button);
        var message = await page.Locator("[role=alert]").First.TextContentAsync() ?? "";
        Assert.True(message.Contains(expected, StringComparison.Ordinal), $"expected “{expected}”, the page said: {message}");
    }

    /// <summary>Clicks and waits for the next document (a full load: the window's own mark is gone) to finish loading.</summary>
    private static async Task ClickAndLoadAsync(IPage page, ILocator button)
    {
        await page.EvaluateAsync("() => window.__leaving = true");
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__leaving !== true && document.readyState === 'complete'");
    }

    public static async Task AssertStatusAsync(IPage page, string status) =>
        Assert.Equal(status, await TextAsync(page, "#case-status"));

    public static async Task<string> TextAsync(IPage page, string selector) => (await page.Locator(selector).TextContentAsync())?.Trim() ?? "";

    /// <summary>A fresh ordinary plate of 海南州 (青E), unique within a run.</summary>
    public static string Plate() => $"青E{Random.Shared.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture)}";

    public static string ResidentId() => TestIds.ResidentId();
}
