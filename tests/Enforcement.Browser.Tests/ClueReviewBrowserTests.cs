using Enforcement.Data;
using Enforcement.Data.Files;
using Enforcement.Data.Wim;
using Enforcement.Domain.Cases;
using Enforcement.Web.Tests.Clues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class ClueReviewBrowserTests(BrowserHost host)
{
    /// <summary>A 1×1 PNG, the kind of front-plate photo a station camera sends.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Reviewer_MarksAnIngestedClueValidWithTheKeyboard_AndTurnsItIntoACase()
    {
        var factory = host.Factory;
        var store = factory.Services.GetRequiredKeyedService<ContentStore>("evidence");
        StoredFile photo;
        await using (var content = new MemoryStream(Photo)) photo = await store.SaveAsync(content);
        var device = await ClueSteps.DeviceAsync(factory);
        var plate = ClueSteps.Plate();
        var id = await ClueSteps.IngestAsync(factory, device, ClueSteps.Row(device.Code, "B-1", ClueSteps.HoursAgo(2), plate,
            images: $"{photo.Sha256}@cam/front.png|{new string('b', 64)}@cam/side.jpg"));

        var page = await host.NewPageAsync();
        await BrowserHost.LoginAsync(page, "officer");
        await page.WaitForSelectorAsync("#home-agency");
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Text);
        await page.GotoAsync("/wim/clues");
        try { await page.WaitForSelectorAsync("#clue-screen[data-live=on]", new() { Timeout = 15000 }); }
        catch (TimeoutException) { Assert.Fail(string.Join("\n", console) + "\n" + await page.ContentAsync()); }
        await page.ClickAsync($"#clue-list li[data-clue='{id}']");
        await page.WaitForSelectorAsync($"#clue-detail[data-id='{id}']");
        Assert.Equal(plate + "（黄）", (await page.TextContentAsync("#clue-detail h2"))?.Split(' ')[0].Trim());
        Assert.Equal(1, await page.Locator("#clue-detail img.clue-image").CountAsync());
        Assert.Equal(1, await page.Locator("#clue-detail .clue-image-ref").CountAsync());

        await page.Keyboard.PressAsync("v");
        await page.WaitForFunctionAsync("() => document.querySelector('#clue-status')?.textContent.trim() === '有效'");
        await page.Keyboard.PressAsync("c");
        await page.WaitForSelectorAsync("#clue-case");
        Assert.Equal("已立案", (await page.TextContentAsync("#clue-status"))?.Trim());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var violation = await db.OverloadViolations.IgnoreQueryFilters().SingleAsync(v => v.Id == id);
        Assert.Equal(OverloadViolationStatus.CaseOpened, violation.Status);
        var caseId = (await db.ClueReviews.IgnoreQueryFilters().SingleAsync(r => r.ViolationId == id)).CaseId!.Value;
        var @case = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == caseId);
        Assert.Equal(CaseSource.NonSiteClue, @case.Source);
        var evidence = await db.EvidenceItems.IgnoreQueryFilters().Where(e => e.CaseId == caseId).ToListAsync();
        Assert.Equal(2, evidence.Count);
        Assert.All(evidence, e => Assert.Matches("^[0-9a-f]{64}$", e.FileSha256));
        Assert.Contains(evidence, e => e.FileSha256 == photo.Sha256);

        // The case page shows where it came from.
        await page.ClickAsync("#clue-case");
        await page.WaitForSelectorAsync("#case-status");
        Assert.Contains("非现场", await page.ContentAsync());
    }
}
