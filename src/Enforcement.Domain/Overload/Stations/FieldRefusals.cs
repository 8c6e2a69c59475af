using Enforcement.Domain.Common;

namespace Enforcement.Domain.Overload.Stations;

/// <summary>
/// Collects every refusal of one form, each naming its field, so that a person sees all that is wrong at once
/// (and the caller writes nothing while any remain).
/// </summary>
internal sealed class FieldRefusals
{
    private readonly List<Refusal> _refusals = [];

    public IReadOnlyList<Refusal> All => _refusals;

    public bool Any => _refusals.Count > 0;

    public void Add(string code, string field, string message, RefusalKind kind = RefusalKind.Invalid) =>
        _refusals.Add(new Refusal(code, field, message, kind));

    /// <summary>Trimmed text, refused when blank (if required) or longer than <paramref name="max"/>.</summary>
    public string? Text(string? input, string field, string label, int max, bool required)
    {
        var text = string.IsNullOrWhiteSpace(input) ? null : input.Trim();
        if (text is null)
        {
            if (required) Add("required", field, $"{label}不能为空");
            return null;
        }
        if (text.Length > max)
        {
            Add("too-long", field, $"{label}不能超过 {max} 个字");
            return null;
        }
        return text;
    }

    public T? Choice<T>(string? input, string field, string label, string allowed) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            Add("required", field, $"{label}不能为空");
            return null;
        }
        if (StationNames.TryParse<T>(input, out var value)) return value;
        Add("unknown", field, $"{label}须为{allowed}");
        return null;
    }
}
