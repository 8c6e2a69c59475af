using System.Text;

namespace Enforcement.Domain.Common;

/// <summary>One CSV record: the line it starts on (1-based), its fields, and a syntax error if it has one.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);

/// <summary>
/// A small RFC 4180 reader and writer, so that the domain can read its own files without a package: fields separated
/// by commas, records by CRLF, LF or CR; a field in double quotes may contain commas, line breaks and doubled quotes
/// (""). Blank lines are skipped and a leading byte-order mark is ignored. A quote inside an unquoted field is kept
/// as it is (Excel writes such fields).
/// </summary>
public static class Csv
{
    /// <summary>Reads every record. Malformed records (an unclosed quote, text after a closing quote) carry an error.</summary>
    public static IReadOnlyList<CsvRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        var records = new List<CsvRecord>();
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        var line = 1;
        while (i < text.Length)
        {
            if (text[i] is '\r' or '\n')
            {
                i = SkipNewline(text, i);
                line++;
                continue;
            }

            var start = line;
            var fields = new List<string>();
            string? error = null;
            while (true)
            {
                var field = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        if (c == '\n') line++;
                        field.Append(c);
                        i++;
                    }

                    if (!closed)
                    {
                        error ??= $"第{fields.Count + 1}个字段的引号没有闭合。";
                    }
                    else if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        error ??= $"第{fields.Count + 1}个字段的结束引号后还有其他字符（字段内的引号应写成两个引号）。";
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n')) i++;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i]);
                        i++;
                    }
                }

                fields.Add(field.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                if (i < text.Length)
                {
                    i = SkipNewline(text, i);
                    line++;
                }

                break;
            }

            records.Add(new CsvRecord(start, fields, error));
        }

        return records;
    }

    /// <summary>Writes one record, quoting fields as needed, ended by CRLF.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        writer.Write(string.Join(",", fields.Select(Quote)));
        writer.Write("\r\n");
    }

    /// <summary>The field as written: quoted (with doubled inner quotes) when it holds a comma, quote, line break or edge space.</summary>
    public static string Quote(string? field)
    {
        var value = field ?? "";
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static int SkipNewline(string text, int i) =>
        text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
}
