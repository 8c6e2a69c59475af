using System.Diagnostics;
using System.Globalization;
using Enforcement.Simulator;
using Enforcement.Simulator.Push;
using Enforcement.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Enforcement.Reliability.Tests;

/// <summary>
/// Issue 4's reliability scenario: the platform is killed (SIGKILL) in the middle of a 1 000 000-record gateway push
/// and the whole push is sent again after a restart. Exactly the distinct records sent are stored, once each; every
/// batch acknowledged before the kill is stored with the acknowledgement it was given; no trip is counted as two
/// violations; the statistics count each record once; and re-delivering every batch 1–3 times in shuffled order
/// changes nothing and answers the original acknowledgements. Runs on every configured provider.
/// <c>ENFORCEMENT_RELIABILITY_RECORDS</c> sets a smaller push for a quick local run (default 1 000 000);
/// <c>ENFORCEMENT_RELIABILITY_KEEP=1</c> keeps the database afterwards, to look into a failure.
/// </summary>
public sealed class WimKillRestartTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_401;
    private const int BatchSize = 1_000;
    private const int Gateways = 4;
    private static readonly TimeSpan SameTripWindow = TimeSpan.FromHours(24);

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static int Records => Environment.GetEnvironmentVariable("ENFORCEMENT_RELIABILITY_RECORDS") is { Length: > 0 } n
        ? int.Parse(n, CultureInfo.InvariantCulture)
        : 1_000_000;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Push_KilledMidwayAndSentAgain_StoresEveryRecordOnceKeepsEveryAcknowledgementAndNoTripTwice(string provider)
    {
        var database = TestDatabase.Create(provider);
        var random = new Random(Seed);
        var phase = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();

        PlatformProcess? platform = null;
        try
        {
            platform = PlatformProcess.Start(database, PlatformProcess.FreePort());
            await platform.WaitHealthyAsync(TimeSpan.FromMinutes(4));
            var credentials = await PlatformProcess.IssueCredentialsAsync(database);
            Report($"{provider}: platform started, migrated and seeded, credentials issued (load average {LoadAverage()})", phase);

            using var http = new HttpClient { BaseAddress = platform.Address, Timeout = TimeSpan.FromMinutes(5) };
            var secrets = Credentials.Read(credentials);
            var scales = (await PublishedScales.LoadAsync(http, null)).Where(s => secrets.ContainsKey(s.DeviceCode)).ToList();
            Assert.NotEmpty(scales);
            var to = DateTime.UtcNow.Date.AddDays(-1);
            var plan = PushPlan.Build(scales, new PushPlanSettings
            {
                Seed = Seed, Records = Records, BatchSize = BatchSize, FromUtc = to.AddDays(-28), ToUtc = to,
            });
            Assert.Equal(Records, plan.DistinctRecords);
            Report($"plan: {plan.DistinctRecords:N0} distinct records in {plan.Rows:N0} rows (re-sent records included), " +
                $"{plan.Batches.Count:N0} batches of {scales.Count} scales", phase);

            // 1. Push until a seeded share (20–60 %) of the batches is acknowledged, then SIGKILL the platform.
            var killAfter = Math.Max(1, (int)(plan.Batches.Count * (0.2 + (random.NextDouble() * 0.4))));
            var killed = false;
            var acknowledged = 0;
            var first = await GatewayPush.RunAsync(http, plan.Batches, secrets, Gateways, ack =>
            {
                // Called under the push's lock, in arrival order: the kill lands right after the killAfter-th acknowledgement.
                if (!killed && ++acknowledged == killAfter)
                {
                    killed = true;
                    platform.Kill();
                }
            });
            Assert.True(killed, $"the push ended before the kill point: {first.Failure}");
            Assert.False(first.Complete);
            var beforeKill = first.Acknowledged;
            Report($"push 1: killed after {beforeKill.Count:N0} of {plan.Batches.Count:N0} batches acknowledged " +
                $"({beforeKill.Sum(a => a.Total):N0} rows, {Rate(beforeKill.Sum(a => a.Total), phase)} rows/s through the gateway API); " +
                $"{first.Sent - beforeKill.Count} in flight or refused at the kill", phase);

            // 2. Start again on the same database and push everything from the start.
            platform.Dispose();
            platform = PlatformProcess.Start(database, platform.Port);
            await platform.WaitHealthyAsync(TimeSpan.FromMinutes(4));
            Report("restart after the kill", phase);
            // A new client, as a restarted gateway would have: no connection of the killed process is reused.
            using var restarted = new HttpClient { BaseAddress = platform.Address, Timeout = TimeSpan.FromMinutes(5) };
            var second = await GatewayPush.RunAsync(restarted, plan.Batches, secrets, Gateways, null);
            Assert.True(second.Complete, $"{second.Failure}\n{platform.Tail}");
            var final = second.Acknowledged.ToDictionary(a => (a.DeviceCode, a.BatchId));
            Assert.Equal(plan.Batches.Count, final.Count);
            var fresh = second.Acknowledged.Where(a => !a.Replayed).ToList();
            Report($"push 2: {plan.Batches.Count:N0} batches, {second.Acknowledged.Count(a => a.Replayed):N0} answered with their first acknowledgement, " +
                $"{fresh.Count:N0} stored now ({fresh.Sum(a => a.Stored):N0} records; {Rate(second.Acknowledged.Sum(a => a.Total), phase)} rows/s overall)", phase);

            // Every batch acknowledged before the kill answers exactly that acknowledgement again.
            foreach (var ack in beforeKill)
            {
                var again = final[(ack.DeviceCode, ack.BatchId)];
                Assert.True(again.Replayed && again.SameAs(ack), $"batch {ack.BatchId}: acknowledged {ack.ToLogLine()} before the kill, now {again.ToLogLine()}");
            }

            // The first acknowledgements of all batches together stored every distinct record once and quarantined nothing.
            Assert.Equal(plan.DistinctRecords, final.Values.Sum(a => a.Stored));
            Assert.Equal(plan.Rows, final.Values.Sum(a => (long)a.Total));
            Assert.Equal(0, final.Values.Sum(a => a.Quarantined));

            // 3. The database itself.
            var rolledUp = await WimStoreState.WaitRolledUpAsync(database, plan.DistinctRecords, TimeSpan.FromMinutes(2));
            var state = await WimStoreState.ReadAsync(database);
            Report($"statistics caught up; database read ({state.Violations.Count:N0} violations, {state.Hits.Count:N0} hits)", phase);
            Assert.Equal(plan.DistinctRecords, state.Records);
            Assert.Equal(0, state.RecordKeysStoredTwice);
            Assert.Equal(0, state.Quarantined);
            Assert.Equal(state.Records, rolledUp);
            Assert.Equal(plan.Batches.Count, state.Batches.Count);
            foreach (var ack in final.Values)
            {
                var stored = state.Batches[("device:" + ack.DeviceCode, ack.BatchId)];
                Assert.True(stored.Id == ack.AckId && stored.Total == ack.Total && stored.Stored == ack.Stored && stored.Duplicate == ack.Duplicate
                    && stored.Quarantined == ack.Quarantined && stored.Hits == ack.Hits, $"batch {ack.BatchId}: stored {stored}, acknowledged {ack.ToLogLine()}");
            }

            Assert.Equal(state.ViolatingRecords, state.Hits.Count);
            Assert.Equal(final.Values.Sum(a => (long)a.Hits), state.Hits.Count);
            var problems = ViolationInvariants.Check(state.Violations, state.Hits, SameTripWindow);
            Assert.True(problems.Count == 0, $"{problems.Count} violation problems, first: {string.Join("\n", problems.Take(10))}");
            var fewest = ViolationInvariants.FewestPossible(state.Hits, SameTripWindow);
            Assert.InRange(state.Violations.Count, fewest, state.Hits.Count);
            Report($"checked: {state.Records:N0} records, {state.Hits.Count:N0} violating records in {state.Violations.Count:N0} violations " +
                $"({state.Hits.Count - state.Violations.Count:N0} same-trip merges; {fewest:N0} if every hit had arrived in capture order)", phase);

            // 4. Re-deliver every batch 1–3 times, shuffled: nothing changes, every answer is the original acknowledgement.
            var redeliveries = plan.Batches.SelectMany(b => Enumerable.Repeat(b, 1 + random.Next(3))).ToArray();
            random.Shuffle(redeliveries);
            var third = await GatewayPush.RunAsync(restarted, redeliveries, secrets, Gateways, null);
            Assert.True(third.Complete, $"{third.Failure}\n{platform.Tail}");
            Assert.Equal(redeliveries.Length, third.Acknowledged.Count);
            foreach (var ack in third.Acknowledged)
            {
                Assert.True(ack.Replayed && ack.SameAs(final[(ack.DeviceCode, ack.BatchId)]), $"re-delivered {ack.ToLogLine()}, first {final[(ack.DeviceCode, ack.BatchId)].ToLogLine()}");
            }

            Report($"re-delivery: {redeliveries.Length:N0} requests ({third.Acknowledged.Sum(a => (long)a.Total):N0} rows), " +
                $"{Rate(third.Acknowledged.Sum(a => (long)a.Total), phase)} rows/s, all answered with the first acknowledgement", phase);
            await Task.Delay(TimeSpan.FromSeconds(6)); // one statistics tick: a fold after re-delivery must not count anything again
            var after = await WimStoreState.ReadAsync(database);
            Assert.Equal(state.Records, after.Records);
            Assert.Equal(0, after.Quarantined);
            Assert.Equal(state.RolledUpWeighed, after.RolledUpWeighed);
            Assert.Equal(state.Batches.Values.OrderBy(b => b.Id), after.Batches.Values.OrderBy(b => b.Id));
            Assert.Equal(state.Violations, after.Violations);
            Assert.Equal(state.Hits, after.Hits);
            Report($"{provider}: unchanged after re-delivery; load average {LoadAverage()}; whole run", total);
        }
        finally
        {
            platform?.Dispose();
            if (Environment.GetEnvironmentVariable("ENFORCEMENT_RELIABILITY_KEEP") is { Length: > 0 })
            {
                output.WriteLine($"database kept for inspection: {database.ConnectionString}");
            }
            else
            {
                database.Dispose();
            }
        }
    }

    private void Report(string what, Stopwatch clock)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {clock.Elapsed.TotalSeconds:0.0} s"));
        clock.Restart();
    }

    /// <summary>The machine's 1-minute load average (Linux), so figures from a shared machine can be read in context.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Rate(long rows, Stopwatch clock) =>
        (rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001)).ToString("N0", CultureInfo.InvariantCulture);
}
