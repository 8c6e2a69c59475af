using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Web.Tests.Infrastructure;

/// <summary>Demo accounts (seeded by the platform) and small helpers for calling the API as one of them.</summary>
public static class Api
{
    public const string Password = "Qinghai@2026";

    public static readonly Dictionary<string, string> AdminKeys = new()
    {
        ["sysadmin"] = "QHSYSADMDEMOTOTPKEYAAAAAAAAAAAAA",
        ["secadmin"] = "QHSECADMDEMOTOTPKEYAAAAAAAAAAAAA",
        ["auditadmin"] = "QHAUDADMDEMOTOTPKEYAAAAAAAAAAAAA",
    };

    public static async Task<HttpClient> LoginAsync(PlatformFactory factory, string userName, string password = Password)
    {
        var client = factory.NewClient();
        var code = AdminKeys.TryGetValue(userName, out var key) ? Totp.Code(key) : null;
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password, code });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login of {userName} failed: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem's "field" extension: which input was refused.</summary>
    public static async Task<string?> ProblemFieldAsync(this HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        return json.TryGetProperty("field", out var field) ? field.GetString() : null;
    }
}
