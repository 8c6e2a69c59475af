using System.Text.Encodings.Web;
using System.Text.Json;

namespace Enforcement.Data.Wim;

/// <summary>How quarantine reasons are stored (JSON array of {code, field, message}, Chinese kept readable).</summary>
public static class WimReasonsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<WimRowReason> reasons) => JsonSerializer.Serialize(reasons, Options);

    public static IReadOnlyList<WimRowReason> Read(string json) =>
        JsonSerializer.Deserialize<List<WimRowReason>>(json, Options) ?? [];
}
