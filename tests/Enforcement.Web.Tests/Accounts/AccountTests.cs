using System.Net;
using System.Net.Http.Json;
using Enforcement.Data;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Accounts;

[Collection(PlatformTestGroup.Name)]
public sealed class AccountTests(SharedPlatforms platforms)
{
    private static async Task<int> AgencyIdAsync(PlatformFactory factory, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Agencies.FirstAsync(a => a.Key == key)).Id;
    }

    private static async Task<(string Id, string UserName)> CreateAccountAsync(PlatformFactory factory, string role, string password = Api.Password)
    {
        var admin = await Api.LoginAsync(factory, "sysadmin");
        var userName = "t" + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.PostAsJsonAsync("/api/v1/accounts", new
        {
            userName, displayName = "测试账户", agencyId = await AgencyIdAsync(factory, "gonghe-dot"), roles = new[] { role }, password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.JsonAsync()).GetProperty("id").GetString()!, userName);
    }

    private static Task<HttpResponseMessage> TryLoginAsync(HttpClient client, string userName, string password, string? code = null) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password, code });

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword(string provider)
    {
        var factory = platforms.For(provider);
        var (_, userName) = await CreateAccountAsync(factory, "执法人员");
        var client = factory.NewClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TryLoginAsync(client, userName, "Wrong@password1")).StatusCode);
        }
        var locked = await TryLoginAsync(client, userName, Api.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal("locked-out", (await locked.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Administrator_NeedsTheAuthenticatorCode(string provider)
    {
        var client = platforms.For(provider).NewClient();

        var withoutCode = await TryLoginAsync(client, "secadmin", Api.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Equal("code", await withoutCode.ProblemFieldAsync());

        var wrongCode = await TryLoginAsync(client, "secadmin", Api.Password, "000000");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);

        var right = await TryLoginAsync(client, "secadmin", Api.Password, Totp.Code(Api.AdminKeys["secadmin"]));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/security/policy")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewAdministrator_WithoutSecondFactor_HasNoAdministratorAccess(string provider)
    {
        var factory = platforms.For(provider);
        var (_, userName) = await CreateAccountAsync(factory, "系统管理员");
        var client = factory.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await TryLoginAsync(client, userName, Api.Password)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/accounts")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ThreeAdministrators_AreSeparated(string provider)
    {
        var factory = platforms.For(provider);
        var system = await Api.LoginAsync(factory, "sysadmin");
        var audit = await Api.LoginAsync(factory, "auditadmin");
        var security = await Api.LoginAsync(factory, "secadmin");

        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/audit/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/officers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await audit.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await audit.GetAsync("/api/v1/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await audit.PutAsJsonAsync("/api/v1/security/policy", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await security.GetAsync("/api/v1/officers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await security.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await security.GetAsync("/api/v1/accounts")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAccount_AdministratorWithBusinessRole_IsRefused_AndWeakPasswordWritesNothing(string provider)
    {
        var factory = platforms.For(provider);
        var admin = await Api.LoginAsync(factory, "sysadmin");
        var agency = await AgencyIdAsync(factory, "gonghe-dot");

        var mixed = await admin.PostAsJsonAsync("/api/v1/accounts", new { userName = "mixed1", displayName = "x", agencyId = agency, roles = new[] { "系统管理员", "执法人员" }, password = Api.Password });
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Equal("roles", await mixed.ProblemFieldAsync());

        var weak = await admin.PostAsJsonAsync("/api/v1/accounts", new { userName = "weak1", displayName = "x", agencyId = agency, roles = new[] { "执法人员" }, password = "abcdefghij" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal("password", await weak.ProblemFieldAsync());
        Assert.Contains("3 类", (await weak.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);

        var list = await (await admin.GetAsync("/api/v1/accounts")).JsonAsync();
        Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("userName").GetString() is "mixed1" or "weak1");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DisabledAccount_CannotSignIn_UntilEnabled(string provider)
    {
        var factory = platforms.For(provider);
        var (id, userName) = await CreateAccountAsync(factory, "执法人员");
        var admin = await Api.LoginAsync(factory, "sysadmin");

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/accounts/{id}/disable", null)).StatusCode);
        var refused = await TryLoginAsync(factory.NewClient(), userName, Api.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("disabled", (await refused.JsonAsync()).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/accounts/{id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TryLoginAsync(factory.NewClient(), userName, Api.Password)).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SecurityPolicy_LongerMinimum_AppliesAtOnce(string provider)
    {
        var factory = platforms.For(provider);
        var security = await Api.LoginAsync(factory, "secadmin");
        var stricter = new { minimumLength = 14, requiredCharacterClasses = 3, maxFailedAttempts = 5, lockoutMinutes = 15, idleTimeoutMinutes = 30 };
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await security.PutAsJsonAsync("/api/v1/security/policy", stricter)).StatusCode);
            var admin = await Api.LoginAsync(factory, "sysadmin");
            var response = await admin.PostAsJsonAsync("/api/v1/accounts", new
            {
                userName = "short1", displayName = "x", agencyId = await AgencyIdAsync(factory, "gonghe-dot"), roles = new[] { "执法人员" }, password = "Abcdefgh1!xy",
            });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("14", (await response.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);

            var weakening = await security.PutAsJsonAsync("/api/v1/security/policy", stricter with { minimumLength = 6 });
            Assert.Equal(HttpStatusCode.BadRequest, weakening.StatusCode);
        }
        finally
        {
            await security.PutAsJsonAsync("/api/v1/security/policy", stricter with { minimumLength = 10 });
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ChangePassword_OldStopsWorking_NewWorks(string provider)
    {
        var factory = platforms.For(provider);
        var (_, userName) = await CreateAccountAsync(factory, "执法人员");
        var client = factory.NewClient();
        await TryLoginAsync(client, userName, Api.Password);

        var wrongCurrent = await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = "Nope@123456", newPassword = "Changed@2026x" });
        Assert.Equal("currentPassword", await wrongCurrent.ProblemFieldAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = Api.Password, newPassword = "Changed@2026x" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await TryLoginAsync(factory.NewClient(), userName, Api.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TryLoginAsync(factory.NewClient(), userName, "Changed@2026x")).StatusCode);
    }
}
