using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Enforcement.Domain.Evidence;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Enforcement.Web.Tests.Evidence.EvidenceApi;

namespace Enforcement.Web.Tests.Evidence;

/// <summary>The case page's evidence section and upload form, the upload limits the endpoints declare, and the custody table's guard.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class EvidencePageTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CasePage_ListsEvidenceWithShortHash_AndItsFormUploadsAndComesBack(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var caseId = await CreateCaseAsync(officer);
        var png = EvidenceFiles.Png();
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(officer, caseId, Form(png, title: "车辆外观照片"))).StatusCode);

        var html = await officer.GetStringAsync($"/cases/{caseId}");
        Assert.Contains("车辆外观照片", html, StringComparison.Ordinal);
        Assert.Contains(EvidenceFiles.Sha256(png)[..12] + "…", html, StringComparison.Ordinal);
        Assert.Contains("id=\"evidence-upload\"", html, StringComparison.Ordinal);

        using var form = Form(EvidenceFiles.Pdf(), "scan.pdf", "application/pdf", title: "询问笔录扫描件");
        form.Add(new StringContent(Token().Match(html).Groups[1].Value), "__RequestVerificationToken");
        var posted = await officer.PostAsync($"/cases/{caseId}/evidence", form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith($"/cases/{caseId}?message=", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("已添加证据：询问笔录扫描件"), posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, (await (await officer.GetAsync($"/api/v1/cases/{caseId}/evidence")).JsonAsync()).GetArrayLength());

        // Without the token the form is refused before anything is read into the case.
        using var forged = Form(EvidenceFiles.Pdf(), "scan.pdf", "application/pdf");
        var refused = await officer.PostAsync($"/cases/{caseId}/evidence", forged);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains(Uri.EscapeDataString("错误："), refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, (await (await officer.GetAsync($"/api/v1/cases/{caseId}/evidence")).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public void UploadEndpoints_DeclareLimitsAboveTheLargestAllowedFile_AndOnlyTheFormNeedsTheAntiforgeryToken()
    {
        var factory = platforms.For("Sqlite");
        var largest = factory.Services.GetRequiredService<EvidencePolicy>().LargestMaxBytes;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.EndsWith("/cases/{id:int}/evidence", StringComparison.Ordinal) == true
                        && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .ToDictionary(e => e.RoutePattern.RawText!);

        Assert.Equal(["/api/v1/cases/{id:int}/evidence", "/cases/{id:int}/evidence"], endpoints.Keys.Order(StringComparer.Ordinal));
        foreach (var endpoint in endpoints.Values)
        {
            // Kestrel's 30 MB body limit and the form reader's 128 MB part limit would otherwise refuse a video.
            Assert.True(endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize > largest);
            Assert.True(endpoint.Metadata.GetMetadata<IFormOptionsMetadata>()?.MultipartBodyLengthLimit > largest);
        }
        Assert.True(endpoints["/cases/{id:int}/evidence"].Metadata.GetMetadata<IAntiforgeryMetadata>()?.RequiresValidation);
        Assert.False(endpoints["/api/v1/cases/{id:int}/evidence"].Metadata.GetMetadata<IAntiforgeryMetadata>()?.RequiresValidation ?? false);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RefusesUpdateAndDeleteOfCustodyEvents(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var caseId = await CreateCaseAsync(officer);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(officer, caseId, Form(EvidenceFiles.Png()))).StatusCode);

        await using DbConnection connection = provider == "Sqlite"
            ? new SqliteConnection(factory.Database.ConnectionString)
            : new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        var update = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "UPDATE \"CustodyEvents\" SET \"ByUserName\" = 'nobody'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM \"CustodyEvents\""));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex Token();
}
