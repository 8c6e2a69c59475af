using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Enforcement.Web.Platform;
using Enforcement.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Enforcement.Web.Tests.Localization;

/// <summary>
/// Every UI key (the Chinese text given to L[...]) has an English translation in Strings.en.resx, read back through
/// the app's own localizer, and the English switch really turns a page English.
/// </summary>
[Collection(PlatformTestGroup.Name)]
public sealed partial class LocalizationTests(SharedPlatforms platforms)
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public void EveryKey_IsALiteral_SoThatTheTranslationTestSeesIt()
    {
        var dynamic = SourceFiles()
            .SelectMany(f => AnyLookup().Matches(File.ReadAllText(f.Path)).Where(m => LiteralLookup().Match(m.Value) is not { Index: 0 } literal || literal.Length != m.Length)
                .Select(m => $"{f.Relative}: {m.Value}"))
            .ToList();
        Assert.True(dynamic.Count == 0, "L[...] with a computed key cannot be checked for a translation:\n" + string.Join('\n', dynamic));
    }

    [Fact]
    public async Task EveryKey_HasAnEnglishTranslation()
    {
        var keys = SourceKeys();
        Assert.True(keys.Count > 100, $"only {keys.Count} keys found: is the extraction still right?");

        await using var scope = platforms.For("Sqlite").Services.CreateAsyncScope();
        var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<Strings>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            var missing = new List<string>();
            var wrong = new List<string>();
            foreach (var key in keys)
            {
                var text = localizer[key];
                if (text.ResourceNotFound || string.IsNullOrWhiteSpace(text.Value))
                {
                    missing.Add(key);
                    continue;
                }
                if (Cjk().IsMatch(text.Value)) wrong.Add($"{key} → {text.Value} (Chinese left in the English)");
                if (!Placeholders(key).SequenceEqual(Placeholders(text.Value))) wrong.Add($"{key} → {text.Value} (placeholders differ)");
            }
            Assert.True(missing.Count == 0 && wrong.Count == 0,
                (missing.Count == 0 ? "" : $"{missing.Count} of {keys.Count} keys have no English in Strings.en.resx:\n{string.Join('\n', missing)}\n")
                + (wrong.Count == 0 ? "" : $"Wrong English:\n{string.Join('\n', wrong)}"));

            // StatusMessage colours a message red when it starts with L["错误"]: every "错误：…" must keep that prefix in English.
            var error = localizer["错误"].Value;
            var uncoloured = keys.Where(k => k.StartsWith("错误", StringComparison.Ordinal) && !localizer[k].Value.StartsWith(error, StringComparison.Ordinal)).ToList();
            Assert.True(uncoloured.Count == 0, $"English error messages not starting with \"{error}\":\n" + string.Join('\n', uncoloured));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoginPage_WithEnglishCookie_IsEnglish_AndWithoutIt_Chinese(string provider)
    {
        var factory = platforms.For(provider);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var english = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        english.Headers.Add("Cookie", EnglishCookie);
        var englishResponse = await client.SendAsync(english);
        Assert.Equal(HttpStatusCode.OK, englishResponse.StatusCode);
        var html = await englishResponse.Content.ReadAsStringAsync();
        Assert.Equal("Sign in", Title(html));
        Assert.Equal("Sign in", SubmitButton(html));
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        // The only Chinese left is the switch back to Chinese, which is labelled in its own language.
        var withoutSwitch = html.Replace(">中文</a>", "></a>", StringComparison.Ordinal);
        var chinese = Cjk().Matches(withoutSwitch).Select(m => Around(withoutSwitch, m.Index)).ToList();
        Assert.True(chinese.Count == 0, "Chinese on the English login page:\n" + string.Join('\n', chinese));

        var chineseHtml = await client.GetStringAsync("/Account/Login");
        Assert.Equal("登录", Title(chineseHtml));
        Assert.Equal("登录", SubmitButton(chineseHtml));
        Assert.Contains(">English</a>", chineseHtml, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CultureSwitch_SetsTheCookie_AndTheNextPageFollowsIt(string provider)
    {
        using var client = platforms.For(provider).NewClient();
        var response = await client.GetAsync("/culture/en?returnUrl=%2FAccount%2FLogin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.ToString());
        Assert.Equal("Sign in", Title(await client.GetStringAsync("/Account/Login")));

        await client.GetAsync("/culture/zh-CN?returnUrl=%2FAccount%2FLogin");
        Assert.Equal("登录", Title(await client.GetStringAsync("/Account/Login")));
    }

    private static string Title(string html) => TitleElement().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : "(no <title>)";

    private static string SubmitButton(string html) => LoginButton().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : "(no submit button)";

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        return text[start..Math.Min(text.Length, index + 40)].ReplaceLineEndings(" ");
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    /// <summary>Every literal key given to L[...] in the web project's pages and code.</summary>
    private static SortedSet<string> SourceKeys() =>
        new(SourceFiles().SelectMany(f => LiteralLookup().Matches(File.ReadAllText(f.Path)))
            .Select(m => m.Groups["key"].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal)),
            StringComparer.Ordinal);

    private static List<(string Path, string Relative)> SourceFiles()
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "Enforcement.Web");
        var files = Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(f => (f, Path.GetRelativePath(root, f)))
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Enforcement.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException($"no Enforcement.slnx above {AppContext.BaseDirectory}");
    }

    /// <summary>L["…"] with a literal string (not preceded by a letter or a dot, so HTML[...] or x.L[...] do not count).</summary>
    [GeneratedRegex("""(?<![\w.])L\["(?<key>(?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex LiteralLookup();

    /// <summary>Any L[...] lookup, up to the end of its (possibly nested) brackets on one line.</summary>
    [GeneratedRegex("""(?<![\w.])L\[(?>[^\[\]\r\n]+|\[(?<d>)|\](?<-d>))*(?(d)(?!))\]""")]
    private static partial Regex AnyLookup();

    /// <summary>Format items such as {0}, {1:P0}, {0:yyyy-MM-dd}.</summary>
    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>Chinese characters and the full-width punctuation that goes with them.</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKCompatibilityIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex Cjk();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex("""<button[^>]*id="login-submit"[^>]*>(.*?)</button>""", RegexOptions.Singleline)]
    private static partial Regex LoginButton();
}
