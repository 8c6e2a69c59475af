using System.Diagnostics;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Enforcement.Web.Tests.Audit;

/// <summary>`dotnet Enforcement.Web.dll audit verify`: the command-line check administrators run from a shell.</summary>
public sealed class AuditCommandTests
{
    private static async Task<(int ExitCode, string Output)> VerifyAsync(PlatformFactory factory)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Enforcement.Web.dll"), "audit", "verify"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = factory.Database.DataDirectory,
        };
        start.Environment["Database__Provider"] = factory.Provider;
        start.Environment["ConnectionStrings__Enforcement"] = factory.Database.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task Command_ReportsIntactChain_ThenTheTamperedEntry()
    {
        using var factory = new PlatformFactory("Sqlite");
        _ = factory.Server;

        var (intactCode, intactOutput) = await VerifyAsync(factory);
        Assert.Equal(0, intactCode);
        Assert.Contains("审计链完整", intactOutput, StringComparison.Ordinal);

        using (var connection = new SqliteConnection(factory.Database.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_entries_no_update; UPDATE \"AuditEntries\" SET \"UserName\" = 'someone-else' WHERE \"Sequence\" = 42;";
            command.ExecuteNonQuery();
        }

        var (brokenCode, brokenOutput) = await VerifyAsync(factory);
        Assert.Equal(1, brokenCode);
        Assert.Contains("第 42 条", brokenOutput, StringComparison.Ordinal);
    }
}
