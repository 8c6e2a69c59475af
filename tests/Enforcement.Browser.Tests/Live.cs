using Microsoft.Playwright;

namespace Enforcement.Browser.Tests;

/// <summary>Waiting on a live (interactive server) component: its circuit, and text it renders after a change.</summary>
internal sealed class Live
{
    private readonly List<string> _sockets = [];
    private readonly List<string> _log = [];

    private Live(IPage page)
    {
        page.WebSocket += (_, socket) => _sockets.Add(socket.Url);
        page.Console += (_, message) => _log.Add($"{message.Type}: {message.Text}");
        page.Response += (_, response) => { if (response.Status >= 400) _log.Add($"{response.Status} {response.Url}"); };
    }

    /// <summary>Starts recording the page's WebSockets and errors (call before the page loads).</summary>
    public static Live Watch(IPage page) => new(page);

    /// <summary>
    /// The component turned interactive (it marks itself data-live=on once it renders over the circuit, which a
    /// prerendered page never does) and the page opened Blazor's WebSocket.
    /// </summary>
    public async Task CircuitAsync(IPage page, string componentId)
    {
        try
        {
            await page.WaitForSelectorAsync($"#{componentId}[data-live=on]", new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"#{componentId} never became live. Page log:\n{string.Join('\n', _log)}");
        }
        Assert.Contains(_sockets, url => url.Contains("/_blazor", StringComparison.Ordinal));
    }

    public static Task TextAsync(IPage page, string selector, string text) =>
        Assertions.Expect(page.Locator(selector)).ToContainTextAsync(text, new() { Timeout = 10_000 });

    public static async Task<string> ReadAsync(IPage page, string selector) => (await page.Locator(selector).TextContentAsync())?.Trim() ?? "";
}
