using Enforcement.Data;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class OfficerScopeBrowserTests(BrowserHost host)
{
    private async Task<(int Own, int OtherCounty)> OfficerIdsAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var gonghe = await db.Agencies.FirstAsync(a => a.Key == "gonghe-dot");
        var guide = await db.Agencies.FirstAsync(a => a.Key == "guide-dot");
        return ((await db.Officers.IgnoreQueryFilters().FirstAsync(o => o.AgencyId == gonghe.Id)).Id, (await db.Officers.IgnoreQueryFilters().FirstAsync(o => o.AgencyId == guide.Id)).Id);
    }

    [Fact]
    public async Task Officer_SeesOwnAgencyInChinese_AndGets404ForAnotherCountysOfficer()
    {
        var page = await host.NewPageAsync();
        await BrowserHost.LoginAsync(page, "officer");

        await page.WaitForSelectorAsync("#home-agency");
        Assert.Equal("共和县交通运输局", (await page.TextContentAsync("#home-agency"))?.Trim());
        Assert.Contains("有效", await page.TextContentAsync("#home-certificate") ?? "", StringComparison.Ordinal);

        await page.ClickAsync("nav >> text=执法人员");
        await page.WaitForSelectorAsync("#officers tbody tr");
        var agencies = await page.Locator("#officers tbody tr td:nth-child(3)").AllTextContentsAsync();
        Assert.NotEmpty(agencies);
        Assert.All(agencies, a => Assert.Equal("共和县交通运输局", a.Trim()));
        var idCells = await page.Locator("#officers tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.All(idCells, id => Assert.Matches(@"^\d{3}\*{11}[\dX]{4}$", id.Trim()));

        var (own, other) = await OfficerIdsAsync();
        var ownResponse = await page.GotoAsync($"/officers/{own}");
        Assert.Equal(200, ownResponse!.Status);

        var otherResponse = await page.GotoAsync($"/officers/{other}");
        Assert.Equal(404, otherResponse!.Status);
        Assert.Contains("页面不存在", await page.TextContentAsync("h1") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_SignsInWithAuthenticatorCode()
    {
        var page = await host.NewPageAsync(390, 844); // a phone
        await BrowserHost.LoginAsync(page, "auditadmin");

        await page.WaitForSelectorAsync("#code");
        await page.FillAsync("#code", Totp.Code(Api.AdminKeys["auditadmin"]));
        await page.ClickAsync("#code-submit");

        await page.WaitForSelectorAsync("#home-agency");
        Assert.Equal("青海省交通运输厅", (await page.TextContentAsync("#home-agency"))?.Trim());
        Assert.True(await page.Locator("nav >> text=审计日志").IsVisibleAsync());
    }
}
