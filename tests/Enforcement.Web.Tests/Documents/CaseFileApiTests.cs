using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Enforcement.Data;
using Enforcement.Web.Tests.Evidence;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Documents;

/// <summary>The case file: catalogue in legal order, page numbers that are the printout's, sealed and verified at archiving.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class CaseFileApiTests(SharedPlatforms platforms)
{
    private static List<JsonElement> Entries(JsonElement file) => [.. file.GetProperty("entries").EnumerateArray()];

    /// <summary>Each printed sheet of the print page, with its page number (null for cover, catalogue and notes).</summary>
    private static List<(int? Folio, string Html)> Sheets(string html) =>
        [.. Sheet().Matches(html).Select(m => (m.Groups["folio"].Success ? int.Parse(m.Groups["folio"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null,
            m.Groups["body"].Value))];

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preview_ListsEveryItemInLegalOrder_AndEachStartsOnThePageTheCatalogueGives(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var @case = await CaseSteps.DecidedAsync(factory, await CaseSteps.TwoCertifiedOfficersAsync(officer), withParty: true, closed: true);
        // Made out of the legal order on purpose, with the decision reissued once.
        await CaseSteps.GeneratedAsync(officer, @case.Id, "ClosingReport");
        await CaseSteps.GeneratedAsync(officer, @case.Id, "ServiceReceipt");
        await CaseSteps.GeneratedAsync(officer, @case.Id, "PenaltyDecision");
        var decision = await CaseSteps.GeneratedAsync(officer, @case.Id, "PenaltyDecision");
        await CaseSteps.GeneratedAsync(officer, @case.Id, "RegistrationForm");
        Assert.Equal(HttpStatusCode.Created, (await EvidenceApi.UploadAsync(officer, @case.Id, EvidenceApi.Form(EvidenceFiles.Png(), title: "车辆行驶证照片"))).StatusCode);

        var file = await (await officer.GetAsync($"/api/v1/cases/{@case.Id}/case-file")).JsonAsync();

        Assert.False(file.GetProperty("sealed").GetBoolean());
        var entries = Entries(file);
        Assert.Equal(["立案登记表", "车辆行驶证照片", "行政处罚决定书", "送达回证", "结案报告"], entries.Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(["Registration", "Investigation", "Decision", "Service", "Closing"], entries.Select(e => e.GetProperty("stage").GetString()));
        Assert.Equal([1, 2, 3, 4, 5], entries.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(decision.GetProperty("id").GetInt32(), entries[2].GetProperty("sourceId").GetInt32());
        Assert.Equal(decision.GetProperty("number").GetString(), entries[2].GetProperty("number").GetString());
        Assert.Equal(1, entries[0].GetProperty("firstPage").GetInt32());
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].GetProperty("lastPage").GetInt32() + 1, entries[i].GetProperty("firstPage").GetInt32());
        }
        var pages = entries[^1].GetProperty("lastPage").GetInt32();
        Assert.True(entries[2].GetProperty("pages").GetInt32() >= 2, "a decision with its remedies runs over one page");
        Assert.Equal(5, file.GetProperty("cover").GetProperty("items").GetInt32());
        Assert.Equal(pages, file.GetProperty("cover").GetProperty("pages").GetInt32());
        Assert.Equal(1, file.GetProperty("notes").GetProperty("supersededVersions").GetInt32());

        var html = await officer.GetStringAsync($"/api/v1/cases/{@case.Id}/case-file/print");
        var sheets = Sheets(html);
        Assert.Equal(file.GetProperty("notes").GetProperty("totalSheets").GetInt32(), sheets.Count);
        Assert.Equal(Enumerable.Range(1, pages).Cast<int?>(), sheets.Where(s => s.Folio is not null).Select(s => s.Folio));
        Assert.Null(sheets[0].Folio);
        Assert.Null(sheets[^1].Folio);
        foreach (var entry in entries)
        {
            // The sheet the catalogue points to is where the item begins.
            var first = sheets.Single(s => s.Folio == entry.GetProperty("firstPage").GetInt32()).Html;
            Assert.Contains(entry.GetProperty("kind").GetString() == "Evidence" ? $"证据名称：{entry.GetProperty("title").GetString()}" : $">{entry.GetProperty("title").GetString()}<",
                first, StringComparison.Ordinal);
        }
        Assert.Contains("卷内目录", html, StringComparison.Ordinal);
        Assert.Contains("备考表", sheets[^1].Html, StringComparison.Ordinal);
        Assert.Contains(">5<", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; margin: 0; }", html, StringComparison.Ordinal);
        // The case file identifies the party in full, as the documents served on it do.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            var idNumber = await db.Parties.IgnoreQueryFilters().Where(p => p.Id == @case.PartyId).Select(p => p.IdNumber).SingleAsync();
            Assert.Contains($"公民身份号码：{idNumber}", html, StringComparison.Ordinal);
        }

        var docx = await (await officer.GetAsync($"/api/v1/cases/{@case.Id}/case-file.docx")).Content.ReadAsByteArrayAsync();
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var body = word.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        Assert.Equal(1, sections[1].GetFirstChild<PageNumberType>()?.Start?.Value);
        // Every sheet of the print page is a page of the DOCX: a section starts one, a page break each of the others.
        Assert.Equal(sheets.Count, sections.Count + body.Descendants<PageBreakBefore>().Count());

        // The decision reissued after the upload cites the evidence item (APL Art 59 ¶1(2)).
        var reissued = await CaseSteps.GeneratedAsync(officer, @case.Id, "PenaltyDecision");
        Assert.Contains("车辆行驶证照片等证据证实", await officer.GetStringAsync(reissued.GetProperty("printUrl").GetString()), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Archive_SealsTheCaseFileWithTheMove_AndItIsReadBackVerified(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var @case = await CaseSteps.DecidedAsync(factory, await CaseSteps.TwoCertifiedOfficersAsync(officer), withParty: true, closed: true);
        foreach (var kind in new[] { "RegistrationForm", "PenaltyDecision", "ServiceReceipt", "ClosingReport" }) await CaseSteps.GeneratedAsync(officer, @case.Id, kind);
        var preview = await (await officer.GetAsync($"/api/v1/cases/{@case.Id}/case-file")).JsonAsync();
        async Task<int> VersionAsync() => (await (await head.GetAsync($"/api/v1/cases/{@case.Id}")).JsonAsync()).GetProperty("version").GetInt32();
        async Task<List<string?>> KindsAsync() =>
            [.. (await (await head.GetAsync($"/api/v1/cases/{@case.Id}/documents")).JsonAsync()).GetProperty("items").EnumerateArray().Select(d => d.GetProperty("kind").GetString())];

        // The notice was served but never filed: the self-check blocks a plain archive, and nothing is sealed.
        var refused = await head.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/moves/Archive", new { version = await VersionAsync() });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.DoesNotContain("CaseFile", await KindsAsync());

        const string reason = "违法行为通知书原件已随纸质卷归档";
        var archived = await head.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/moves/Archive", new { version = await VersionAsync(), reason });
        Assert.True(archived.StatusCode == HttpStatusCode.OK, await archived.Content.ReadAsStringAsync());

        Assert.Single(await KindsAsync(), k => k == "CaseFile");
        var file = await (await head.GetAsync($"/api/v1/cases/{@case.Id}/case-file")).JsonAsync();
        Assert.True(file.GetProperty("sealed").GetBoolean());
        Assert.Equal(Entries(preview).Select(e => e.GetProperty("title").GetString()), Entries(file).Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(Entries(preview).Select(e => e.GetProperty("lastPage").GetInt32()), Entries(file).Select(e => e.GetProperty("lastPage").GetInt32()));
        var notes = file.GetProperty("notes");
        Assert.Equal(reason, notes.GetProperty("overrideReason").GetString());
        Assert.Contains("缺少违法行为通知书", notes.GetProperty("findings").EnumerateArray().Select(f => f.GetString()));
        Assert.False(string.IsNullOrEmpty(notes.GetProperty("assembledBy").GetString()));
        Assert.NotNull(file.GetProperty("cover").GetProperty("archivedOn").GetString());

        var print = await (await head.GetAsync($"/api/v1/cases/{@case.Id}/case-file/print")).Content.ReadAsByteArrayAsync();
        var htmlSha = file.GetProperty("htmlSha256").GetString()!;
        Assert.Equal(htmlSha, Convert.ToHexStringLower(SHA256.HashData(print)));
        Assert.Contains(reason, System.Text.Encoding.UTF8.GetString(print), StringComparison.Ordinal);
        var docx = await (await head.GetAsync($"/api/v1/cases/{@case.Id}/case-file.docx")).Content.ReadAsByteArrayAsync();
        Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(docx)));

        // The sealed print page altered on disk is refused, catalogue included.
        var path = Path.Combine(factory.Database.DataDirectory, "documents", htmlSha[..2], htmlSha[2..4], htmlSha);
        File.SetAttributes(path, FileAttributes.Normal);
        await File.AppendAllTextAsync(path, "改");
        var tampered = await head.GetAsync($"/api/v1/cases/{@case.Id}/case-file");
        Assert.Equal(HttpStatusCode.Conflict, tampered.StatusCode);
        Assert.Equal("document.tampered", (await tampered.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CaseFileOfAnotherCounty_Answers404(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var other = await Api.LoginAsync(factory, "officer.guide");
        var id = (await CaseSteps.ClueAsync(officer)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/cases/{id}/case-file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/case-file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/case-file/print")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/case-file.docx")).StatusCode);
    }

    [GeneratedRegex("<section class=\"page\"(?: data-folio=\"(?<folio>[0-9]+)\")?>(?<body>.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex Sheet();
}
