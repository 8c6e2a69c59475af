using System.Diagnostics;
using System.Globalization;
using System.Text;
using Enforcement.Data;
using Enforcement.Data.Postgres;
using Enforcement.Data.Sqlite;
using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enforcement.Bench.Wim;

/// <summary>
/// End-to-end weigh-in-motion ingest: CSV bytes → parse → check → determine → store (deduplicated) → merge violations →
/// commit, in-process through the pipeline the API and the file import use, on both providers; beside it, in the same
/// run, a raw binary COPY of the same rows into a bare table (same columns, no index) on the same PostgreSQL. Every
/// measurement is repeated (<c>--repeat</c>, 3 by default) and the median is reported: on this 2-core machine one
/// run of the same code varies by ±15 %.
/// <c>dotnet run -c Release --project bench/Enforcement.Bench -- wim --rows 1000000 --postgres "Host=…"</c>
/// </summary>
public static class WimIngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = 1_000_000;
        string? postgres = null;
        var chunkRows = new WimIngestOptions().ImportChunkRows;
        var synchronous = SqliteSynchronous.Full;
        var repeat = 3;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--rows") rows = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--postgres") postgres = args[i + 1];
            if (args[i] == "--chunk") chunkRows = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--sqlite-synchronous") synchronous = Enum.Parse<SqliteSynchronous>(args[i + 1], ignoreCase: true);
            if (args[i] == "--repeat") repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        // One set of rows per repetition, each captured in the 20 days after the previous one (own record ids), and
        // warm-up rows in the 20 days before the first: they run through each path first, so the timed runs measure
        // steady state, not JIT. As in operation, the measured rows are newer than everything stored, and a store that
        // must look up re-deliveries only at or before a device's latest record does not look them up.
        var sets = Enumerable.Range(0, repeat)
            .Select(k => WimTraffic.Csv(rows, devices: 24, idPrefix: "R" + k, seed: 42 + k, daysBack: 20 * (repeat - k))).ToList();
        var warmUp = WimTraffic.Csv(Math.Min(50_000, rows), devices: 24, idPrefix: "W", seed: 7, daysBack: 20 * (repeat + 1));
        Console.WriteLine($"{rows:N0} rows × {repeat} runs, {sets[0].Length / 1024.0 / 1024.0:0.0} MB of CSV each, 24 devices, {WimTraffic.ViolationShare:P0} over the limit");
        var directory = WimTraffic.Directory(24);

        if (postgres is not null)
        {
            var database = "wim_bench_" + Environment.ProcessId;
            await using (var admin = new NpgsqlConnection(postgres))
            {
                await admin.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
            }

            var connection = new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
            try
            {
                var options = new DbContextOptionsBuilder<PostgresEnforcementDbContext>().UseNpgsql(connection).Options;
                await using (var db = new PostgresEnforcementDbContext(options))
                {
                    await db.Database.MigrateAsync();
                }

                var (raw, floor) = await RawCopyAsync(connection, sets[0], warmUp, directory, repeat);
                await IngestAsync(() => new PostgresEnforcementDbContext(options), warmUp, directory, chunkRows, "warm-up");
                var ingest = new List<double>();
                foreach (var set in sets)
                {
                    ingest.Add(await IngestAsync(() => new PostgresEnforcementDbContext(options), set, directory, chunkRows, null));
                }

                Console.WriteLine();
                Console.WriteLine($"| What (PostgreSQL, same run; median of {repeat}) | Rows | Seconds | Rows/s | Share of raw COPY |");
                Console.WriteLine("|---|---:|---:|---:|---:|");
                var rawMedian = Median(raw);
                Console.WriteLine(Line("raw binary COPY of the same rows into a bare table (no index, no parse, no check)", rows, raw, rawMedian));
                Console.WriteLine(Line("the same COPY into the records table itself (monthly partitions, unique key, primary key, BRIN), one transaction: the floor of any ingest that keeps the no-duplicate guarantee", rows, floor, rawMedian));
                Console.WriteLine(Line("end-to-end ingest: parse CSV → check → determine → dedup → COPY → merge violations → commit", rows, ingest, rawMedian));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(postgres);
                await admin.OpenAsync();
                // FORCE cannot end a superuser's backend (autovacuum working through the fresh tables, minutes after
                // millions of rows): try again until it is done.
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
                        break;
                    }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 150)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(2));
                    }
                }
            }
        }

        var file = Path.Combine(Path.GetTempPath(), $"wim-bench-{Environment.ProcessId}.db");
        try
        {
            var builder = new DbContextOptionsBuilder<SqliteEnforcementDbContext>();
            SqliteJournal.Use(builder.UseSqlite($"Data Source={file}"), synchronous);
            var sqliteOptions = builder.Options;
            await using (var db = new SqliteEnforcementDbContext(sqliteOptions))
            {
                await db.Database.MigrateAsync();
            }

            await IngestAsync(() => new SqliteEnforcementDbContext(sqliteOptions), warmUp, directory, chunkRows, "warm-up");
            var runs = new List<double>();
            foreach (var set in sets)
            {
                runs.Add(await IngestAsync(() => new SqliteEnforcementDbContext(sqliteOptions), set, directory, chunkRows, null));
            }

            var seconds = Median(runs);
            Console.WriteLine();
            Console.WriteLine($"| What (SQLite, embedded file, WAL, synchronous={synchronous.ToString().ToUpperInvariant()}; median of {repeat}) | Rows | Seconds | Rows/s | Runs (rows/s) |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| end-to-end ingest, same pipeline | {rows:N0} | {seconds:0.00} | {rows / seconds:N0} | {Runs(rows, runs)} |"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }

        return 0;
    }

    private static string Line(string what, int rows, List<double> runs, double raw)
    {
        var seconds = Median(runs);
        return string.Create(CultureInfo.InvariantCulture, $"| {what} | {rows:N0} | {seconds:0.00} | {rows / seconds:N0} | {raw / seconds:P0} |") +
            Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"|   runs: {Runs(rows, runs)} | | | | |");
    }

    private static double Median(List<double> runs) => runs.Order().ElementAt(runs.Count / 2);

    private static string Runs(int rows, List<double> runs) =>
        string.Join(", ", runs.Select(s => (rows / s).ToString("N0", CultureInfo.InvariantCulture))) + " rows/s";

    /// <summary>The pipeline as the file import drives it: chunks of rows, the next prepared while the last commits.</summary>
    private static async Task<double> IngestAsync(Func<EnforcementDbContext> newContext, byte[] csv, IWimDeviceDirectory directory, int chunkRows, string? label)
    {
        var ingestor = new WimIngestor(directory, OverloadRuleBook.Default, TimeProvider.System, new WimIngestOptions { ImportChunkRows = chunkRows });
        await using var db = newContext();
        var cpuStarted = Process.GetCurrentProcess().TotalProcessorTime;
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
        var csvReader = WimCsvReader.Open(reader, null).Unwrap();
        long stored = 0;
        // Each run is its own import (sender): chunk numbers repeat from run to run, and a known sender's chunk number
        // would be answered as a re-delivery without storing anything.
        var sender = "import:" + (label ?? "bench") + "-" + Guid.NewGuid().ToString("N");
        var (preparing, waiting) = await WimChunkedIngest.RunAsync(csvReader, ingestor, db, sender, scope: null,
            onChunkPrepared: null, onAcknowledged: a => stored += a.Replayed ? 0 : a.Stored + a.Quarantined, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var expected = csvReader.RowsRead;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStarted;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label ?? "measured"}, {db.GetType().Name}: {expected:N0} rows in {seconds:0.0} s in all ({chunkRows:N0}-row chunks), reading and determining {preparing.TotalSeconds:0.0} s, waiting for commits {waiting.TotalSeconds:0.0} s; this process used {cpu.TotalSeconds:0.0} s of CPU ({cpu.TotalMicroseconds / expected:0.0} µs per row)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  garbage collections: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s; {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / (double)expected:N0} bytes allocated per row"));
        if (stored != expected)
        {
            throw new InvalidOperationException($"stored and quarantined {stored} of {expected} (the rest were duplicates or re-deliveries)");
        }

        return seconds;
    }

    /// <summary>
    /// The baseline: the same rows (already parsed and determined, outside the clock) COPYed into a bare table. Beside
    /// it, the floor of the storage itself: the same COPY into the records table with its partitions and indexes (then
    /// emptied again, so the ingest starts from the same state), which no ingest keeping the unique key can beat.
    /// </summary>
    private static async Task<(List<double> Raw, List<double> Floor)> RawCopyAsync(
        string connectionString, byte[] csv, byte[] warmUp, IWimDeviceDirectory directory, int repeat)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand("CREATE TABLE bare_wim (LIKE \"WimRecords\" INCLUDING DEFAULTS)", connection).ExecuteNonQueryAsync();
        var warm = Prepared(warmUp, directory);
        var rows = Prepared(csv, directory);
        await WimPartitions.EnsureAsync(connection, warm.Concat(rows).Select(r => r.CapturedAtUtc), CancellationToken.None);
        var raw = await CopiesAsync(connection, "bare_wim", warm, rows, repeat);
        await new NpgsqlCommand("DROP TABLE bare_wim", connection).ExecuteNonQueryAsync();
        var floor = await CopiesAsync(connection, "\"WimRecords\"", warm, rows, repeat);
        return (raw, floor);
    }

    /// <summary>A warm-up copy, then <paramref name="repeat"/> timed copies of the rows, each into the emptied table.</summary>
    private static async Task<List<double>> CopiesAsync(NpgsqlConnection connection, string table, List<WimStoredRecord> warm, List<WimStoredRecord> rows, int repeat)
    {
        await using var truncate = new NpgsqlCommand($"TRUNCATE {table}", connection);
        await CopyAsync(connection, table, warm);
        var seconds = new List<double>();
        for (var k = 0; k < repeat; k++)
        {
            await truncate.ExecuteNonQueryAsync();
            var watch = Stopwatch.StartNew();
            await CopyAsync(connection, table, rows);
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        await truncate.ExecuteNonQueryAsync();
        Console.WriteLine($"  COPY into {table}: {Runs(rows.Count, seconds)}");
        return seconds;
    }

    private static List<WimStoredRecord> Prepared(byte[] csv, IWimDeviceDirectory directory)
    {
        var ingestor = new WimIngestor(directory, OverloadRuleBook.Default, TimeProvider.System, new WimIngestOptions());
        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
        var csvReader = WimCsvReader.Open(reader, null).Unwrap();
        var builder = ingestor.Begin("raw", "1", onlyDeviceCode: null);
        while (csvReader.ReadRow() is { } row) builder.Add(row);
        return builder.Finish().Unwrap().Records.ConvertAll(p => p.Row);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, List<WimStoredRecord> rows)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({WimRecordCopy.Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var r in rows)
        {
            writer.StartRow();
            WimRecordCopy.Write(writer, r);
        }

        await writer.CompleteAsync();
    }
}
