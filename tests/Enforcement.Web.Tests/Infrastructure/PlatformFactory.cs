using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Enforcement.Web.Tests.Infrastructure;

/// <summary>The real platform (real database, demo seed) in the test host, on one provider.</summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Configuration for this host only (e.g. a small evidence size limit), on top of the test defaults.</param>
    public PlatformFactory(string provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Database = TestDatabase.Create(provider);
        _settings = settings ?? new Dictionary<string, string?>();
    }

    public TestDatabase Database { get; }
    public string Provider => Database.Provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The host runs from the build output, where framework files such as _framework/blazor.web.js are found through
        // the static web assets manifest; only Development switches it on by itself (a published app copies them).
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Enforcement", Database.ConnectionString);
        builder.UseSetting("DataDirectory", Database.DataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that keeps cookies and does not follow redirects (so 302s can be asserted).</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            Database.Dispose();
        }
    }
}

/// <summary>One shared host per provider for tests that do not disturb each other (they create their own rows).</summary>
public sealed class SharedPlatforms : IDisposable
{
    private readonly Dictionary<string, PlatformFactory> _factories = [];
    private readonly Lock _lock = new();

    public PlatformFactory For(string provider)
    {
        lock (_lock)
        {
            if (!_factories.TryGetValue(provider, out var factory))
            {
                factory = new PlatformFactory(provider);
                _ = factory.Server; // start now: migrate and seed once
                _factories[provider] = factory;
            }
            return factory;
        }
    }

    public void Dispose()
    {
        foreach (var factory in _factories.Values) factory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformTestGroup : ICollectionFixture<SharedPlatforms>
{
    public const string Name = "platform";
}
