using System.Diagnostics;
using System.Globalization;
using System.Net;
using Enforcement.Bench.Cases;
using Enforcement.Data.Wim;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Bench.WimStats;

/// <summary>
/// Issue 4's statistics target: with ≥ 10 million weighing records in PostgreSQL, the dashboard's API answers with
/// p95 &lt; 50 ms from the rollups under several concurrent users, and the same answers computed by scanning the raw
/// records are timed in the same run for the ratio. The records are loaded with binary COPY straight into the
/// partitioned records table (synthetic determination columns, not through the ingest pipeline: the ingest has its
/// own benchmark); then the rollup fold catches up from watermark 0 and its rows/s is reported.
/// </summary>
internal static class WimStatsBenchmark
{
    private static readonly string[] InScopeAgencies = ["hnz-dot", "gonghe-dot", "guide-dot", "guinan-dot", "tongde-dot", "xinghai-dot"];
    private static readonly string[] Answers = ["summary", "daily", "stations", "heatmap", "invalid"];
    private static readonly string[] OtherAgencies = ["xn-dot", "hd-dot", "qh-corps-haidong-trunk", "qh-corps-golmud"];

    private static readonly string[] RollupTables =
    [
        "WimDailyRollups", "WimHourlyRollups", "WimInvalidRollups", "WimMonthlyRollups", "WimHeatRollups", "WimMonthlyInvalidRollups",
        "WimAgencyDailyRollups", "WimAgencyHourlyRollups",
        "WimAgencyHeatRollups", "WimAgencyInvalidRollups", "WimAgencyMonthlyInvalidRollups",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var database = "enf_bench_stats_" + DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
        await using (var admin = NpgsqlDataSource.Create(options.Postgres))
        {
            await admin.CreateCommand($"CREATE DATABASE {database}").ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database, CommandTimeout = 0 }.ConnectionString;
        using var app = CaseLoadBenchmark.StartPlatform(connection, options.Port, new Dictionary<string, string>
        {
            // The benchmark runs the fold itself (to time it); the demo traffic would only add noise.
            ["Wim__Stats__Background"] = "false",
            ["Seed__DemoTrafficRecords"] = "0",
        });
        try
        {
            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}"), Timeout = TimeSpan.FromSeconds(60) };
            await CaseLoadBenchmark.WaitHealthyAsync(http);
            await using var db = NpgsqlDataSource.Create(connection);
            var stations = await CreateStationsAsync(db);
            var scope = stations.Where(s => s.InScope).Select(s => s.AgencyId).Distinct().ToArray();

            var end = DateTime.UtcNow.Date;
            var start = end.AddDays(-365);
            var load = Stopwatch.StartNew();
            await LoadRecordsAsync(db, stations, start, end, options.Records);
            var loadSeconds = load.Elapsed.TotalSeconds;
            await db.CreateCommand("ANALYZE \"WimRecords\"").ExecuteNonQueryAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"loaded {options.Records:N0} records (binary COPY into the partitioned table, 13 monthly partitions) in {loadSeconds:F1} s ({options.Records / loadSeconds:N0} rows/s)"));

            var fold = Stopwatch.StartNew();
            await using (var foldConnection = await db.OpenConnectionAsync())
            {
                var folder = new WimRollupFolder(new WimRollupOptions { ChunkRows = options.Chunk });
                var result = await folder.CatchUpAsync(foldConnection, CancellationToken.None);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rollup fold caught up {result.Records:N0} records in {fold.Elapsed.TotalSeconds:F1} s ({result.Records / fold.Elapsed.TotalSeconds:N0} rows/s, chunks of {options.Chunk:N0})"));
            }

            foreach (var table in RollupTables)
            {
                await db.CreateCommand($"ANALYZE \"{table}\"").ExecuteNonQueryAsync();
            }

            foreach (var table in RollupTables)
            {
                Console.WriteLine($"{table}: {(long)(await db.CreateCommand($"SELECT count(*) FROM \"{table}\"").ExecuteScalarAsync())!:N0} rows");
            }

            var lastDay = DateOnly.FromDateTime(end.AddDays(-1));
            var ranges = new[] { ("30 d", lastDay.AddDays(-29), lastDay), ("365 d", lastDay.AddDays(-364), lastDay) };
            var cookies = await CaseLoadBenchmark.SignInAsync(options.Port, "supervisor");
            var endpoints = ranges.SelectMany(r => Answers
                .Select(e => ($"{e} ({r.Item1})", string.Create(CultureInfo.InvariantCulture, $"/api/v1/wim/stats/{e}?from={r.Item2:yyyy-MM-dd}&to={r.Item3:yyyy-MM-dd}")))).ToArray();
            var results = await ApiLoad.RunAsync(options.Port, cookies, options.Users, TimeSpan.FromSeconds(options.Seconds), endpoints, TimeSpan.FromMilliseconds(options.ThinkMs));

            var raw = new Dictionary<string, double>();
            var rollup = new Dictionary<string, double>();
            var dailyOnly = new Dictionary<string, double>();
            foreach (var (name, from, to) in ranges)
            {
                foreach (var (query, sql) in RawQueries.For(from, to))
                {
                    raw[$"{query} ({name})"] = await RawQueries.MedianMsAsync(db, sql, scope);
                }

                foreach (var (query, sql) in RawQueries.RollupsFor(from, to))
                {
                    rollup[$"{query} ({name})"] = await RawQueries.MedianMsAsync(db, sql, scope);
                }

                foreach (var (query, sql) in RawQueries.DailyRollupsFor(from, to))
                {
                    dailyOnly[$"{query} ({name})"] = await RawQueries.MedianMsAsync(db, sql, scope);
                }
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Records:N0} records over 365 days, {stations.Count} sites; supervisor of 海南州 (scope: {scope.Length} agencies); {options.Users} users, think {options.ThinkMs} ms ±50 %, {options.Seconds} s"));
            Console.WriteLine($"load average while measuring: {File.ReadAllText("/proc/loadavg").Trim()} ({Environment.ProcessorCount} cores)");
            Console.WriteLine("| Dashboard answer | Requests | Errors | API p50 ms | API p95 ms | API p99 ms | req/s | rollup SQL ms | site-day rollups only SQL ms | raw scan SQL ms | raw ÷ API p95 | raw ÷ rollup SQL |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                var scan = raw[r.Name];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Name} | {r.Requests:N0} | {r.Errors} | {r.P50Ms:F1} | {r.P95Ms:F1} | {r.P99Ms:F1} | {r.PerSecond:F0} | {rollup[r.Name]:F1} | {dailyOnly[r.Name]:F1} | {scan:F0} | {scan / r.P95Ms:F0}× | {scan / rollup[r.Name]:F0}× |"));
            }

            return results.All(r => r.P95Ms < 50 && r.Errors == 0) ? 0 : 2;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = NpgsqlDataSource.Create(options.Postgres);
            if (!options.Keep)
            {
                await admin.CreateCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)").ExecuteNonQueryAsync();
            }
        }
    }

    private sealed record BenchStation(int Id, int AgencyId, bool InScope, int Lanes);

    private static async Task<List<BenchStation>> CreateStationsAsync(NpgsqlDataSource db)
    {
        var agencies = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await db.CreateCommand("SELECT \"Key\", \"Id\" FROM \"Agencies\"").ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                agencies[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var stations = new List<BenchStation>();
        var routes = new[] { "G6", "G109", "G214", "G227", "G315", "G0611", "S101" };
        for (var i = 0; i < 36; i++)
        {
            var inScope = i < 24;
            var key = inScope ? InScopeAgencies[i % InScopeAgencies.Length] : OtherAgencies[i % OtherAgencies.Length];
            await using var insert = db.CreateCommand(
                "INSERT INTO \"Stations\" (\"AgencyId\",\"Code\",\"Name\",\"Kind\",\"RouteCode\",\"Stake\",\"Direction\",\"Lanes\",\"Longitude\",\"Latitude\",\"Version\") " +
                "VALUES (@a, @c, @n, @k, @r, @s, 1, 4, 100.5, 36.2, 0) RETURNING \"Id\"");
            insert.Parameters.AddWithValue("a", agencies[key]);
            insert.Parameters.AddWithValue("c", string.Create(CultureInfo.InvariantCulture, $"QH-B-{i + 1:D2}"));
            insert.Parameters.AddWithValue("n", string.Create(CultureInfo.InvariantCulture, $"压测治超点{i + 1:D2}"));
            insert.Parameters.AddWithValue("k", i % 3 == 0 ? 1 : 2); // StationKind: 1 fixed station, 2 non-site point
            insert.Parameters.AddWithValue("r", routes[i % routes.Length]);
            insert.Parameters.AddWithValue("s", string.Create(CultureInfo.InvariantCulture, $"K{100 + (i * 37)}+000"));
            stations.Add(new BenchStation((int)(await insert.ExecuteScalarAsync())!, agencies[key], inScope, 4));
        }

        return stations;
    }

    /// <summary>Synthetic records in capture order (so Seq follows time, as a live feed does), with a plausible mix of outcomes.</summary>
    private static async Task LoadRecordsAsync(NpgsqlDataSource db, List<BenchStation> stations, DateTime start, DateTime end, int count)
    {
        await using var connection = await db.OpenConnectionAsync();
        var months = new List<DateTime>();
        for (var m = new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Utc); m < end; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        await WimPartitions.EnsureAsync(connection, months, CancellationToken.None);
        var deviceBits = InvalidReasonBits.AllCodes.Where(c => c.StartsWith("device.", StringComparison.Ordinal)).Select(InvalidReasonBits.BitFor).ToArray();
        var recordBits = InvalidReasonBits.AllCodes.Where(c => c.StartsWith("record.", StringComparison.Ordinal)).Select(InvalidReasonBits.BitFor).ToArray();
        var random = new Random(10_000_000);
        var step = (end - start).Ticks / count;
        var report = Stopwatch.StartNew();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"WimRecords\" (\"DeviceId\",\"StationId\",\"AgencyId\",\"RecordId\",\"CapturedAtUtc\",\"BatchId\",\"Lane\",\"PlateNumber\",\"PlateColour\"," +
            "\"PlateConfidenceBp\",\"AxleCount\",\"ConfigurationCode\",\"GrossKg\",\"AxleKg\",\"SpeedKmhTenths\",\"Anomalies\",\"Outcome\",\"DeviceValid\"," +
            "\"InvalidReasons\",\"LimitKg\",\"MeasuredOverKg\",\"ToleranceKg\",\"EffectiveOverKg\",\"OverLimitRateBp\",\"FineFen\",\"Dimension\",\"HundredTonKing\",\"RuleVersion\") " +
            "FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var station = stations[random.Next(stations.Count)];
            var at = start.AddTicks((i * step) + random.NextInt64(step));
            var x = random.NextDouble();
            // 85 % within the limit, 3 % within tolerance, 1.5 % warnings, 3 % fines, 7.5 % invalid.
            var outcome = x < 0.85 ? 0 : x < 0.88 ? 1 : x < 0.895 ? 2 : x < 0.925 ? 3 : 4;
            var king = outcome == 3 && random.Next(15) == 0;
            var gross = king ? 100_000 + random.Next(30_000) : outcome is 2 or 3 ? 50_000 + random.Next(15_000) : 20_000 + random.Next(29_000);
            var invalid = outcome == 4 ? (random.Next(3) == 0 ? deviceBits[random.Next(deviceBits.Length)] : recordBits[random.Next(recordBits.Length)]) : 0;
            var over = Math.Max(0, gross - 49_000);
            await writer.StartRowAsync();
            writer.Write((station.Id * 10) + 1, NpgsqlDbType.Integer);
            writer.Write(station.Id, NpgsqlDbType.Integer);
            writer.Write(station.AgencyId, NpgsqlDbType.Integer);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"R{i:D9}"), NpgsqlDbType.Varchar);
            writer.Write(at, NpgsqlDbType.TimestampTz);
            writer.Write(1L, NpgsqlDbType.Bigint);
            writer.Write(1 + random.Next(station.Lanes), NpgsqlDbType.Integer);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"青A{random.Next(100_000):D5}"), NpgsqlDbType.Varchar);
            writer.Write(1, NpgsqlDbType.Integer);
            writer.Write(9_500, NpgsqlDbType.Integer);
            writer.Write(6, NpgsqlDbType.Integer);
            writer.Write("157", NpgsqlDbType.Varchar);
            writer.Write(gross, NpgsqlDbType.Integer);
            writer.Write("7000|8000|8000|8000|8000|8000", NpgsqlDbType.Varchar);
            writer.Write(600, NpgsqlDbType.Integer);
            writer.Write(0, NpgsqlDbType.Integer);
            writer.Write(outcome, NpgsqlDbType.Integer);
            writer.Write(outcome != 4 || invalid == 0 || Array.IndexOf(deviceBits, invalid) < 0, NpgsqlDbType.Boolean);
            writer.Write(invalid, NpgsqlDbType.Integer);
            writer.Write(49_000, NpgsqlDbType.Integer);
            writer.Write(over, NpgsqlDbType.Integer);
            writer.Write(0, NpgsqlDbType.Integer);
            writer.Write(over, NpgsqlDbType.Integer);
            writer.Write(over * 10_000 / 49_000, NpgsqlDbType.Integer);
            writer.Write(outcome == 3 ? Math.Min(30_000L, (over + 999) / 1000 * 500) * 100 : 0L, NpgsqlDbType.Bigint);
            writer.Write(0, NpgsqlDbType.Integer);
            writer.Write(king, NpgsqlDbType.Boolean);
            writer.Write("bench", NpgsqlDbType.Varchar);
            if (i > 0 && i % 1_000_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i:N0} rows, {i / report.Elapsed.TotalSeconds:N0} rows/s"));
            }
        }

        await writer.CompleteAsync();
    }

    internal sealed record Options(string Postgres, int Records, int Users, int Seconds, int Port, bool Keep, int ThinkMs, int Chunk)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
            int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return new Options(
                Value("--postgres") ?? Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_POSTGRES") ?? throw new ArgumentException("--postgres <connection string> is required"),
                Int("--records", 10_000_000), Int("--users", 8), Int("--seconds", 20), Int("--port", 5098), args.Contains("--keep"), Int("--think-ms", 100), Int("--chunk", 200_000));
        }
    }
}

