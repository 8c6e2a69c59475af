using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class PersonnelFormsBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task Head_RegistersOfficer_IssuesCertificate_AndRecordsDeparture()
    {
        var page = await host.NewPageAsync();
        await BrowserHost.LoginAsync(page, "head");
        await page.WaitForSelectorAsync("#home-agency");

        await page.GotoAsync("/officers/new");
        await page.FillAsync("#officer-name", "扎西多杰");
        await page.FillAsync("#officer-id", "340524198001010013");
        await page.FillAsync("#officer-categories", "公路路政、道路运政");
        await page.ClickAsync("#officer-submit");
        await page.WaitForSelectorAsync(".alert-danger");
        Assert.Contains("校验", await page.TextContentAsync(".alert-danger") ?? "", StringComparison.Ordinal);

        await page.FillAsync("#officer-id", TestIds.ResidentId());
        await page.ClickAsync("#officer-submit");
        await page.WaitForSelectorAsync("#officer-name");
        Assert.Equal("扎西多杰", (await page.TextContentAsync("h1#officer-name"))?.Trim());

        var number = "QHB" + Guid.NewGuid().ToString("N")[..8];
        await page.FillAsync("#cert-number", number);
        await page.FillAsync("#cert-categories", "公路路政");
        await page.FillAsync("#cert-region", "632521");
        await page.FillAsync("#cert-issued", "2026-01-05");
        await page.FillAsync("#cert-expires", "2031-01-04");
        await page.ClickAsync("#cert-submit");
        await page.WaitForSelectorAsync($"#certificates td:has-text('{number}')");
        Assert.Contains("有效", await page.Locator($"#certificates tr:has-text('{number}')").TextContentAsync() ?? "", StringComparison.Ordinal);

        await page.FillAsync("#leave-on", "2026-06-30");
        await page.ClickAsync("#leave-submit");
        await page.WaitForSelectorAsync(".alert-success");
        Assert.Contains("注销", await page.Locator($"#certificates tr:has-text('{number}')").TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
