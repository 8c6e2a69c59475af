using Microsoft.Net.Http.Headers;

namespace Enforcement.Web.Platform;

/// <summary>
/// Lets a public page (the same for every anonymous reader) be kept by browsers and proxies. Once any interactive
/// render mode is configured, the framework issues an antiforgery token on every page it renders and marks the
/// response no-store; a public page has no form, so for an anonymous reader the token is dropped and the caching
/// header set as the response starts, after the framework has written its own.
/// </summary>
internal static class PublicCaching
{
    public static void MarkCacheable(HttpContext context, int maxAgeSeconds)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true || context.Response.HasStarted) return;
        var response = context.Response;
        response.OnStarting(() =>
        {
            response.Headers.CacheControl = $"public, max-age={maxAgeSeconds}";
            response.Headers.Remove(HeaderNames.Pragma);
            var cookies = response.Headers.SetCookie.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToArray();
            if (cookies.Length == 0) response.Headers.Remove(HeaderNames.SetCookie);
            else response.Headers.SetCookie = cookies;
            return Task.CompletedTask;
        });
    }
}
