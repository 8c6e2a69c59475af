using System.Diagnostics;
using System.Globalization;
using System.Text;
using Enforcement.Data.Sqlite;
using Enforcement.Domain.Agencies;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Bench.Wim;

/// <summary>
/// Peak memory of the command-line import of a large CSV: writes a file of about <c>--gb</c> GiB (24 registered
/// devices, the wim bench's traffic), registers the devices in a fresh SQLite database, runs
/// <c>Enforcement.Web wim import FILE</c> as a separate process and samples its VmHWM (peak resident set) from /proc.
/// <c>dotnet run -c Release --project bench/Enforcement.Bench -- wim-import-memory --gb 1</c>
/// </summary>
public static class WimImportMemory
{
    public static async Task<int> RunAsync(string[] args)
    {
        var gb = 1.0;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--gb") gb = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        var folder = Path.Combine(Path.GetTempPath(), $"wim-import-memory-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var csv = Path.Combine(folder, "records.csv");
            var rows = (long)(gb * 1024 * 1024 * 1024 / 272);
            await using (var file = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 16))
            {
                WimTraffic.Write(file, rows, devices: 24);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, {new FileInfo(csv).Length / 1024.0 / 1024.0:N0} MB of CSV"));
            var database = Path.Combine(folder, "enforcement.db");
            await RegisterDevicesAsync($"Data Source={database}");

            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Enforcement.Web.dll"), "wim", "import", csv])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["ConnectionStrings__Enforcement"] = $"Data Source={database}";
            start.Environment["DataDirectory"] = folder;
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            long peakKb = 0;
            while (!process.HasExited)
            {
                peakKb = Math.Max(peakKb, VmHwmKb(process.Id));
                await Task.Delay(250);
            }

            await process.WaitForExitAsync();
            Console.WriteLine((await output).TrimEnd());
            var stderr = (await errors).Split('\n');
            Console.WriteLine(string.Join('\n', stderr.TakeLast(3)).TrimEnd());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exit {process.ExitCode} after {watch.Elapsed.TotalSeconds:0} s; VmHWM sampled from /proc: {peakKb / 1024.0:0} MB"));
            return process.ExitCode;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long VmHwmKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }

    /// <summary>The bench's 24 devices (BENCH-01…24) at one site, certified, reviewed and enforcing.</summary>
    private static async Task RegisterDevicesAsync(string connection)
    {
        var options = SqliteJournal.Use(new DbContextOptionsBuilder<SqliteEnforcementDbContext>().UseSqlite(connection), SqliteSynchronous.Full);
        await using var db = new SqliteEnforcementDbContext((DbContextOptions<SqliteEnforcementDbContext>)options.Options);
        await db.Database.MigrateAsync();
        db.Divisions.Add(new Division { Code = "630000", Name = "青海省", Level = Enforcement.Domain.Identifiers.DivisionLevel.Province });
        var agency = new Agency { Key = "bench-agency", Name = "测试执法机构", DivisionCode = "630000" };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var station = new Station
        {
            AgencyId = agency.Id, Code = "QH-BENCH", Name = "测试治超点", Kind = StationKind.NonSitePoint, RouteCode = "G109",
            Stake = "K1890+300", Direction = RoadDirection.Up, Lanes = 3, Longitude = 100.6m, Latitude = 36.3m,
        };
        for (var i = 1; i <= 24; i++)
        {
            var device = new Device
            {
                Code = $"BENCH-{i:D2}", Kind = DeviceKind.WimScale, Model = "WIM-9000", Manufacturer = "测试厂", AccuracyClass = AccuracyClass.Class5,
                Status = DeviceStatus.InService, NoticeFrom = today.AddYears(-1), NoticeTo = today.AddYears(-1).AddDays(30),
                EnforcementStartsOn = today.AddYears(-1).AddDays(31),
            };
            device.Certificates.Add(new DeviceCertificate { Number = $"JD-{i}", Issuer = "计量所", ValidFrom = today.AddYears(-1), ValidTo = today.AddYears(1), RecordedAtUtc = DateTime.UtcNow });
            device.Reviews.Add(new DeviceReviewRecord { Kind = ReviewKind.Legal, On = today.AddYears(-1), Reviewer = "法制科", Passed = true, RecordedAtUtc = DateTime.UtcNow });
            device.Reviews.Add(new DeviceReviewRecord { Kind = ReviewKind.Technical, On = today.AddYears(-1), Reviewer = "技术科", Passed = true, RecordedAtUtc = DateTime.UtcNow });
            station.Devices.Add(device);
        }

        db.Stations.Add(station);
        await db.SaveChangesAsync();
    }
}
