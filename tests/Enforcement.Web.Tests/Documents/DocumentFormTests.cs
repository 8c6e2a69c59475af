using System.Net;
using System.Text.RegularExpressions;
using Enforcement.Web.Tests.Infrastructure;

namespace Enforcement.Web.Tests.Documents;

/// <summary>The case page's 文书 section: the buttons the status allows, a form post that comes back to the page, and the list.</summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class DocumentFormTests(SharedPlatforms platforms)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CasePage_OffersTheAllowedDocuments_AndTheFormMakesOne(string provider)
    {
        var factory = platforms.For(provider);
        var officer = await Api.LoginAsync(factory, "officer");
        var head = await Api.LoginAsync(factory, "head");
        var id = (await CaseSteps.InvestigatingAsync(officer, head)).GetProperty("id").GetInt32();
        await CaseSteps.LinkPersonAsync(officer, id);

        var page = await officer.GetStringAsync($"/cases/{id}");
        Assert.Contains("id=\"documents\"", page, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"RegistrationForm\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-kind=\"PenaltyDecision\"", page, StringComparison.Ordinal);
        var token = Token().Match(page).Groups["token"].Value;
        Assert.NotEmpty(token);

        var posted = await officer.PostAsync($"/cases/{id}/documents", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Kind"] = "RegistrationForm",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = Uri.UnescapeDataString(posted.Headers.Location!.ToString());
        Assert.StartsWith($"/cases/{id}?message=已制作：《立案登记表》", location, StringComparison.Ordinal);

        var after = await officer.GetStringAsync($"/cases/{id}");
        Assert.Contains("id=\"document-list\"", after, StringComparison.Ordinal);
        Assert.Contains("/print\"", after, StringComparison.Ordinal);
        Assert.Contains(".docx\"", after, StringComparison.Ordinal);

        var withoutToken = await officer.PostAsync($"/cases/{id}/documents", new FormUrlEncodedContent(new Dictionary<string, string> { ["Kind"] = "RegistrationForm" }));
        // Refused by the antiforgery check (the status-code page re-executes it for people); nothing more is filed.
        Assert.True((int)withoutToken.StatusCode is >= 400 and < 500, withoutToken.StatusCode.ToString());
        var list = await (await officer.GetAsync($"/api/v1/cases/{id}/documents")).JsonAsync();
        Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
