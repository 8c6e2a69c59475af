using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace Enforcement.Bench.Cases;

/// <summary>
/// Issue 3's target: with 100 000 cases (and 1 000 000 evidence rows) in PostgreSQL, the case list and the case page
/// answer with p95 &lt; 100 ms under 50 concurrent users; the same run measures a raw-Npgsql read of one case row as
/// the baseline. Starts the real platform (Release build, separate process), loads the data with COPY, signs in as a
/// county officer (so the data scope filter is in every query) and drives all endpoints interleaved.
/// </summary>
internal static class CaseLoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var database = "enf_bench_" + DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
        await using (var admin = NpgsqlDataSource.Create(options.Postgres))
        {
            await admin.CreateCommand($"CREATE DATABASE {database}").ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database }.ConnectionString;
        using var app = StartPlatform(connection, options.Port);
        try
        {
            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitHealthyAsync(http);
            await using var db = NpgsqlDataSource.Create(connection);
            var agencies = new List<int>();
            await using (var reader = await db.CreateCommand("""SELECT "Id" FROM "Agencies" ORDER BY "Id" """).ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) agencies.Add(reader.GetInt32(0));
            }
            var load = Stopwatch.StartNew();
            await CaseData.LoadCasesAsync(db, agencies, options.Cases);
            var evidence = await EvidenceData.LoadAsync(db, options.Evidence);
            Console.WriteLine($"loaded {options.Cases:N0} cases and {evidence:N0} evidence rows in {load.Elapsed.TotalSeconds:F1} s");

            var gonghe = (int)(await db.CreateCommand("""SELECT "Id" FROM "Agencies" WHERE "Key" = 'gonghe-dot'""").ExecuteScalarAsync())!;
            var ownCases = new List<int>();
            await using (var reader = await db.CreateCommand($"""SELECT "Id" FROM "Cases" WHERE "AgencyId" = {gonghe}""").ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) ownCases.Add(reader.GetInt32(0));
            }
            var cookies = await SignInAsync(options.Port);
            Console.WriteLine($"officer of 共和县 sees {ownCases.Count:N0} cases; {options.Users} users for {options.Seconds} s");

            var users = await LoadTest.RunAsync(options.Port, cookies, options.Users, TimeSpan.FromSeconds(options.Seconds), ownCases, TimeSpan.FromMilliseconds(options.ThinkMs));
            Report.Print($"{options.Users} users, think time {options.ThinkMs} ms ±50 %", users, options);
            var stress = await LoadTest.RunAsync(options.Port, cookies, options.Users, TimeSpan.FromSeconds(options.Seconds), ownCases, TimeSpan.Zero);
            Report.Print($"{options.Users} users, no think time (saturation)", stress, options);
            return users.Where(r => r.Name != LoadTest.Baseline).All(r => r.P95Ms < 100) ? 0 : 2;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = NpgsqlDataSource.Create(options.Postgres);
            if (!options.Keep) await admin.CreateCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)").ExecuteNonQueryAsync();
        }
    }

    internal static Process StartPlatform(string connection, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Enforcement.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Enforcement"] = connection;
        start.Environment["DataDirectory"] = Path.Combine(Path.GetTempPath(), "enforcement-bench");
        start.Environment["Bench__RawEndpoint"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        // Only failures reach the console: a benchmark that hides server errors would measure error pages.
        var shown = 0;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && (line.Contains("fail:", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal)) && Interlocked.Increment(ref shown) <= 20)
            {
                Console.Error.WriteLine("platform: " + line);
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("platform: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task WaitHealthyAsync(HttpClient http)
    {
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new InvalidOperationException("the platform did not become healthy in 120 s");
    }

    internal static async Task<CookieContainer> SignInAsync(int port, string userName = "officer")
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "Qinghai@2026" });
        response.EnsureSuccessStatusCode();
        return cookies;
    }

    internal sealed record Options(string Postgres, int Cases, int Evidence, int Users, int Seconds, int Port, bool Keep, int ThinkMs)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
            int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return new Options(
                Value("--postgres") ?? Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_POSTGRES") ?? throw new ArgumentException("--postgres <connection string> is required"),
                Int("--cases", 100_000), Int("--evidence", 1_000_000), Int("--users", 50), Int("--seconds", 30), Int("--port", 5097), args.Contains("--keep"), Int("--think-ms", 1000));
        }
    }
}
