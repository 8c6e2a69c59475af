using Enforcement.Data;
using Enforcement.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Platform;

/// <summary>
/// Administrative commands run through the same host (same configuration, same database):
/// <c>dotnet run --project src/Enforcement.Web -- audit verify</c>. Exit code 0 when the chain is intact, 1 when broken.
/// </summary>
internal static class AdminCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args is ["wim", "import", var file]) return await Features.Wim.WimCommands.ImportAsync(app, file);
        if (args is ["wim", "credentials", var output]) return await Features.WimSimulation.DeviceCredentialsCommand.RunAsync(app, output);
        if (args.Length < 2 || args[0] != "audit" || args[1] != "verify") return false;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        await db.Database.MigrateAsync();
        var result = AuditModule.Verify(db);
        Console.WriteLine(result.Intact
            ? $"审计链完整：已校验 {result.CheckedEntries} 条记录。"
            : $"审计链断裂：第一处断链在第 {result.FirstBrokenSequence} 条（{result.Reason}）；此前 {result.CheckedEntries} 条完好。");
        Environment.ExitCode = result.Intact ? 0 : 1;
        return true;
    }
}