/// <summary>Closed-loop users over the dashboard's endpoints, interleaved (as <see cref="LoadTest"/> does for cases).</summary>
internal static class ApiLoad
{
    public static async Task<IReadOnlyList<EndpointResult>> RunAsync(
        int port, CookieContainer cookies, int users, TimeSpan duration, (string Name, string Url)[] endpoints, TimeSpan thinkTime)
    {
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, MaxConnectionsPerServer = users * 2 };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        foreach (var (_, url) in endpoints)
        {
            for (var i = 0; i < 10; i++)
            {
                using var warm = await http.GetAsync(url);
                warm.EnsureSuccessStatusCode();
            }
        }

        var samples = endpoints.Select(_ => new List<double>()).ToArray();
        var errors = new int[endpoints.Length];
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(async user =>
        {
            var random = new Random(user);
            var mine = endpoints.Select(_ => new List<double>()).ToArray();
            for (var n = user; stop.Elapsed < duration; n++)
            {
                var which = n % endpoints.Length;
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(endpoints[which].Url, HttpCompletionOption.ResponseContentRead);
                watch.Stop();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors[which]);
                }

                mine[which].Add(watch.Elapsed.TotalMilliseconds);
                if (thinkTime > TimeSpan.Zero)
                {
                    await Task.Delay(thinkTime * (0.5 + random.NextDouble()));
                }
            }

