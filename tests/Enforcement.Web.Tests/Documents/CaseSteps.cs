using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Documents;

/// <summary>Cases brought to the stage a document needs: through the API where that is short, straight into the database where it is not.</summary>
internal static partial class CaseSteps
{
    public static int Year => Enforcement.Domain.Common.ChinaTime.Today(DateTimeOffset.UtcNow).Year;

    public static async Task<int[]> TwoCertifiedOfficersAsync(HttpClient client)
    {
        var officers = await (await client.GetAsync("/api/v1/officers?pageSize=200")).JsonAsync();
        return [.. officers.GetProperty("items").EnumerateArray()
            .Where(o => !o.GetProperty("isAuxiliary").GetBoolean() && !o.GetProperty("isLegalReviewer").GetBoolean()
                        && o.GetProperty("certificateState").GetString()!.StartsWith("有效", StringComparison.Ordinal))
            .Select(o => o.GetProperty("id").GetInt32()).Take(2)];
    }

    public static async Task<JsonElement> ClueAsync(HttpClient officer, string? title = null)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            title = title ?? "未取得道路运输经营许可擅自从事货运" + Guid.NewGuid().ToString("N")[..6],
            itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source = "Inspection",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A clue submitted by the officer, awaiting the head (version 1).</summary>
    public static async Task<int> SubmittedAsync(HttpClient officer)
    {
        var id = (await ClueAsync(officer)).GetProperty("id").GetInt32();
        var submitted = await officer.PostAsJsonAsync($"/api/v1/cases/{id}/moves/SubmitRegistration", new { version = 0, handlerIds = await TwoCertifiedOfficersAsync(officer) });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>A registered case under investigation; its view (number, title).</summary>
    public static async Task<JsonElement> InvestigatingAsync(HttpClient officer, HttpClient head, string? number = null)
    {
        var id = await SubmittedAsync(officer);
        var approved = await head.PostAsJsonAsync($"/api/v1/cases/{id}/moves/ApproveRegistration",
            new { version = 1, number = number ?? $"共交执案〔{Year}〕T{Guid.NewGuid().ToString("N")[..6]}号" });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        return await approved.JsonAsync();
    }

    /// <summary>Records a natural person (fresh ID number, with a phone) and links them to the case; returns the party's ID number.</summary>
    public static async Task<string> LinkPersonAsync(HttpClient client, int caseId, string name = "马某某")
    {
        var idNumber = TestIds.ResidentId();
        var party = await client.PostAsJsonAsync("/api/v1/parties", new { kind = "NaturalPerson", name, idNumber, address = "青海省海南州共和县恰卜恰镇", phone = "13912345678" });
        Assert.True(party.IsSuccessStatusCode, await party.Content.ReadAsStringAsync());
        var version = (await (await client.GetAsync($"/api/v1/cases/{caseId}")).JsonAsync()).GetProperty("version").GetInt32();
        var linked = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/party",
            new { partyId = (await party.JsonAsync()).GetProperty("id").GetInt32(), version });
        Assert.True(linked.StatusCode == HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());
        return idNumber;
    }

    /// <summary>A case of 共和县 decided with a fine of 3000 yuan after notice (the long road to it is the lifecycle's tests' business).</summary>
    public static Task<EnforcementCase> DecidedAsync(PlatformFactory factory, int[] handlers) => DecidedAsync(factory, handlers, withParty: true);

    /// <param name="withParty">Link a natural person (马某某, fresh ID number, phone 13912345678) and a yellow-plated lorry.</param>
    /// <param name="closed">Go on: served in person the day after the decision, paid, and closed (ready for the head to archive).</param>
    public static async Task<EnforcementCase> DecidedAsync(PlatformFactory factory, int[] handlers, bool withParty, bool closed = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var gonghe = await db.Agencies.FirstAsync(a => a.Key == "gonghe-dot");
        var item = await db.EnforcementItems.Where(i => i.Code == "DL-YZ-001").OrderByDescending(i => i.Version).FirstAsync();
        var today = Enforcement.Domain.Common.ChinaTime.Today(DateTimeOffset.UtcNow);
        Domain.Cases.Parties.Party? party = null;
        Domain.Cases.Parties.Vehicle? vehicle = null;
        if (withParty)
        {
            party = Domain.Cases.Parties.Party.Create(gonghe.Id, new(PartyKind.NaturalPerson, "马某某", TestIds.ResidentId(), null, null, "青海省海南州共和县恰卜恰镇", "13912345678"), today).Unwrap();
            db.Parties.Add(party);
            vehicle = Domain.Cases.Parties.Vehicle.Create(gonghe.Id, null, Parties.PartyIds.Plate(), "黄", "重型半挂牵引车").Unwrap();
            db.Vehicles.Add(vehicle);
            await db.SaveChangesAsync();
        }
        var @case = new EnforcementCase
        {
            PartyId = party?.Id, VehicleId = vehicle?.Id,
            AgencyId = gonghe.Id, Title = "未取得道路运输经营许可擅自从事货运" + Guid.NewGuid().ToString("N")[..6], ItemCode = item.Code, ItemVersion = item.Version,
            RegionCode = "632521", PartyKind = PartyKind.NaturalPerson, Source = CaseSource.Inspection, Status = CaseStatus.Decided, ViolationOn = today.AddDays(-40), DiscoveredOn = today.AddDays(-38),
            RegisteredOn = today.AddDays(-35), Number = $"共交执案〔{Year}〕D{Guid.NewGuid().ToString("N")[..6]}号", HandlerIds = [.. handlers],
            ConcludedOn = today.AddDays(-20), ProposedKinds = Domain.Catalog.PenaltyKinds.Fine, ProposedFineFen = 3000_00,
            NoticeServedOn = today.AddDays(-18), DecidedOn = today.AddDays(-1), DecidedKinds = Domain.Catalog.PenaltyKinds.Fine, DecidedFineFen = 3000_00,
        };
        if (closed)
        {
            @case.DecidedOn = today.AddDays(-6);
            @case.ServedOn = today.AddDays(-5);
            @case.ServiceMethod = ServiceMethod.Direct;
            @case.PaidOn = today.AddDays(-3);
            @case.ClosedOn = today.AddDays(-1);
            @case.Status = CaseStatus.Closed;
        }
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return @case;
    }

    public static Task<HttpResponseMessage> GenerateAsync(HttpClient client, int caseId, string kind) =>
        client.PostAsync($"/api/v1/cases/{caseId}/documents/{kind}", null);

    public static async Task<JsonElement> GeneratedAsync(HttpClient client, int caseId, string kind)
    {
        var response = await GenerateAsync(client, caseId, kind);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{kind}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>The sequence of a number written 前缀〔年〕序号号.</summary>
    public static long Sequence(string? number, string prefix)
    {
        var match = NumberShape().Match(number ?? "");
        Assert.True(match.Success && match.Groups["prefix"].Value == prefix && match.Groups["year"].Value == Year.ToString(CultureInfo.InvariantCulture),
            $"\"{number}\" is not {prefix}〔{Year}〕N号");
        return long.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^(?<prefix>[^〔]+)〔(?<year>[0-9]{4})〕(?<seq>[0-9]+)号$")]
    private static partial Regex NumberShape();
}
