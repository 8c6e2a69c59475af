using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Enforcement.Web.Features.Agencies;

/// <summary>One refused row of an import: line number in the file, the column, the reason.</summary>
internal sealed record ImportError(int Line, string? Column, string Reason);

/// <summary>What an import did. With all-or-nothing, any error means nothing was written.</summary>
internal sealed record ImportReport(int Rows, int Created, int Updated, IReadOnlyList<ImportError> Errors, bool Written);

internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string Get(string column) => Fields.TryGetValue(column, out var v) ? v.Trim() : "";
}

/// <summary>Reads (asynchronously: request bodies allow no blocking reads) a UTF-8 CSV with a header row (a BOM from Excel is tolerated) into rows keyed by column name.</summary>
internal static class CsvImport
{
    public static async Task<(IReadOnlyList<CsvRow> Rows, ImportError? Error)> ReadAsync(Stream stream, IReadOnlyList<string> requiredColumns)
    {
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        if (!await csv.ReadAsync() || !csv.ReadHeader()) return ([], new ImportError(1, null, "文件为空或缺少表头"));
        var header = csv.HeaderRecord!.Select(h => h.Trim()).ToArray();
        var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0) return ([], new ImportError(1, string.Join(",", missing), $"缺少列：{string.Join("、", missing)}"));
        var rows = new List<CsvRow>();
        while (await csv.ReadAsync())
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) fields[header[i]] = csv.GetField(i) ?? "";
            if (fields.Values.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new CsvRow(csv.Parser.RawRow, fields));
        }
        return (rows, null);
    }
}
