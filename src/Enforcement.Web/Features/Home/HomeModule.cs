namespace Enforcement.Web.Features.Home;

internal static class HomeModule
{
    // The home page is a Razor component; nothing to map beyond the component router.
    public static WebApplication MapHome(this WebApplication app) => app;
}
