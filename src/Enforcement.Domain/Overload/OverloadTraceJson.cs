using System.Text.Encodings.Web;
using System.Text.Json;

namespace Enforcement.Domain.Overload;

/// <summary>
/// Writes a determination's trace as JSON for storage beside its columns: the rule version and the steps, each with
/// its stable kind, Chinese text, provision, held flag, named values and reason code. Chinese is kept readable.
/// </summary>
public static class OverloadTraceJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(OverloadDetermination determination)
    {
        ArgumentNullException.ThrowIfNull(determination);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, determination);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter writer, OverloadDetermination determination)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(determination);
        writer.WriteStartObject();
        writer.WriteString("ruleVersion", determination.RuleVersion);
        writer.WriteString("capturedOn", determination.CapturedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("outcome", determination.Outcome.ToString());
        writer.WriteStartArray("reasons");
        foreach (var reason in determination.InvalidReasons)
        {
            writer.WriteStringValue(reason.Code);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        foreach (var step in determination.Trace)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", step.Kind.ToString());
            writer.WriteString("text", step.Text);
            if (step.Provision is { } provision)
            {
                writer.WriteString("provision", provision);
            }

            if (step.Held is { } held)
            {
                writer.WriteBoolean("held", held);
            }

            var (a, b, c, d) = DeterminationText.ValueNames(step.Kind);
            if (a is not null || b is not null || c is not null || d is not null)
            {
                writer.WriteStartObject("values");
                Value(writer, step.Kind, a, 'A', step.A);
                Value(writer, step.Kind, b, 'B', step.B);
                Value(writer, step.Kind, c, 'C', step.C);
                Value(writer, step.Kind, d, 'D', step.D);
                writer.WriteEndObject();
            }

            if (step.Detail is { } detail)
            {
                writer.WriteString("detail", detail);
            }

            if (step.Reason is { } reason)
            {
                writer.WriteString("reason", reason.Code);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter writer, DeterminationStepKind kind, string? name, char slot, long value)
    {
        if (name is null)
        {
            return;
        }

        if (DeterminationText.EnumName(kind, slot, value) is { } text)
        {
            writer.WriteString(name, text);
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }
}
