namespace Enforcement.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class CaseBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task Officer_RecordsAClue_SubmitsIt_AndTheHeadRegistersIt()
    {
        var officer = await host.NewPageAsync();
        await BrowserHost.LoginAsync(officer, "officer");
        await officer.WaitForSelectorAsync("#home-agency");

        await officer.GotoAsync("/cases/new");
        await officer.FillAsync("#case-title", "张某未取得道路运输经营许可擅自从事货物运输");
        await officer.SelectOptionAsync("#case-item", "DL-YZ-001");
        await officer.FillAsync("#case-region", "632521");
        await officer.FillAsync("#case-date", DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.ClickAsync("#case-submit");
        await officer.WaitForSelectorAsync("#case-status");
        Assert.Equal("案源登记", (await officer.TextContentAsync("#case-status"))?.Trim());
        var caseUrl = officer.Url;

        var submit = officer.Locator("form[data-action=SubmitRegistration]");
        var options = await submit.Locator("select[name=HandlerIds] option:has-text('有效')").AllAsync();
        Assert.True(options.Count >= 2, "two certified officers of the county are offered as handlers");
        await submit.Locator("select[name=HandlerIds]").SelectOptionAsync([await options[0].GetAttributeAsync("value") ?? "", await options[1].GetAttributeAsync("value") ?? ""]);
        await submit.Locator("button[type=submit]").ClickAsync();
        await officer.WaitForSelectorAsync(".alert-success");
        Assert.Equal("立案审批", (await officer.TextContentAsync("#case-status"))?.Trim());

        var head = await host.NewPageAsync();
        await BrowserHost.LoginAsync(head, "head");
        await head.WaitForSelectorAsync("#home-agency");
        await head.GotoAsync(caseUrl);
        var approve = head.Locator("form[data-action=ApproveRegistration]");
        await approve.Locator("input[name=Number]").FillAsync("共交执罚〔2026〕B" + Guid.NewGuid().ToString("N")[..4] + "号");
        await approve.Locator("button[type=submit]").ClickAsync();
        await head.WaitForSelectorAsync(".alert-success");
        Assert.Equal("调查取证", (await head.TextContentAsync("#case-status"))?.Trim());
        Assert.Equal(2, await head.Locator("#timeline li").CountAsync());
    }
}