            lock (samples)
            {
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i].AddRange(mine[i]);
                }
            }
        }));
        var seconds = stop.Elapsed.TotalSeconds;
        return [.. endpoints.Select((e, i) =>
        {
            var sorted = samples[i].Order().ToArray();
            double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            return new EndpointResult(e.Name, sorted.Length, errors[i], At(0.50), At(0.95), At(0.99), sorted.Length / seconds);
        })];
    }
}

/// <summary>The dashboard's answers computed from the raw records (the scan the rollups avoid), for the ratio.</summary>
internal static class RawQueries
{
    public static IEnumerable<(string Name, string Sql)> For(DateOnly from, DateOnly to)
    {
        // The local (UTC+8) days [from, to] as a UTC range, so the partitions and the BRIN index on CapturedAtUtc apply.
        var lo = from.ToDateTime(TimeOnly.MinValue).AddHours(-8).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var hi = to.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-8).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var where = $"WHERE \"AgencyId\" = ANY(@scope) AND \"CapturedAtUtc\" >= '{lo}+00' AND \"CapturedAtUtc\" < '{hi}+00'";
        const string Day = "((\"CapturedAtUtc\" AT TIME ZONE 'UTC') + interval '8 hours')";
        yield return ("summary", $"SELECT count(*), count(*) FILTER (WHERE \"Outcome\" IN (2,3)), count(*) FILTER (WHERE \"HundredTonKing\"), sum(\"FineFen\"), count(*) FILTER (WHERE \"Outcome\" = 4) FROM \"WimRecords\" {where}");
        yield return ("daily", $"SELECT {Day}::date, count(*), count(*) FILTER (WHERE \"Outcome\" IN (2,3)) FROM \"WimRecords\" {where} GROUP BY 1");
        yield return ("stations", $"SELECT \"StationId\", count(*), count(*) FILTER (WHERE \"Outcome\" IN (2,3)) AS o FROM \"WimRecords\" {where} GROUP BY 1 ORDER BY o DESC LIMIT 20");
        yield return ("heatmap", $"SELECT extract(isodow FROM {Day}), extract(hour FROM {Day}), count(*) FROM \"WimRecords\" {where} GROUP BY 1, 2");
        yield return ("invalid", $"SELECT b, count(*) FROM \"WimRecords\" CROSS JOIN generate_series(0, 18) AS b {where} AND \"InvalidReasons\" <> 0 AND (\"InvalidReasons\" & (1 << b)) <> 0 GROUP BY 1");
    }

    /// <summary>
    /// The same answers from the rollups, as the API's queries read them for the whole scope (scope filter included),
    /// without the HTTP and EF layers: per-agency rows, whole months from the monthly rollups, the partial months' days
    /// from the daily ones.
    /// </summary>
    public static IEnumerable<(string Name, string Sql)> RollupsFor(DateOnly from, DateOnly to)
    {
        var (months, edges) = Split(from, to);
        var scope = "\"AgencyId\" = ANY(@scope)";
        var days = string.Create(CultureInfo.InvariantCulture, $"\"Day\" >= '{from:yyyy-MM-dd}' AND \"Day\" <= '{to:yyyy-MM-dd}'");
        yield return ("summary", $"SELECT sum(\"Weighed\"), sum(\"OverLimit\"), sum(\"HundredTonKing\"), sum(\"FineFen\"), sum(\"Invalid\"), sum(\"Clues\") FROM \"WimAgencyDailyRollups\" WHERE {scope} AND {days}");
        yield return ("daily", $"SELECT \"Day\", sum(\"Weighed\"), sum(\"OverLimit\") FROM \"WimAgencyDailyRollups\" WHERE {scope} AND {days} GROUP BY 1");
        yield return ("stations", $"SELECT \"StationId\", sum(\"Weighed\"), sum(\"OverLimit\") AS o FROM (SELECT \"StationId\", \"Weighed\", \"OverLimit\" FROM \"WimMonthlyRollups\" WHERE {scope} AND {months} " +
            $"UNION ALL SELECT \"StationId\", \"Weighed\", \"OverLimit\" FROM \"WimDailyRollups\" WHERE {scope} AND {edges}) u GROUP BY 1 ORDER BY o DESC LIMIT 20");
        yield return ("heatmap", $"SELECT \"DayOfWeek\", \"Hour\", sum(\"Weighed\"), sum(\"OverLimit\") FROM (SELECT \"DayOfWeek\", \"Hour\", \"Weighed\", \"OverLimit\" FROM \"WimAgencyHeatRollups\" WHERE {scope} AND {months} " +
            $"UNION ALL SELECT \"DayOfWeek\", \"Hour\", \"Weighed\", \"OverLimit\" FROM \"WimAgencyHourlyRollups\" WHERE {scope} AND {edges}) u GROUP BY 1, 2");
        yield return ("invalid", $"SELECT \"Reason\", sum(\"Records\") FROM (SELECT \"Reason\", \"Records\" FROM \"WimAgencyMonthlyInvalidRollups\" WHERE {scope} AND {months} " +
            $"UNION ALL SELECT \"Reason\", \"Records\" FROM \"WimAgencyInvalidRollups\" WHERE {scope} AND {edges}) u GROUP BY 1");
    }

    /// <summary>The whole months inside [from, to] and the days of its partial months, as SQL conditions on "Month" and "Day".</summary>
    private static (string Months, string Edges) Split(DateOnly from, DateOnly to)
    {
        var firstWhole = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var lastWholeEnd = to.AddDays(1).Day == 1 ? to : new DateOnly(to.Year, to.Month, 1).AddDays(-1);
        if (firstWhole > lastWholeEnd)
        {
            return ("false", string.Create(CultureInfo.InvariantCulture, $"\"Day\" >= '{from:yyyy-MM-dd}' AND \"Day\" <= '{to:yyyy-MM-dd}'"));
        }

        return (
            string.Create(CultureInfo.InvariantCulture, $"\"Month\" >= '{firstWhole:yyyy-MM-dd}' AND \"Month\" <= '{new DateOnly(lastWholeEnd.Year, lastWholeEnd.Month, 1):yyyy-MM-dd}'"),
            string.Create(CultureInfo.InvariantCulture,
                $"((\"Day\" >= '{from:yyyy-MM-dd}' AND \"Day\" < '{firstWhole:yyyy-MM-dd}') OR (\"Day\" > '{lastWholeEnd:yyyy-MM-dd}' AND \"Day\" <= '{to:yyyy-MM-dd}'))"));
    }

    /// <summary>The same answers summed from the site rollups day by day (lane × day, day × hour, lane × day × reason): what the API read before the monthly and agency rollups.</summary>
    public static IEnumerable<(string Name, string Sql)> DailyRollupsFor(DateOnly from, DateOnly to)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"WHERE \"AgencyId\" = ANY(@scope) AND \"Day\" >= '{from:yyyy-MM-dd}' AND \"Day\" <= '{to:yyyy-MM-dd}'");
        yield return ("summary", $"SELECT sum(\"Weighed\"), sum(\"OverLimit\"), sum(\"HundredTonKing\"), sum(\"FineFen\"), sum(\"Invalid\"), sum(\"Clues\") FROM \"WimDailyRollups\" {where}");
        yield return ("daily", $"SELECT \"Day\", sum(\"Weighed\"), sum(\"OverLimit\") FROM \"WimDailyRollups\" {where} GROUP BY 1");
        yield return ("stations", $"SELECT \"StationId\", sum(\"Weighed\"), sum(\"OverLimit\") AS o FROM \"WimDailyRollups\" {where} GROUP BY 1 ORDER BY o DESC LIMIT 20");
        yield return ("heatmap", $"SELECT \"DayOfWeek\", \"Hour\", sum(\"Weighed\") FROM \"WimHourlyRollups\" {where} GROUP BY 1, 2");
        yield return ("invalid", $"SELECT \"Reason\", sum(\"Records\") FROM \"WimInvalidRollups\" {where} GROUP BY 1");
    }

    public static async Task<double> MedianMsAsync(NpgsqlDataSource db, string sql, int[] scope)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            await using var command = db.CreateCommand(sql);
            command.Parameters.AddWithValue("scope", scope);
            var watch = Stopwatch.StartNew();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                }
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(1);
    }
}
