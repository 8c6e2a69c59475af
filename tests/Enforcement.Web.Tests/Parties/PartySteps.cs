using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Parties;

/// <summary>Shared steps: record parties and clues through the API, and make a case decided directly in the database.</summary>
internal static class PartySteps
{
    public const string Item = "DL-YZ-001";

    public static async Task<JsonElement> CreatePersonAsync(HttpClient client, string idNumber, string name = "马某某", string? phone = "13912345678")
    {
        var response = await client.PostAsJsonAsync("/api/v1/parties", new
        {
            kind = "NaturalPerson", name, idNumber, address = "青海省海南州共和县恰卜恰镇", phone,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static async Task<int> CreateClueAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/cases", new
        {
            title = "未取得道路运输经营许可擅自从事货运", itemCode = Item, partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    public static async Task LinkAsync(HttpClient client, int caseId, int partyId, int? vehicleId = null)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/party", new { partyId, vehicleId, version = 0 });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Writes the decision straight to the row (the lifecycle to get there is tested elsewhere); returns the new version.</summary>
    public static async Task<int> MarkDecidedAsync(PlatformFactory factory, int caseId, DateOnly decidedOn)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        // A test scope has no signed-in user, so no data scope: read past the filter.
        var @case = await db.Cases.IgnoreQueryFilters().FirstAsync(c => c.Id == caseId);
        @case.Status = CaseStatus.Decided;
        @case.DecidedOn = decidedOn;
        @case.DecidedFineFen = 300_000;
        await db.SaveChangesAsync();
        return @case.Version;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
