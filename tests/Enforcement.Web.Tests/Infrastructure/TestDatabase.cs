using Npgsql;

namespace Enforcement.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test host: a SQLite file in a temp folder, or a new PostgreSQL database on the
/// server named by ENFORCEMENT_TEST_POSTGRES (test.sh starts one and sets it). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "ENFORCEMENT_TEST_POSTGRES";

    private TestDatabase(string provider, string connectionString, string dataDirectory, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _postgresName = postgresName;
    }

    private readonly string? _postgresName;

    public string Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>SQLite always; PostgreSQL as well whenever the server is configured (always under test.sh).</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "Sqlite" };
            if (PostgresServer is not null) data.Add("Postgres");
            return data;
        }
    }

    public static TestDatabase Create(string provider)
    {
        var directory = Path.Combine(Path.GetTempPath(), "enforcement-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        if (provider == "Sqlite")
        {
            return new TestDatabase(provider, $"Data Source={Path.Combine(directory, "enforcement.db")}", directory, null);
        }
        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var name = "enf_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, directory, name);
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            // FORCE cannot end a superuser's backend: autovacuum analysing freshly written tables. It ends on its own.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    command.ExecuteNonQuery();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 15)
                {
                    Thread.Sleep(TimeSpan.FromSeconds(2));
                }
            }
        }
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* a file still open on Windows-like hosts; temp is cleaned anyway */ }
    }
}
