using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Enforcement.Web.Tests.Stations.StationSteps;

namespace Enforcement.Web.Tests.Stations;

/// <summary>Per-device gateway credentials: issued once, rotated, revoked, and the Device scheme on /api/v1/wim.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed class DeviceCredentialTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssuedSecret_IdentifiesTheDevice_WithTheDeviceSchemeOrBasic(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var (stationId, deviceId, code) = await ValidScaleAsync(head);
        var stationCode = (await (await head.GetAsync($"/api/v1/stations/{stationId}")).JsonAsync()).GetProperty("code").GetString();

        var issued = await head.PostAsync($"/api/v1/devices/{deviceId}/credential", null);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var secret = (await issued.JsonAsync()).GetProperty("secret").GetString()!;
        Assert.Equal(43, secret.Length);
        var whoami = await WhoAmIAsync(factory, $"Device {code}:{secret}");
        Assert.Equal(HttpStatusCode.OK, whoami.StatusCode);
        var me = await whoami.JsonAsync();
        Assert.Equal(code, me.GetProperty("deviceCode").GetString());
        Assert.Equal(deviceId, me.GetProperty("deviceId").GetInt32());
        Assert.Equal(stationCode, me.GetProperty("stationCode").GetString());
        Assert.Equal(stationId, me.GetProperty("stationId").GetInt32());
        // The device code as typed in lower case still names the device; Basic carries the same pair.
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(factory, $"Device {code.ToLowerInvariant()}:{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(factory, "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{code}:{secret}")))).StatusCode);

        // The secret is never shown again: the device's page and API only say that a credential is in force.
        var view = await (await head.GetAsync($"/api/v1/devices/{deviceId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, view, StringComparison.Ordinal);
        Assert.Contains("\"active\":true", view, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await head.GetStringAsync($"/devices/{deviceId}"), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WrongMissingOrForeignCredentials_Are401(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var (_, deviceId, code) = await ValidScaleAsync(head);
        var (_, otherId, otherCode) = await ValidScaleAsync(head);
        var secret = (await (await head.PostAsync($"/api/v1/devices/{deviceId}/credential", null)).JsonAsync()).GetProperty("secret").GetString()!;
        await head.PostAsync($"/api/v1/devices/{otherId}/credential", null);

        var wrong = await WhoAmIAsync(factory, $"Device {code}:{secret[..^2]}AA");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains(wrong.Headers.WwwAuthenticate, h => h.Scheme == "Device");
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, $"Device {otherCode}:{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, $"Device NO-SUCH-DEVICE:{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, $"Device {code}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, "Basic not-base64!")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, null)).StatusCode);
        // A signed-in person is not a gateway: the cookie does not open /api/v1/wim.
        Assert.Equal(HttpStatusCode.Unauthorized, (await head.GetAsync("/api/v1/wim/whoami")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rotation_ReplacesTheSecretAtOnce_AndRevocationEndsAccess(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var (_, deviceId, code) = await ValidScaleAsync(head);
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsync($"/api/v1/devices/{deviceId}/credential/rotate", null)).StatusCode);
        var first = (await (await head.PostAsync($"/api/v1/devices/{deviceId}/credential", null)).JsonAsync()).GetProperty("secret").GetString()!;
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsync($"/api/v1/devices/{deviceId}/credential", null)).StatusCode);

        var rotated = await head.PostAsync($"/api/v1/devices/{deviceId}/credential/rotate", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = (await rotated.JsonAsync()).GetProperty("secret").GetString()!;
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, $"Device {code}:{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(factory, $"Device {code}:{second}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await head.DeleteAsync($"/api/v1/devices/{deviceId}/credential")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, $"Device {code}:{second}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await head.DeleteAsync($"/api/v1/devices/{deviceId}/credential")).StatusCode);
        var state = (await (await head.GetAsync($"/api/v1/devices/{deviceId}")).JsonAsync()).GetProperty("credential");
        Assert.False(state.GetProperty("active").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, state.GetProperty("revokedAtUtc").ValueKind);

        // A new credential can be issued after revocation; the revoked one stays dead.
        var third = (await (await head.PostAsync($"/api/v1/devices/{deviceId}/credential", null)).JsonAsync()).GetProperty("secret").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(factory, $"Device {code}:{third}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(factory, $"Device {code}:{second}")).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Credentials_AreManagedOnlyByTheOwningAgencysManagers(string provider)
    {
        var factory = platforms.For(provider);
        var head = await Api.LoginAsync(factory, "head");
        var officer = await Api.LoginAsync(factory, "officer");
        var supervisor = await Api.LoginAsync(factory, "supervisor");
        var (_, deviceId, _) = await ValidScaleAsync(head);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/v1/devices/{deviceId}/credential", null)).StatusCode);
        // Device 1 is the first demo scale, at 青石嘴 (Haidong trunk-road detachment): not below Hainan.
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsync("/api/v1/devices/1/credential", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await supervisor.PostAsync($"/api/v1/devices/{deviceId}/credential", null)).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RefusedAttempt_IsLogged_WithoutTheSecret(string provider)
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = platforms.For(provider).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var head = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await head.PostAsJsonAsync("/api/v1/auth/login", new { userName = "head", password = Api.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var (_, deviceId, code) = await ValidScaleAsync(head);
        var secret = (await (await head.PostAsync($"/api/v1/devices/{deviceId}/credential", null)).JsonAsync()).GetProperty("secret").GetString()!;
        var guessed = secret[..^4] + "ZZZZ";

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/wim/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Device", $"{code}:{guessed}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().SendAsync(request)).StatusCode);

        var refusal = Assert.Single(logs.Messages, m => m.Contains("Device credential refused", StringComparison.Ordinal) && m.Contains(code, StringComparison.Ordinal));
        Assert.Contains("wrong secret", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(guessed, StringComparison.Ordinal) || m.Contains(secret, StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> WhoAmIAsync(PlatformFactory factory, string? authorization)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/wim/whoami");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Queue { get; } = new();
        public IReadOnlyList<string> Messages => [.. Queue];
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) owner.Queue.Enqueue(formatter(state, exception) + " " + exception);
            }
        }
    }
}
