using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Enforcement.Domain.Common;

namespace Enforcement.Domain.Cases.Documents;

/// <summary>
/// How an agency writes a document number (文号), e.g. <c>{prefix}〔{year}〕{seq}号</c> with the prefix 共交执罚 →
/// 共交执罚〔2026〕12号. Placeholders: <c>{prefix}</c>, <c>{year}</c> (four digits), <c>{seq}</c> or <c>{seq:N}</c>
/// (zero-padded to N digits). Sequences restart every year, so a pattern without the year would repeat numbers and
/// is refused.
/// </summary>
public sealed partial record DocumentNumberPattern
{
    public const string DefaultTemplate = "{prefix}〔{year}〕{seq}号";

    /// <summary>Longest number the case and document tables hold.</summary>
    public const int MaxLength = 64;

    private DocumentNumberPattern(string template, string prefix, int seqWidth)
    {
        Template = template;
        Prefix = prefix;
        SequenceWidth = seqWidth;
    }

    public string Template { get; }
    public string Prefix { get; }

    /// <summary>Minimum digits of the sequence (1 = no padding).</summary>
    public int SequenceWidth { get; }

    /// <summary>
    /// The default prefix: the agency's short name, 交 and the series' abbreviation (共 + 交 + 执罚). The short name is
    /// whatever the agency is known by in its numbers, usually the first character of its county or city.
    /// </summary>
    public static string DefaultPrefix(string shortName, NumberSeries series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        return shortName.Trim() + "交" + NumberSeriesCodes.Abbreviation(series);
    }

    /// <summary>Checks a template and prefix; refusals name the field ("template" or "prefix").</summary>
    public static Result<DocumentNumberPattern> Create(string? template, string? prefix)
    {
        if (string.IsNullOrWhiteSpace(template)) return new Refusal("required", "template", "文号格式不能为空");
        template = template.Trim();
        if (template.Length > 40) return Invalid("template", "文号格式不能超过 40 个字符");

        var seqWidth = 0;
        int years = 0, seqs = 0, prefixes = 0;
        foreach (Match token in Token().Matches(template))
        {
            switch (token.Groups["name"].Value)
            {
                case "prefix" when !token.Groups["width"].Success: prefixes++; break;
                case "year" when !token.Groups["width"].Success: years++; break;
                case "seq":
                    seqs++;
                    seqWidth = token.Groups["width"].Success ? int.Parse(token.Groups["width"].Value, CultureInfo.InvariantCulture) : 1;
                    break;
                default: return Invalid("template", $"文号格式中的 {token.Value} 不是可用的占位符（{{prefix}}、{{year}}、{{seq}}、{{seq:N}}）");
            }
        }
        if (Token().Replace(template, "").IndexOfAny(['{', '}']) >= 0) return Invalid("template", "文号格式中的花括号只能用于占位符");
        if (years != 1) return Invalid("template", "文号格式须包含且只包含一次 {year}（序号每年重新起算）");
        if (seqs != 1) return Invalid("template", "文号格式须包含且只包含一次 {seq}");
        if (seqWidth is < 1 or > 8) return Invalid("template", "文号序号位数须在 1 到 8 之间");
        if (prefixes > 1) return Invalid("template", "文号格式中 {prefix} 最多出现一次");

        prefix = prefix?.Trim() ?? "";
        if (prefixes == 1)
        {
            if (prefix.Length == 0) return new Refusal("required", "prefix", "文号前缀不能为空");
            if (prefix.Length > 16) return Invalid("prefix", "文号前缀不能超过 16 个字符");
            if (prefix.Any(c => char.IsWhiteSpace(c) || char.IsDigit(c) || c is '{' or '}' or '〔' or '〕'))
            {
                return Invalid("prefix", "文号前缀不能含空白、数字、花括号或六角括号");
            }
        }
        var pattern = new DocumentNumberPattern(template, prefix, seqWidth);
        return pattern.Format(9999, 99_999_999).Length > MaxLength ? Invalid("template", $"文号最长 {MaxLength} 个字符") : pattern;
    }

    /// <summary>The number for a year and a sequence (from 1).</summary>
    public string Format(int year, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return Token().Replace(Template, m => m.Groups["name"].Value switch
        {
            "prefix" => Prefix,
            "year" => year.ToString("D4", CultureInfo.InvariantCulture),
            _ => sequence.ToString("D" + SequenceWidth.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Reads the year and sequence back from a number written in this pattern (refused when it does not match).</summary>
    public Result<(int Year, long Sequence)> Parse(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return new Refusal("required", "number", "文号不能为空");
        var match = Matcher().Match(number.Trim());
        if (!match.Success) return Invalid("number", $"文号“{number.Trim()}”不符合格式 {Example}");
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return long.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) && seq >= 1
            ? (year, seq)
            : Invalid("number", $"文号“{number.Trim()}”的序号无效");
    }

    /// <summary>The pattern as people read it: 共交执罚〔YYYY〕N号.</summary>
    public string Example => Token().Replace(Template, m => m.Groups["name"].Value switch
    {
        "prefix" => Prefix,
        "year" => "YYYY",
        _ => "N",
    });

    private Regex Matcher()
    {
        var regex = new StringBuilder("^");
        var at = 0;
        foreach (Match token in Token().Matches(Template))
        {
            regex.Append(Regex.Escape(Template[at..token.Index]));
            regex.Append(token.Groups["name"].Value switch
            {
                "prefix" => Regex.Escape(Prefix),
                "year" => "(?<year>[0-9]{4})",
                _ => $"(?<seq>[0-9]{{{SequenceWidth},}})",
            });
            at = token.Index + token.Length;
        }
        regex.Append(Regex.Escape(Template[at..])).Append('$');
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static Refusal Invalid(string field, string message) => new($"number-pattern.{field}", field, message);

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?::(?<width>[0-9]+))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
