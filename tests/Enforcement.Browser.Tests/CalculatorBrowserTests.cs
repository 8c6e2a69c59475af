namespace Enforcement.Browser.Tests;

/// <summary>The discretion calculator runs live over a SignalR circuit: a changed fact updates the recommendation in place.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CalculatorBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task ChangingAFact_UpdatesTheRecommendation_WithoutAPageLoad_OnAPhone()
    {
        var page = await host.NewPageAsync(width: 390, height: 844);
        var live = Live.Watch(page);
        await BrowserHost.LoginAsync(page, "officer");
        await page.WaitForSelectorAsync("#home-agency");

        await page.GotoAsync("/discretion/calculator");
        await live.CircuitAsync(page, "calc");
        var loads = 0;
        page.Load += (_, _) => loads++;
        await page.EvaluateAsync("() => window.__samePage = true");

        await page.SelectOptionAsync("#calc-item", "GL-LZ-002");
        await Live.TextAsync(page, "#calc-tier", "一般");
        await page.FillAsync("#calc-overlimit", "800");
        await Live.TextAsync(page, "#calc-kinds", "警告");
        Assert.Equal("0 元", await Live.ReadAsync(page, "#calc-recommended"));

        await page.FillAsync("#calc-overlimit", "12000");
        await Live.TextAsync(page, "#calc-recommended", "6,000 元");
        Assert.Contains("罚款", await Live.ReadAsync(page, "#calc-kinds"), StringComparison.Ordinal);
        Assert.Contains("第四十三条", await Live.ReadAsync(page, "#calc-citations"), StringComparison.Ordinal);

        // Minor, corrected at once, no harm: APL Art 33 ¶1 overrides the benchmark (no penalty), shown with its article.
        await page.CheckAsync("#calc-minor");
        await page.CheckAsync("#calc-corrected");
        await Live.TextAsync(page, "#calc-outcome", "不予处罚");
        Assert.Contains("第三十三条第一款", await Live.ReadAsync(page, "#calc-overrides"), StringComparison.Ordinal);

        Assert.Equal(0, loads);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), "the page was reloaded");
        var box = await page.Locator("#calc").BoundingBoxAsync();
        Assert.True(box is { Width: <= 390 }, $"the calculator is {box?.Width}px wide on a 390px phone");
    }
}
