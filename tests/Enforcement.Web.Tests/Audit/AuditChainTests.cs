using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Enforcement.Data;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Enforcement.Web.Tests.Audit;

/// <summary>Each test gets its own database: tampering would break the chain for every other test.</summary>
public sealed class AuditChainTests
{
    private static DbConnection Open(PlatformFactory factory)
    {
        DbConnection connection = factory.Provider == "Sqlite"
            ? new SqliteConnection(factory.Database.ConnectionString)
            : new NpgsqlConnection(factory.Database.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>What an attacker with database access would do: switch the guard off, rewrite a row, switch it on.</summary>
    private static void TamperWith(PlatformFactory factory, long sequence)
    {
        using var connection = Open(factory);
        var update = $"UPDATE \"AuditEntries\" SET \"Summary\" = 'nothing happened' WHERE \"Sequence\" = {sequence}";
        if (factory.Provider == "Sqlite")
        {
            Execute(connection, "DROP TRIGGER audit_entries_no_update");
            Execute(connection, update);
            Execute(connection, Enforcement.Data.Audit.AuditTableGuard.SqliteUp.Split("CREATE TRIGGER audit_entries_no_delete")[0]);
        }
        else
        {
            Execute(connection, "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER");
            Execute(connection, update);
            Execute(connection, "ALTER TABLE \"AuditEntries\" ENABLE TRIGGER USER");
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TamperedRow_IsTheFirstBrokenLinkReported(string provider)
    {
        using var factory = new PlatformFactory(provider);
        var audit = await Api.LoginAsync(factory, "auditadmin");
        var intact = await (await audit.GetAsync("/api/v1/audit/verify")).JsonAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        var total = intact.GetProperty("checkedEntries").GetInt64();
        Assert.True(total > 100, "the demo seed alone writes hundreds of audited changes");

        var victim = total / 2;
        TamperWith(factory, victim);

        var broken = await (await audit.GetAsync("/api/v1/audit/verify")).JsonAsync();
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(victim, broken.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(victim - 1, broken.GetProperty("checkedEntries").GetInt64());
        Assert.Contains("篡改", broken.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RefusesUpdateAndDeleteOfAuditRows(string provider)
    {
        using var factory = new PlatformFactory(provider);
        _ = factory.Server;
        using var connection = Open(factory);

        var update = Assert.ThrowsAny<DbException>(() => Execute(connection, "UPDATE \"AuditEntries\" SET \"Summary\" = 'x' WHERE \"Sequence\" = 1"));
        var delete = Assert.ThrowsAny<DbException>(() => Execute(connection, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 1"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        if (provider == "Postgres")
        {
            Assert.Contains("append-only", Assert.ThrowsAny<DbException>(() => Execute(connection, "TRUNCATE \"AuditEntries\"")).Message, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryChange_IsAudited_WithWhoWhatAndMaskedIdNumber(string provider)
    {
        using var factory = new PlatformFactory(provider);
        var head = await Api.LoginAsync(factory, "head");
        int agencyId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            agencyId = (await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Agencies.FirstAsync(a => a.Key == "gonghe-dot")).Id;
        }
        var idNumber = TestIds.ResidentId();
        var created = await head.PostAsJsonAsync("/api/v1/officers", new { agencyId, name = "审计对象", idNumber });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var officerId = (await created.JsonAsync()).GetProperty("id").GetInt32();
        await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "head", password = "wrong-password" });

        var audit = await Api.LoginAsync(factory, "auditadmin");
        var page = await (await audit.GetAsync("/api/v1/audit?pageSize=50")).JsonAsync();
        var items = page.GetProperty("items").EnumerateArray().ToList();

        var create = items.Single(e => e.GetProperty("entityType").GetString() == "Officer" && e.GetProperty("entityId").GetString() == officerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("create", create.GetProperty("action").GetString());
        Assert.Equal("head", create.GetProperty("userName").GetString());
        Assert.Equal(agencyId, create.GetProperty("agencyId").GetInt32());
        var summary = create.GetProperty("summary").GetString()!;
        Assert.Contains("审计对象", summary, StringComparison.Ordinal);
        Assert.Matches(@"IdNumber=\d{3}\*{11}[\dX]{4}", summary);
        Assert.DoesNotContain(idNumber, summary, StringComparison.Ordinal);

        Assert.Contains(items, e => e.GetProperty("action").GetString() == "login-failed" && e.GetProperty("userName").GetString() == "head");
        Assert.DoesNotContain(items, e => e.GetProperty("summary").GetString()!.Contains("AQAAAA", StringComparison.Ordinal)); // no password hashes
        Assert.True((await (await audit.GetAsync("/api/v1/audit/verify")).JsonAsync()).GetProperty("intact").GetBoolean());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentWriters_AllSucceed_AndTheChainStaysIntact(string provider)
    {
        using var factory = new PlatformFactory(provider);
        var head = await Api.LoginAsync(factory, "head");
        var agencyId = (await (await head.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("agencyId").GetInt32();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            head.PostAsJsonAsync("/api/v1/officers", new { agencyId, name = $"并发{i}", idNumber = TestIds.ResidentId() })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var audit = await Api.LoginAsync(factory, "auditadmin");
        var verification = await (await audit.GetAsync("/api/v1/audit/verify")).JsonAsync();
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
    }
}
