using System.Text;

namespace Enforcement.Domain.Identifiers;

internal static class InputText
{
    /// <summary>
    /// Normalises typed input before validation: trims (including the ideographic space U+3000),
    /// folds full-width ASCII (U+FF01–U+FF5E, which Chinese IMEs produce in full-width mode) to half-width,
    /// and upper-cases invariantly. Chinese characters are left unchanged.
    /// </summary>
    public static string Normalise(string? input)
    {
        var trimmed = input?.Trim() ?? "";
        var sb = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return sb.ToString().ToUpperInvariant();
    }
}
