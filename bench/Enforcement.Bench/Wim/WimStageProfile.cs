using System.Diagnostics;
using System.Globalization;
using System.Text;
using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;

namespace Enforcement.Bench.Wim;

/// <summary>
/// Where the CPU time of the ingest path goes, stage by stage, on one thread without a database:
/// <c>dotnet run -c Release --project bench/Enforcement.Bench -- wim-stages --rows 200000</c>. Each stage runs over
/// every row three times; the median of the process CPU time per row is printed (CPU time, not wall time, so a loaded
/// machine disturbs it less).
/// </summary>
public static class WimStageProfile
{
    public static int Run(string[] args)
    {
        var rows = 200_000;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--rows") rows = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        var csv = WimTraffic.Csv(rows, devices: 24);
        var directory = WimTraffic.Directory(24);
        var rules = OverloadRuleBook.Default;
        var ingestor = new WimIngestor(directory, rules, TimeProvider.System, new WimIngestOptions());
        var now = DateTime.UtcNow;
        List<WimInputRow> read = [];
        if (args.Contains("--store-only"))
        {
            using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
            var csvReader = WimCsvReader.Open(reader, null).Unwrap();
            while (csvReader.ReadRow() is { } row) read.Add(row);
            StoreStage(ingestor, read, Enforcement.Data.Sqlite.SqliteSynchronous.Normal);
            return 0;
        }


        Stage("read CSV (parse fields into records)", rows, () =>
        {
            read = [];
            using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
            var csvReader = WimCsvReader.Open(reader, null).Unwrap();
            while (csvReader.ReadRow() is { } row) read.Add(row);
        });
        var checks = new WimRecordCheckResult[read.Count];
        Stage("quarantine check (plate parsed)", rows, () =>
        {
            for (var i = 0; i < read.Count; i++) checks[i] = WimRecordCheck.Check(read[i].Record, now);
        });
        var determinations = new OverloadDetermination?[read.Count];
        Stage("determination", rows, () =>
        {
            for (var i = 0; i < read.Count; i++)
            {
                if (!checks[i].IsGood) continue;
                var device = directory.Find(read[i].Record.DeviceCode!)!;
                determinations[i] = rules.Determine(read[i].Record, device.Device, checks[i].Plate);
            }
        });
        Stage("trace JSON of violations", rows, () =>
        {
            foreach (var d in determinations)
            {
                if (d is { IsViolation: true }) OverloadTraceJson.Write(d);
            }
        });
        Stage("Prepare (check + determine + row + trace), 5 000-row chunks", rows, () =>
        {
            for (var i = 0; i < read.Count; i += 5_000)
            {
                var chunk = read.GetRange(i, Math.Min(5_000, read.Count - i));
                ingestor.Prepare(new WimDelivery("p", i.ToString(CultureInfo.InvariantCulture), null, chunk)).Unwrap();
            }
        });
        Stage("read + prepare fused, as an import runs it (2 000-row chunks)", rows, () =>
        {
            using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
            var csvReader = WimCsvReader.Open(reader, null).Unwrap();
            while (true)
            {
                var builder = ingestor.Begin("p", "f", onlyDeviceCode: null, capacity: 2_000);
                while (builder.Count < 2_000 && csvReader.ReadRow() is { } row) builder.Add(row);
                if (builder.Count == 0) break;
                builder.Finish().Unwrap();
            }
        });
        StoreStage(ingestor, read, Enforcement.Data.Sqlite.SqliteSynchronous.Full);
        StoreStage(ingestor, read, Enforcement.Data.Sqlite.SqliteSynchronous.Normal);
        return 0;
    }

    /// <summary>The SQLite store alone: prepared 2 000-row chunks committed one after another into a fresh file.</summary>
    private static void StoreStage(WimIngestor ingestor, List<WimInputRow> read, Enforcement.Data.Sqlite.SqliteSynchronous synchronous)
    {
        var chunks = new List<WimPreparedBatch>();
        for (var i = 0; i < read.Count; i += 2_000)
        {
            var chunk = read.GetRange(i, Math.Min(2_000, read.Count - i));
            chunks.Add(ingestor.Prepare(new WimDelivery("s", i.ToString(CultureInfo.InvariantCulture), null, chunk)).Unwrap());
        }

        var file = Path.Combine(Path.GetTempPath(), $"wim-stage-{Environment.ProcessId}.db");
        try
        {
            var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Enforcement.Data.Sqlite.SqliteEnforcementDbContext>();
            Enforcement.Data.Sqlite.SqliteJournal.Use(Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions.UseSqlite(builder, $"Data Source={file}"), synchronous);
            using var db = new Enforcement.Data.Sqlite.SqliteEnforcementDbContext(builder.Options);
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.Migrate(db.Database);
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var c in chunks) WimIngestor.CommitAsync(c, db, CancellationToken.None).GetAwaiter().GetResult();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| SQLite store commit (prepared 2 000-row chunks, synchronous={synchronous.ToString().ToUpperInvariant()}) | {(process.TotalProcessorTime - cpuStart).TotalMicroseconds / read.Count:0.00} µs | {watch.Elapsed.TotalMicroseconds / read.Count:0.00} µs | |"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static void Stage(string what, int rows, Action action)
    {
        var cpu = new List<double>();
        var wall = new List<double>();
        for (var r = 0; r < 3; r++)
        {
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            action();
            wall.Add(watch.Elapsed.TotalMicroseconds / rows);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalMicroseconds / rows);
            if (r == 2)
            {
                var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)rows;
                cpu.Sort();
                wall.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {what} | {cpu[1]:0.00} µs | {wall[1]:0.00} µs | {bytes:N0} B |"));
            }
        }
    }
}
