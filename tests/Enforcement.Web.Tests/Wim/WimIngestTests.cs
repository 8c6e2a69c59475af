using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Data.Wim;
using Enforcement.Domain.Overload;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Tests.Wim;

[Collection(PlatformTestGroup.Name)]
public sealed class WimIngestTests(SharedPlatforms platforms)
{
    private static DateTime Hour(int hoursAgo) => DateTime.UtcNow.AddHours(-hoursAgo).AddTicks(-(DateTime.UtcNow.Ticks % TimeSpan.TicksPerSecond));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Batch_KeepsGoodRows_AndQuarantinesBadRowsWithReasonsByField(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimSteps.DeviceAsync(factory);
        var at = Hour(3);
        var bad = $"{device.Code},R-bad,1,{DateTime.UtcNow.AddHours(2):yyyy-MM-ddTHH:mm:ss}Z,青A12345,黄,0.98,6,157,,7000|8000,60,,";
        var response = await WimSteps.PostCsvAsync(device.Client(factory), "b1",
            [WimSteps.Row(device.Code, "R-1", at), bad, WimSteps.Row(device.Code, "R-2", at.AddMinutes(1))]);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var ack = await response.JsonAsync();
        Assert.Equal(3, ack.GetProperty("total").GetInt32());
        Assert.Equal(2, ack.GetProperty("stored").GetInt32());
        Assert.Equal(1, ack.GetProperty("quarantined").GetInt32());
        var reasons = ack.GetProperty("quarantinedRows")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("field").GetString()).ToList();
        Assert.Contains("grossKg", reasons);
        Assert.Contains("capturedAt", reasons);

