using System.Text;
using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Web.Features.Wim;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Wim;

[Collection(PlatformTestGroup.Name)]
public sealed class WimFileImportTests(SharedPlatforms platforms)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FileImport_InChunks_StoresGoodRows_QuarantinesBadOnes_WithTheirFileRowNumbers_AndSkipsRepeats(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimSteps.DeviceAsync(factory);
        var at = DateTime.UtcNow.AddHours(-5).AddTicks(-(DateTime.UtcNow.Ticks % TimeSpan.TicksPerSecond));
        var rows = Enumerable.Range(1, 7).Select(n => WimSteps.Row(device.Code, "F-" + n, at.AddMinutes(n))).ToList();
        rows[4] = rows[4].Replace(",45000,", ",,", StringComparison.Ordinal); // row 5: no gross mass
        rows.Add(rows[0]); // row 8: row 1 again
        var csv = WimSteps.Header + "\n" + string.Join("\n", rows) + "\n";

        await using var scope = factory.Services.CreateAsyncScope();
        var shared = scope.ServiceProvider.GetRequiredService<WimIngestor>();
        // Chunks of three rows: the bad row is in the second delivery and the repeat in the third.
        var ingestor = new WimIngestor(shared.Devices, scope.ServiceProvider.GetRequiredService<Domain.Overload.OverloadRuleBook>(),
            TimeProvider.System, shared.Options with { ImportChunkRows = 3 });
        var progress = new WimImportProgress { Id = Guid.NewGuid(), FileName = "import.csv", TotalBytes = csv.Length };
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));

        var result = await WimFileImport.RunAsync(file, progress, ingestor, scope.ServiceProvider.GetRequiredService<EnforcementDbContext>(),
            scope: null, CancellationToken.None);

        Assert.True(result.IsOk, result.Refusal?.Message);
        Assert.True(progress.Done);
        Assert.Equal(100, progress.Percent);
        Assert.Equal((8, 6, 1, 1), (progress.Rows, progress.Stored, progress.Quarantined, progress.Duplicate));
        var example = Assert.Single(progress.Examples);
        Assert.Equal(5, example.Row);
        Assert.Equal("F-5", example.RecordId);
        var (stored, batches, quarantinedRow) = await WimSteps.WithDbAsync(factory, async db => (
            await db.WimRecords.CountAsync(r => r.DeviceId == device.Id),
            await db.WimBatches.CountAsync(b => b.Sender == "import:" + progress.Id.ToString("N")),
            await db.WimQuarantine.Where(q => q.DeviceId == device.Id).Select(q => q.RowNumber).SingleAsync()));
        Assert.Equal(6, stored);
        Assert.Equal(3, batches);
        Assert.Equal(5, quarantinedRow);
    }
}
