using System.Net;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Web.Features.Documents;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web.Tests.Documents;

[Collection(PlatformTestGroup.Name)]
public sealed class DocumentApiTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegistrationForm_AfterRegistration_IsFiledAsDocxAndPrintPage_HashedUnderTheDataDirectory(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var registered = await CaseSteps.InvestigatingAsync(officer, head);
        var id = registered.GetProperty("id").GetInt32();
        var title = registered.GetProperty("title").GetString()!;
        var number = registered.GetProperty("number").GetString()!;
        await CaseSteps.LinkPersonAsync(officer, id);

        var document = await CaseSteps.GeneratedAsync(officer, id, "RegistrationForm");

        Assert.Equal("立案登记表", document.GetProperty("title").GetString());
        Assert.Equal(1, document.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKindNull, document.GetProperty("number").ValueKind);
        var sha = document.GetProperty("sha256").GetString()!;
        var htmlSha = document.GetProperty("htmlSha256").GetString()!;
        Assert.True(File.Exists(Path.Combine(factory.Database.DataDirectory, "documents", sha[..2], sha[2..4], sha)));
        Assert.True(File.Exists(Path.Combine(factory.Database.DataDirectory, "documents", htmlSha[..2], htmlSha[2..4], htmlSha)));

        var list = await (await officer.GetAsync($"/api/v1/cases/{id}/documents")).JsonAsync();
        Assert.Equal(document.GetProperty("id").GetInt32(), Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Contains(list.GetProperty("available").EnumerateArray(), k => k.GetProperty("kind").GetString() == "InquiryRecord");
        Assert.DoesNotContain(list.GetProperty("available").EnumerateArray(), k => k.GetProperty("kind").GetString() == "PenaltyDecision");

        var docx = await officer.GetAsync(document.GetProperty("docxUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var main = word.MainDocumentPart!;
            var text = main.Document!.Body!.InnerText;
            Assert.Contains("立案登记表", text, StringComparison.Ordinal);
            Assert.Contains(title, text, StringComparison.Ordinal);
            Assert.Contains(number, text, StringComparison.Ordinal);
            Assert.Contains("共和县交通运输局", text, StringComparison.Ordinal);
            Assert.Contains(main.StyleDefinitionsPart!.Styles!.Descendants<Languages>(), l => l.EastAsia?.Value == "zh-CN");
            var runs = main.Document.Body.Descendants<Run>().ToList();
            Assert.NotEmpty(runs);
            Assert.All(runs, r => Assert.Equal("zh-CN", r.RunProperties?.GetFirstChild<Languages>()?.EastAsia?.Value));
        }

        var print = await officer.GetAsync(document.GetProperty("printUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Equal("text/html", print.Content.Headers.ContentType?.MediaType);
        var html = await print.Content.ReadAsStringAsync();
        Assert.Equal(htmlSha, Convert.ToHexStringLower(SHA256.HashData(await print.Content.ReadAsByteArrayAsync())));
        Assert.Contains("<title>立案登记表</title>", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("Noto Serif CJK SC", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(number, html, StringComparison.Ordinal);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NumberedDocuments_AreConsecutive_ARefusedRequestTakesNoNumber_AFailedOneLeavesAGap(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();
        var clue = (await CaseSteps.ClueAsync(officer)).GetProperty("id").GetInt32();

        var first = await CaseSteps.GeneratedAsync(officer, id, "EvidenceList");
        // Refused (a clue has no evidence list yet): 409 before any number is taken.
        var refused = await CaseSteps.GenerateAsync(officer, clue, "EvidenceList");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var second = await CaseSteps.GeneratedAsync(officer, id, "EvidenceList");

        var n1 = CaseSteps.Sequence(first.GetProperty("number").GetString(), "共交执保");
        var n2 = CaseSteps.Sequence(second.GetProperty("number").GetString(), "共交执保");
        Assert.Equal(n1 + 1, n2);
        Assert.Equal(2, second.GetProperty("version").GetInt32());

        // A generation that took its number and then failed (reservation committed, nothing filed): the number is gone for good.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Enforcement.Data.EnforcementDbContext>();
            var gonghe = db.Agencies.Single(a => a.Key == "gonghe-dot").Id;
            var lost = await scope.ServiceProvider.GetRequiredService<NumberingService>().ReserveAsync(gonghe, NumberSeries.EvidenceList, CaseSteps.Year);
            Assert.Equal(n2 + 1, CaseSteps.Sequence(lost.Value, "共交执保"));
        }
        var third = await CaseSteps.GeneratedAsync(officer, id, "EvidenceList");
        Assert.Equal(n2 + 2, CaseSteps.Sequence(third.GetProperty("number").GetString(), "共交执保"));
        var numbers = (await (await officer.GetAsync($"/api/v1/cases/{id}/documents")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("number").GetString()).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PenaltyDecision_BeforeTheDecision_Is409WithAChineseReason_AndTakesNoNumber(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();

        var before = await CaseSteps.GeneratedAsync(officer, (await CaseSteps.DecidedAsync(factory, await CaseSteps.TwoCertifiedOfficersAsync(officer))).Id, "PenaltyDecision");
        var response = await CaseSteps.GenerateAsync(officer, id, "PenaltyDecision");
        var after = await CaseSteps.GeneratedAsync(officer, (await CaseSteps.DecidedAsync(factory, await CaseSteps.TwoCertifiedOfficersAsync(officer))).Id, "PenaltyDecision");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("document.status", problem.GetProperty("code").GetString());
        Assert.Contains("不能制作《行政处罚决定书》", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("调查取证", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(CaseSteps.Sequence(before.GetProperty("number").GetString(), "共交执罚") + 1,
            CaseSteps.Sequence(after.GetProperty("number").GetString(), "共交执罚"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PenaltyDecision_OnceDecided_StatesWhatArticle59Requires_AndAReissueKeepsItsNumber(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var @case = await CaseSteps.DecidedAsync(factory, await CaseSteps.TwoCertifiedOfficersAsync(officer));

        var decision = await CaseSteps.GeneratedAsync(officer, @case.Id, "PenaltyDecision");
        var html = await officer.GetStringAsync(decision.GetProperty("printUrl").GetString());

        var number = decision.GetProperty("number").GetString()!;
        CaseSteps.Sequence(number, "共交执罚");
        Assert.Contains(number, html, StringComparison.Ordinal);
        Assert.Contains(@case.Title, html, StringComparison.Ordinal);
        Assert.Contains("当事人（姓名或名称）", html, StringComparison.Ordinal);
        Assert.Contains("罚款人民币3000元", html, StringComparison.Ordinal);
        Assert.Contains("《道路运输条例》", html, StringComparison.Ordinal);
        Assert.Contains("十五日内", html, StringComparison.Ordinal);
        Assert.Contains("第六十七条", html, StringComparison.Ordinal);
        Assert.Contains("六十日内", html, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国行政复议法》第二十条", html, StringComparison.Ordinal);
        Assert.Contains("六个月内", html, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国行政诉讼法》第四十六条", html, StringComparison.Ordinal);
        Assert.Contains("共和县交通运输局", html, StringComparison.Ordinal);
        Assert.Contains("（印章）", html, StringComparison.Ordinal);

        var reissued = await CaseSteps.GeneratedAsync(officer, @case.Id, "PenaltyDecision");
        Assert.Equal(number, reissued.GetProperty("number").GetString());
        Assert.Equal(2, reissued.GetProperty("version").GetInt32());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DocumentsOfAnotherCountysCase_Answer404(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var other = await Api.LoginAsync(factory, "officer.guide");
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();
        await CaseSteps.LinkPersonAsync(officer, id);
        var document = await CaseSteps.GeneratedAsync(officer, id, "RegistrationForm");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CaseSteps.GenerateAsync(other, id, "InquiryRecord")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(document.GetProperty("docxUrl").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(document.GetProperty("printUrl").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(document.GetProperty("printUrl").GetString())).StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TamperedDocxOnDisk_IsRefusedWith409_AndTheRefusalIsAudited(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();
        var document = await CaseSteps.GeneratedAsync(officer, id, "InquiryRecord");
        var sha = document.GetProperty("sha256").GetString()!;
        var path = Path.Combine(factory.Database.DataDirectory, "documents", sha[..2], sha[2..4], sha);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(document.GetProperty("docxUrl").GetString())).StatusCode);

        File.SetAttributes(path, FileAttributes.Normal); // stored files are read-only: a tamperer has to undo that first
        await File.AppendAllTextAsync(path, "改");
        var download = await officer.GetAsync(document.GetProperty("docxUrl").GetString());

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Equal("document.tampered", (await download.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(document.GetProperty("printUrl").GetString())).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Enforcement.Data.EnforcementDbContext>();
        var documentId = document.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(db.AuditEntries.Where(e => e.EntityType == "CaseDocument" && e.EntityId == documentId).Select(e => e.Action).ToList(),
            a => a == "document-integrity-failed");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnknownKind_Is400NamingTheField(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var id = (await CaseSteps.ClueAsync(officer)).GetProperty("id").GetInt32();

        Assert.Equal("kind", await (await CaseSteps.GenerateAsync(officer, id, "NoSuchDocument")).ProblemFieldAsync());
        Assert.Equal("kind", await (await CaseSteps.GenerateAsync(officer, id, "7")).ProblemFieldAsync());
        Assert.Equal(HttpStatusCode.Created, (await CaseSteps.GenerateAsync(officer, id, "siterecord")).StatusCode);
    }
}
