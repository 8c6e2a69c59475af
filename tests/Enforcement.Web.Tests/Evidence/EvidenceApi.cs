using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Evidence;

/// <summary>Creating a case to hang evidence on, and uploading to it the way a client does (multipart).</summary>
public static class EvidenceApi
{
    public static async Task<int> CreateCaseAsync(HttpClient officer)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/cases", new
        {
            title = "未按规定携带道路运输证", itemCode = "DL-YZ-001", partyKind = "NaturalPerson", regionCode = "632521",
            violationOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source = "Inspection",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    public static MultipartFormDataContent Form(byte[]? file, string fileName = "photo.png", string contentType = "image/png",
        string type = "Documentary", string title = "现场照片", bool audioVisual = false, string? act = null, string? partyName = null,
        string? collectedOn = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(type), "type" },
            { new StringContent(title), "title" },
            { new StringContent("检查时拍摄"), "description" },
            { new StringContent(collectedOn ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "collectedOn" },
            { new StringContent(audioVisual ? "true" : "false"), "isAudioVisualRecord" },
        };
        if (act is not null) form.Add(new StringContent(act), "act");
        if (partyName is not null) form.Add(new StringContent(partyName), "partyName");
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, "file", fileName);
        }
        return form;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int caseId, MultipartFormDataContent form)
    {
        using (form) return await client.PostAsync($"/api/v1/cases/{caseId}/evidence", form);
    }
}
