using Enforcement.Data.Postgres;
using Enforcement.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the provider from configuration: <c>Database:Provider</c> and <c>ConnectionStrings:Enforcement</c>.</summary>
public static class DataModule
{
    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Database:Provider"] ?? "Sqlite";
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Unknown Database:Provider '{name}' (Sqlite or Postgres).");
    }

    /// <summary><c>Database:SqliteSynchronous</c>: Full (default: an acknowledged batch survives a power cut) or Normal.</summary>
    public static SqliteSynchronous SqliteSynchronousFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Database:SqliteSynchronous"] ?? nameof(SqliteSynchronous.Full);
        return Enum.TryParse<SqliteSynchronous>(name, ignoreCase: true, out var level)
            ? level
            : throw new InvalidOperationException($"Unknown Database:SqliteSynchronous '{name}' (Full or Normal).");
    }

    /// <summary>The SQLite file lives under the data directory (default ./data), created on first start.</summary>
    public static string DefaultSqliteConnection(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, "enforcement.db")}";
    }

    public static IServiceCollection AddEnforcementData(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var provider = ProviderFrom(configuration);
        var connection = configuration.GetConnectionString("Enforcement");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = connection ?? DefaultSqliteConnection(dataDirectory);
                var synchronous = SqliteSynchronousFrom(configuration);
                services.AddDbContext<EnforcementDbContext, SqliteEnforcementDbContext>(o => SqliteJournal.Use(o.UseSqlite(sqlite), synchronous));
                break;
            case DatabaseProvider.Postgres:
                var postgres = connection ?? throw new InvalidOperationException(
                    "Database:Provider=Postgres needs ConnectionStrings:Enforcement (ConnectionStrings__Enforcement).");
                services.AddDbContext<EnforcementDbContext, PostgresEnforcementDbContext>(o => o.UseNpgsql(postgres));
                break;
        }
        return services;
    }
}
