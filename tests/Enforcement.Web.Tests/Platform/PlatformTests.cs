using System.Net;
using Enforcement.Data;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Platform;

[Collection(PlatformTestGroup.Name)]
public sealed class PlatformTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Healthz_WithMigratedDatabase_IsHealthy(string provider)
    {
        var client = platforms.For(provider).NewClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Model_HasNoChangesMissingFromMigrations(string provider)
    {
        await using var scope = platforms.For(provider).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model has changes without a migration (dotnet ef migrations add)");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoginPage_IsServedInChinese(string provider)
    {
        var client = platforms.For(provider).NewClient();
        var html = await client.GetStringAsync("/Account/Login");
        Assert.Contains("登录", html, StringComparison.Ordinal);
        Assert.Contains("交通运输行政执法综合管理平台", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OpenApi_DescribesTheApi(string provider)
    {
        var client = platforms.For(provider).NewClient();
        var json = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/v1/officers", out _));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Api_WithoutSignIn_Answers401NotARedirect(string provider)
    {
        var client = platforms.For(provider).NewClient();
        var response = await client.GetAsync("/api/v1/officers");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Page_WithoutSignIn_RedirectsToLogin(string provider)
    {
        var client = platforms.For(provider).NewClient();
        var response = await client.GetAsync("/officers");
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Headers.Location?.ToString().Contains("Account/Login", StringComparison.Ordinal) == true
                    || body.Contains("Account/Login", StringComparison.Ordinal));
    }
}
