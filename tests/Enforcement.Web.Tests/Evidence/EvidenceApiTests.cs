using System.Net;
using System.Text.Json;
using Enforcement.Data.Evidence;
using Enforcement.Data.Files;
using Enforcement.Web.Tests.Infrastructure;
using static Enforcement.Web.Tests.Evidence.EvidenceApi;

namespace Enforcement.Web.Tests.Evidence;

[Collection(PlatformTestGroup.Name)]
public sealed class EvidenceApiTests(SharedPlatforms platforms)
{
    private static ContentStore Store(PlatformFactory factory) => ContentStore.Under(factory.Database.DataDirectory, "evidence");

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static async Task<string[]> CustodyKindsAsync(HttpClient client, int evidenceId)
    {
        var view = await (await client.GetAsync($"/api/v1/evidence/{evidenceId}")).JsonAsync();
        return [.. view.GetProperty("custody").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!)];
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PngAndPdf_Are201WithTheirSha256AndType_AndDownloadGivesTheSameBytes_WithCustodyRecorded(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var caseId = await CreateCaseAsync(officer);
        var png = EvidenceFiles.Png();
        var pdf = EvidenceFiles.Pdf();

        var photo = await CreatedAsync(await UploadAsync(officer, caseId,
            Form(png, "IMG_0001.png", type: "视听资料", title: "现场检查照片", audioVisual: true, act: "现场检查", partyName: "张某")));
        var record = await CreatedAsync(await UploadAsync(officer, caseId, Form(pdf, "询问笔录.pdf", "application/pdf", type: "Documentary", title: "询问笔录")));

        Assert.Equal(EvidenceFiles.Sha256(png), photo.GetProperty("fileSha256").GetString());
        Assert.Equal("AudioVisual", photo.GetProperty("type").GetString());
        Assert.Equal("视听资料", photo.GetProperty("typeName").GetString());
        Assert.Equal("image/png", photo.GetProperty("contentType").GetString());
        Assert.Equal(png.Length, photo.GetProperty("sizeBytes").GetInt64());
        Assert.True(photo.GetProperty("isAudioVisualRecord").GetBoolean());
        Assert.Equal("现场检查", photo.GetProperty("enforcementAct").GetString());
        Assert.Equal(EvidenceFiles.Sha256(pdf), record.GetProperty("fileSha256").GetString());
        Assert.Equal("Documentary", record.GetProperty("type").GetString());
        Assert.Equal("application/pdf", record.GetProperty("contentType").GetString());
        Assert.Equal("询问笔录.pdf", record.GetProperty("fileName").GetString());
        Assert.True(File.Exists(Store(factory).PathOf(EvidenceFiles.Sha256(png))));

        var photoId = photo.GetProperty("id").GetInt32();
        var download = await officer.GetAsync($"/api/v1/evidence/{photoId}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var pdfDownload = await officer.GetAsync($"/api/v1/evidence/{record.GetProperty("id").GetInt32()}/file");
        Assert.Equal(pdf, await pdfDownload.Content.ReadAsByteArrayAsync());

        Assert.Equal(["Uploaded", "Downloaded", "Viewed"], await CustodyKindsAsync(officer, photoId));
        var list = await (await officer.GetAsync($"/api/v1/cases/{caseId}/evidence")).JsonAsync();
        Assert.Equal([3, 2], list.EnumerateArray().Select(e => e.GetProperty("custodyCount").GetInt32()));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ExecutableRenamedPhotoJpg_Is400OnFile_AndNothingIsWritten(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var caseId = await CreateCaseAsync(officer);
        var executable = EvidenceFiles.Executable();

        var response = await UploadAsync(officer, caseId, Form(executable, "photo.jpg", "image/jpeg"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("file", problem.GetProperty("field").GetString());
        Assert.Equal("evidence.file-type", problem.GetProperty("code").GetString());
        Assert.Empty((await (await officer.GetAsync($"/api/v1/cases/{caseId}/evidence")).JsonAsync()).EnumerateArray());
        Assert.False(File.Exists(Store(factory).PathOf(EvidenceFiles.Sha256(executable))));
        var incoming = Path.Combine(Store(factory).Root, ".incoming");
        Assert.True(!Directory.Exists(incoming) || !Directory.EnumerateFileSystemEntries(incoming).Any());

        var empty = await UploadAsync(officer, caseId, Form([], "empty.jpg", "image/jpeg"));
        Assert.Equal("evidence.file-empty", (await empty.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BadFields_AreRefusedNamingTheField_AndEvidenceWithoutAFileIsAllowed(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var caseId = await CreateCaseAsync(officer);

        Assert.Equal("type", await (await UploadAsync(officer, caseId, Form(null, type: "照片"))).ProblemFieldAsync());
        Assert.Equal("title", await (await UploadAsync(officer, caseId, Form(null, title: " "))).ProblemFieldAsync());
        Assert.Equal("file", await (await UploadAsync(officer, caseId, Form(null, audioVisual: true))).ProblemFieldAsync());
        Assert.Equal("collectedOn", await (await UploadAsync(officer, caseId, Form(null, collectedOn: "2099-01-01"))).ProblemFieldAsync());
        Assert.Equal("collectedOn", await (await UploadAsync(officer, caseId, Form(null, collectedOn: "2026/01/05"))).ProblemFieldAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(officer, int.MaxValue, Form(null))).StatusCode);

        var physical = await CreatedAsync(await UploadAsync(officer, caseId, Form(null, type: "物证", title: "扣押的伪造道路运输证")));
        Assert.Equal(JsonValueKind.Null, physical.GetProperty("fileSha256").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/evidence/{physical.GetProperty("id").GetInt32()}/file")).StatusCode);

        var png = EvidenceFiles.Png();
        await CreatedAsync(await UploadAsync(officer, caseId, Form(png)));
        var again = await UploadAsync(officer, caseId, Form(png, "copy.png"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("file", await again.ProblemFieldAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FileOverTheConfiguredLimitForItsKind_Is400OnFile(string provider)
    {
        using var factory = new PlatformFactory(provider, new Dictionary<string, string?> { ["Evidence:ImageMaxBytes"] = "1024" });
        var officer = await Api.LoginAsync(factory, "officer");
        var caseId = await CreateCaseAsync(officer);
        var png = EvidenceFiles.Png(padding: 2000);

        var response = await UploadAsync(officer, caseId, Form(png));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("file", problem.GetProperty("field").GetString());
        Assert.Contains("1 KB", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Store(factory).PathOf(EvidenceFiles.Sha256(png))));
        Assert.Empty((await (await officer.GetAsync($"/api/v1/cases/{caseId}/evidence")).JsonAsync()).EnumerateArray());
        // The limit is per kind: a PDF of the same size is well within its own.
        await CreatedAsync(await UploadAsync(officer, caseId, Form(EvidenceFiles.Pdf(padding: 2000), "scan.pdf", "application/pdf")));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TamperedFile_DownloadIs409WithTheAlarm_AndTheFailureJoinsTheChainOfCustody(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var caseId = await CreateCaseAsync(officer);
        var png = EvidenceFiles.Png();
        var id = (await CreatedAsync(await UploadAsync(officer, caseId, Form(png)))).GetProperty("id").GetInt32();

        // What someone with access to the server's disk would do: make the file writable and change one byte.
        var path = Store(factory).PathOf(EvidenceFiles.Sha256(png));
        File.SetAttributes(path, FileAttributes.Normal);
        var altered = (byte[])png.Clone();
        altered[40] ^= 0x01;
        await File.WriteAllBytesAsync(path, altered);

        var download = await officer.GetAsync($"/api/v1/evidence/{id}/file");

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        var problem = await download.JsonAsync();
        Assert.StartsWith("证据文件完整性校验失败", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("evidence.integrity", problem.GetProperty("code").GetString());
        Assert.Equal(["Uploaded", "IntegrityFailed", "Viewed"], await CustodyKindsAsync(officer, id));

        // The original, uploaded again (here to another case), puts the right bytes back under their name.
        var otherCase = await CreateCaseAsync(officer);
        await CreatedAsync(await UploadAsync(officer, otherCase, Form(png)));
        Assert.Equal(png, await (await officer.GetAsync($"/api/v1/evidence/{id}/file")).Content.ReadAsByteArrayAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EvidenceOfAnotherCountysCase_Is404_ButTheSupervisorAboveSeesIt(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var other = await Api.LoginAsync(factory, "officer.guide");
        var supervisor = await Api.LoginAsync(factory, "supervisor");
        var caseId = await CreateCaseAsync(officer);
        var id = (await CreatedAsync(await UploadAsync(officer, caseId, Form(EvidenceFiles.Png())))).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/evidence")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(other, caseId, Form(EvidenceFiles.Png()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/evidence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/evidence/{id}/file")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/evidence/{id}/file")).StatusCode);
        // Looking from outside left no trace in the chain; the supervisor's download did.
        Assert.Equal(["Uploaded", "Downloaded", "Viewed"], await CustodyKindsAsync(officer, id));
    }
}
