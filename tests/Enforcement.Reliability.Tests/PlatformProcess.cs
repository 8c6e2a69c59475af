using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Reliability.Tests;

/// <summary>
/// The real platform as a separate process (<c>dotnet Enforcement.Web.dll</c> from this test's output folder) on a
/// test database, demo registry seeded but no demo traffic, so every weighing record in it was pushed by the test.
/// <see cref="Kill"/> is SIGKILL on Linux: no shutdown, no flush, open transactions cut off.
/// </summary>
internal sealed class PlatformProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private PlatformProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>The last lines the platform wrote (warnings and errors), for a failure message.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join('\n', _tail);
            }
        }
    }

    public static PlatformProcess Start(TestDatabase database, int port)
    {
        var process = Process.Start(StartInfo(database, ["--urls", $"http://127.0.0.1:{port}"]))!;
        var platform = new PlatformProcess(process, port);
        process.OutputDataReceived += (_, e) => platform.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => platform.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return platform;
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The platform exited with code {_process.ExitCode} while starting:\n{Tail}");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating or seeding.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The platform was not healthy after {timeout.TotalSeconds:0} s:\n{Tail}");
    }

    /// <summary>SIGKILL, then waits until the process is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>Runs <c>wim credentials FILE</c> against the database (the platform's own admin command) and reads the "CODE SECRET" lines.</summary>
    public static async Task<string> IssueCredentialsAsync(TestDatabase database)
    {
        var file = Path.Combine(database.DataDirectory, "devices.txt");
        var start = StartInfo(database, ["wim", "credentials", file]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wim credentials failed ({process.ExitCode}): {await output}{await error}");
        }

        return file;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(TestDatabase database, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Enforcement.Web.dll"), .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Enforcement"] = database.ConnectionString;
        start.Environment["DataDirectory"] = database.DataDirectory;
        start.Environment["Seed__DemoTrafficRecords"] = "0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 60)
            {
                _tail.Dequeue();
            }
        }
    }
}