        var (stored, quarantined) = await WimSteps.WithDbAsync(factory, async db => (
            await db.WimRecords.CountAsync(r => r.DeviceId == device.Id),
            await db.WimQuarantine.Where(q => q.DeviceId == device.Id).Select(q => q.Reasons).ToListAsync()));
        Assert.Equal(2, stored);
        Assert.Contains("wim.captured-at-future", Assert.Single(quarantined));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MalformedBatch_IsRefusedWhole_WithAChineseReason_AndNothingIsWritten(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimSteps.DeviceAsync(factory);
        var other = await WimSteps.DeviceAsync(factory);
        var client = device.Client(factory);

        var wrongHeader = await client.PostAsync("/api/v1/wim/batches?batchId=h1",
            WimSteps.Csv([WimSteps.Row(device.Code, "R-1", Hour(2))], WimSteps.Header.Replace("grossKg", "gross", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, wrongHeader.StatusCode);
        Assert.Contains("表头", (await wrongHeader.JsonAsync()).GetProperty("title").GetString());

        var notJson = await client.PostAsync("/api/v1/wim/batches", new StringContent("{\"batchId\": \"j1\", \"records\": [", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        var foreign = await WimSteps.PostCsvAsync(client, "f1", [WimSteps.Row(device.Code, "R-2", Hour(2)), WimSteps.Row(other.Code, "R-3", Hour(2))]);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains(other.Code, (await foreign.JsonAsync()).GetProperty("title").GetString());

        var written = await WimSteps.WithDbAsync(factory, async db =>
            await db.WimRecords.CountAsync(r => r.DeviceId == device.Id || r.DeviceId == other.Id)
            + await db.WimBatches.CountAsync(b => b.Sender == "device:" + device.Code));
        Assert.Equal(0, written);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SameBatchAgain_AnswersTheSameCounts_AndStoresNothingNew(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimSteps.DeviceAsync(factory);
        var client = device.Client(factory);
        var rows = Enumerable.Range(1, 5).Select(i => WimSteps.Row(device.Code, $"R-{i}", Hour(4).AddMinutes(i), grossKg: 60_000)).ToList();

        var first = await (await WimSteps.PostCsvAsync(client, "same", rows)).JsonAsync();
        var again = await (await WimSteps.PostCsvAsync(client, "same", rows)).JsonAsync();
        var resent = await (await WimSteps.PostCsvAsync(client, "other-batch-id", rows)).JsonAsync();

        Assert.Equal(5, first.GetProperty("stored").GetInt32());
        Assert.False(first.GetProperty("replayed").GetBoolean());
        Assert.True(again.GetProperty("replayed").GetBoolean());
        Assert.Equal(first.GetProperty("batchId").GetInt64(), again.GetProperty("batchId").GetInt64());
        Assert.Equal(5, again.GetProperty("stored").GetInt32());
        Assert.Equal(0, resent.GetProperty("stored").GetInt32());
        Assert.Equal(5, resent.GetProperty("duplicate").GetInt32());
        var (records, violations) = await WimSteps.WithDbAsync(factory, async db => (
            await db.WimRecords.CountAsync(r => r.DeviceId == device.Id),
            await db.OverloadViolations.CountAsync(v => v.GoverningDeviceId == device.Id)));
        Assert.Equal(5, records);
        Assert.Equal(1, violations); // five hits of one vehicle within the window: one violation
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LaterBatch_MixingRepeats_LateArrivalsAndNewRecords_StoresExactlyTheNewOnes(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimSteps.DeviceAsync(factory);
        var client = device.Client(factory);
        var at = Hour(6);
        await WimSteps.PostCsvAsync(client, "first", Enumerable.Range(1, 3).Select(i => WimSteps.Row(device.Code, $"R-{i}", at.AddMinutes(i))));

        var ack = await (await WimSteps.PostCsvAsync(client, "second",
        [
            WimSteps.Row(device.Code, "R-2", at.AddMinutes(2)), // stored already
            WimSteps.Row(device.Code, "R-0", at.AddMinutes(-30)), // captured before everything stored: a late arrival
            WimSteps.Row(device.Code, "R-3", at.AddMinutes(2)), // same record id, another capture instant: another record
            WimSteps.Row(device.Code, "R-9", at.AddMinutes(9)), // after everything stored
            WimSteps.Row(device.Code, "R-9", at.AddMinutes(9)), // twice in the batch
        ])).JsonAsync();

        Assert.Equal((3, 2), (ack.GetProperty("stored").GetInt32(), ack.GetProperty("duplicate").GetInt32()));
        var ids = await WimSteps.WithDbAsync(factory, db => db.WimRecords.Where(r => r.DeviceId == device.Id)
            .OrderBy(r => r.CapturedAtUtc).ThenBy(r => r.RecordId).Select(r => r.RecordId).ToListAsync());
        Assert.Equal(["R-0", "R-1", "R-2", "R-3", "R-3", "R-9"], ids);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordOfAnUncertifiedDevice_IsKeptAndCounted_ButNeverAViolation(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimSteps.DeviceAsync(factory, certified: false);
        var ack = await (await WimSteps.PostCsvAsync(device.Client(factory), "g1", [WimSteps.Row(device.Code, "R-1", Hour(2), "青B54321", 70_000)])).JsonAsync();

        Assert.Equal(1, ack.GetProperty("stored").GetInt32());
        Assert.Equal(0, ack.GetProperty("hits").GetInt32());
        var (row, violations) = await WimSteps.WithDbAsync(factory, async db => (
            await db.WimRecords.SingleAsync(r => r.DeviceId == device.Id),
            await db.OverloadViolations.CountAsync(v => v.PlateNumber == "青B54321" && v.GoverningDeviceId == device.Id)));
        Assert.Equal(OverloadOutcome.Invalid, row.Outcome);
        Assert.False(row.DeviceValid);
        Assert.Contains("device.certificate", InvalidReasonBits.CodesOf(row.InvalidReasons));
        Assert.True(row.EffectiveOverKg > 0); // the mass is still computed, for statistics
        Assert.Equal(0, violations);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task HitsOfOneVehicleOnOneRoute_MergeIntoOneViolation_EvenWhenTheEarlierArrivesLater(string provider)
    {
        var factory = platforms.For(provider);
        var route = "G" + Random.Shared.Next(100, 999);
        var east = await WimSteps.DeviceAsync(factory, route);
        var west = await WimSteps.DeviceAsync(factory, route);
        var plate = "青A" + Random.Shared.Next(10000, 99999);
        var t0 = Hour(40);

        await WimSteps.PostCsvAsync(east.Client(factory), "e1", [WimSteps.Row(east.Code, "E-1", t0.AddHours(3), plate, 62_000)]);
        // Later batch from the other station: an earlier hit of the same trip, and one a day and more after it.
        var late = await WimSteps.PostCsvAsync(west.Client(factory), "w1",
            [WimSteps.Row(west.Code, "W-1", t0, plate, 60_000), WimSteps.Row(west.Code, "W-2", t0.AddHours(30), plate, 61_000)]);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);

        var violations = await WimSteps.WithDbAsync(factory, db => db.OverloadViolations.Include(v => v.Hits)
            .Where(v => v.PlateNumber == plate).OrderBy(v => v.FirstCapturedAtUtc).ToListAsync());
        Assert.Equal(2, violations.Count);
        Assert.Equal(["E-1", "W-1"], violations[0].Hits.Select(h => h.RecordId).Order());
        Assert.Equal(2, violations[0].HitCount);
        Assert.Equal("E-1", violations[0].GoverningRecordId); // the larger over-limit governs
        Assert.Equal(t0, violations[0].FirstCapturedAtUtc, TimeSpan.FromSeconds(1));
        Assert.Equal("W-2", Assert.Single(violations[1].Hits).RecordId);
        Assert.All(violations, v => Assert.Equal("PendingFirstReview", v.Status.ToString()));
        Assert.Contains("\"ruleVersion\"", violations[0].Hits[0].TraceJson);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gateway_WithoutOrWithAWrongCredential_Is401(string provider)
    {
        var factory = platforms.For(provider);
        var device = await WimSteps.DeviceAsync(factory);
        var rows = new[] { WimSteps.Row(device.Code, "R-1", Hour(2)) };

        var none = await factory.CreateClient().PostAsync("/api/v1/wim/batches?batchId=a", WimSteps.Csv(rows));
        var wrong = await (device with { Secret = WimTestDevice_OtherSecret }).Client(factory).PostAsync("/api/v1/wim/batches?batchId=a", WimSteps.Csv(rows));
        var officer = await Api.LoginAsync(factory, "officer");
        var person = await officer.PostAsync("/api/v1/wim/batches?batchId=a", WimSteps.Csv(rows));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.True(person.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, person.StatusCode.ToString());
        Assert.Equal(0, await WimSteps.WithDbAsync(factory, db => db.WimRecords.CountAsync(r => r.DeviceId == device.Id)));
    }

    private static readonly string WimTestDevice_OtherSecret = Convert.ToBase64String(new byte[32]).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RedeliveringEveryBatchOneToThreeTimes_InShuffledOrderAndConcurrently_ChangesNothing(string provider)
    {
        var factory = platforms.For(provider);
        var route = "S" + Random.Shared.Next(100, 999);
        var devices = new[] { await WimSteps.DeviceAsync(factory, route), await WimSteps.DeviceAsync(factory, route) };
        var t0 = Hour(50);
        var plates = Enumerable.Range(0, 6).Select(i => $"青H{Random.Shared.Next(10000, 99999)}").ToArray();
        var batches = new List<(WimTestDevice Device, string Id, List<string> Rows)>();
        for (var b = 0; b < 12; b++)
        {
            var device = devices[b % 2];
            var rows = Enumerable.Range(0, 25).Select(i =>
            {
                var n = (b * 25) + i;
                return WimSteps.Row(device.Code, $"R-{n}", t0.AddMinutes(n * 7), plates[n % plates.Length], n % 5 == 0 ? 58_000 + n : 44_000);
            }).ToList();
            batches.Add((device, $"b-{b}", rows));
        }

        foreach (var (device, id, rows) in batches)
        {
            Assert.Equal(HttpStatusCode.OK, (await WimSteps.PostCsvAsync(device.Client(factory), id, rows)).StatusCode);
        }

        var before = await CountsAsync(factory, devices, plates);
        var redeliveries = batches.SelectMany(b => Enumerable.Repeat(b, 1 + Random.Shared.Next(3))).OrderBy(_ => Random.Shared.Next()).ToList();
        await Parallel.ForEachAsync(redeliveries, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (b, ct) =>
        {
            var response = await WimSteps.PostCsvAsync(b.Device.Client(factory), b.Id, b.Rows);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("replayed").GetBoolean());
        });

        Assert.Equal(before, await CountsAsync(factory, devices, plates));
        Assert.Equal(300, before.Records);
        Assert.True(before.Violations > 0);
        Assert.Equal(60, before.Hits); // every fifth record violates, each attached exactly once
    }

    private static Task<(int Records, int Violations, int Hits)> CountsAsync(PlatformFactory factory, WimTestDevice[] devices, string[] plates)
    {
        var ids = devices.Select(d => d.Id).ToArray();
        return WimSteps.WithDbAsync(factory, async db => (
            await db.WimRecords.CountAsync(r => ids.Contains(r.DeviceId)),
            await db.OverloadViolations.CountAsync(v => plates.Contains(v.PlateNumber)),
            await db.OverloadViolationHits.CountAsync(h => ids.Contains(h.DeviceId))));
    }
}
