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
/// run, a raw binary COPY of the same rows into a bare table (same columns, no index) on the same PostgreSQL.
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
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--rows") rows = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--postgres") postgres = args[i + 1];
            if (args[i] == "--chunk") chunkRows = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--sqlite-synchronous") synchronous = Enum.Parse<SqliteSynchronous>(args[i + 1], ignoreCase: true);
        }

        var csv = WimTraffic.Csv(rows, devices: 24);
        // Warm-up rows (their own record ids, captured in the 20 days before the measured ones) run through each path
        // first, so the timed runs measure steady state, not JIT: as in operation, the measured rows are newer than
        // everything stored, and a store that must look up re-deliveries only at or before a device's latest record
        // does not look them up.
        var warmUp = WimTraffic.Csv(Math.Min(50_000, rows), devices: 24, idPrefix: "W", seed: 7, daysBack: 40);
        Console.WriteLine($"{rows:N0} rows, {csv.Length / 1024.0 / 1024.0:0.0} MB of CSV, 24 devices, {WimTraffic.ViolationShare:P0} over the limit");
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

                var raw = await RawCopyAsync(connection, csv, warmUp, directory);
                await IngestAsync(() => new PostgresEnforcementDbContext(options), warmUp, directory, chunkRows, "warm-up");
                var ingest = await IngestAsync(() => new PostgresEnforcementDbContext(options), csv, directory, chunkRows, null);
                Console.WriteLine();
                Console.WriteLine("| What (PostgreSQL, same run) | Rows | Seconds | Rows/s | Share of raw COPY |");
                Console.WriteLine("|---|---:|---:|---:|---:|");
                Console.WriteLine(Line("raw binary COPY of the same rows into a bare table (no index, no parse, no check)", rows, raw, raw));
                Console.WriteLine(Line("end-to-end ingest: parse CSV → check → determine → dedup → COPY → merge violations → commit", rows, ingest, raw));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(postgres);
                await admin.OpenAsync();
                // FORCE cannot end a superuser's backend (autovacuum analysing the fresh tables): try again shortly.
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
                        break;
                    }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
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
            var seconds = await IngestAsync(() => new SqliteEnforcementDbContext(sqliteOptions), csv, directory, chunkRows, null);
            Console.WriteLine();
            Console.WriteLine($"| What (SQLite, embedded file, WAL, synchronous={synchronous.ToString().ToUpperInvariant()}) | Rows | Seconds | Rows/s |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| end-to-end ingest, same pipeline | {rows:N0} | {seconds:0.00} | {rows / seconds:N0} |"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }

        return 0;
    }

    private static string Line(string what, int rows, double seconds, double raw) =>
        string.Create(CultureInfo.InvariantCulture, $"| {what} | {rows:N0} | {seconds:0.00} | {rows / seconds:N0} | {raw / seconds:P0} |");

    /// <summary>The pipeline as the file import drives it: chunks of rows, the next prepared while the last commits.</summary>
    private static async Task<double> IngestAsync(Func<EnforcementDbContext> newContext, byte[] csv, IWimDeviceDirectory directory, int chunkRows, string? label)
    {
        var ingestor = new WimIngestor(directory, OverloadRuleBook.Default, TimeProvider.System, new WimIngestOptions { ImportChunkRows = chunkRows });
        await using var db = newContext();
        var cpuStarted = Process.GetCurrentProcess().TotalProcessorTime;
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
        var csvReader = WimCsvReader.Open(reader, null).Unwrap();
        long stored = 0;
        var (preparing, waiting) = await WimChunkedIngest.RunAsync(csvReader, ingestor, db, "import:" + (label ?? "bench"), scope: null,
            onChunkPrepared: null, onAcknowledged: a => stored += a.Stored + a.Quarantined, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var expected = csvReader.RowsRead;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStarted;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label ?? "measured"}, {db.GetType().Name}: {expected:N0} rows in {seconds:0.0} s in all ({chunkRows:N0}-row chunks), reading and determining {preparing.TotalSeconds:0.0} s, waiting for commits {waiting.TotalSeconds:0.0} s; this process used {cpu.TotalSeconds:0.0} s of CPU ({cpu.TotalMicroseconds / expected:0.0} µs per row)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  garbage collections: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s"));
        if (stored != expected)
        {
            throw new InvalidOperationException($"stored and quarantined {stored} of {expected}");
        }

        return seconds;
    }

    /// <summary>The baseline: the same rows (already parsed and determined, outside the clock) COPYed into a bare table.</summary>
    private static async Task<double> RawCopyAsync(string connectionString, byte[] csv, byte[] warmUp, IWimDeviceDirectory directory)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand("CREATE TABLE bare_wim (LIKE \"WimRecords\" INCLUDING DEFAULTS)", connection).ExecuteNonQueryAsync();
        await CopyAsync(connection, Prepared(warmUp, directory));
        await new NpgsqlCommand("TRUNCATE bare_wim", connection).ExecuteNonQueryAsync();
        var rows = Prepared(csv, directory);
        var watch = Stopwatch.StartNew();
        await CopyAsync(connection, rows);
        return watch.Elapsed.TotalSeconds;
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

    private static async Task CopyAsync(NpgsqlConnection connection, List<WimStoredRecord> rows)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY bare_wim ({WimRecordCopy.Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var r in rows)
        {
            writer.StartRow();
            WimRecordCopy.Write(writer, r);
        }

        await writer.CompleteAsync();
    }
}
