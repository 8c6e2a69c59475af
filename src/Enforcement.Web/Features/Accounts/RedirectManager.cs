using Microsoft.AspNetCore.Components;

namespace Enforcement.Web.Features.Accounts;

/// <summary>Redirects from static server-rendered account pages, refusing open redirects to other hosts.</summary>
internal sealed class RedirectManager(NavigationManager navigation)
{
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal))
        {
            uri = navigation.ToBaseRelativePath(uri);
        }
        navigation.NavigateTo(uri);
    }

    public void RedirectTo(string uri, Dictionary<string, object?> query) =>
        RedirectTo(navigation.GetUriWithQueryParameters(navigation.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path), query));
}
