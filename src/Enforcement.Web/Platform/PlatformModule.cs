using System.Globalization;
using Enforcement.Data;
using Enforcement.Web.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

namespace Enforcement.Web.Platform;

/// <summary>What every request needs: data, request context, localisation, problem details, OpenAPI, health.</summary>
internal static class PlatformModule
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        // Default: <content root>/data, i.e. src/Enforcement.Web/data under `dotnet run`, next to the app when published.
        var dataDirectory = Path.GetFullPath(configuration["DataDirectory"] ?? Path.Combine(environment.ContentRootPath, "data"));
        services.AddSingleton(new PlatformPaths(dataDirectory));
        services.AddSingleton(TimeProvider.System);
        services.AddEnforcementData(configuration, dataDirectory);
        services.AddHttpContextAccessor();
        // Sign-in cookies must survive a restart: keep the key ring with the platform's own files.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        services.AddSingleton<AgencyTreeCache>();
        services.AddScoped<IRequestContext, HttpRequestContext>();
        services.AddScoped<Seeding.DemoSeeder>();

        // Chinese pages stay readable (and smaller) without every character escaped as &#x...;.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Static server rendering stays the default; a component asks for InteractiveServer where it needs live
        // interaction (the discretion calculator), and gets a SignalR circuit for it.
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, Features.Accounts.CircuitAuthenticationState>();
        services.AddLocalization();
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
        // People get the Chinese not-found page with the 404 status kept; API callers keep their ProblemDetails.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            b => b.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Only the explicit choice (cookie) switches language: the platform speaks Chinese unless asked.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar");
        app.MapHealthChecks("/healthz");
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext http) =>
        {
            var culture = Cultures.FirstOrDefault(c => c.Name == name) ?? Cultures[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') ? returnUrl : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>Creates or migrates the database, then seeds the demo once (unless Seed:Demo is false).</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<EnforcementDbContext>();
        await db.Database.MigrateAsync();
        await services.GetRequiredService<Seeding.DemoSeeder>().SeedAsync(seedDemo: app.Configuration.GetValue("Seed:Demo", true));
    }
}

/// <summary>Where the platform keeps its files (SQLite database, evidence, generated documents).</summary>
internal sealed record PlatformPaths(string DataDirectory);
