using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Enforcement.Domain.Common;
using Enforcement.Domain.Personnel;

namespace Enforcement.Domain.Catalog;

/// <summary>An error in one row of a catalog file: the line (1-based), the column (null for the whole row) and the reason.</summary>
public sealed record CatalogError(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"第{Line}行：{Message}" : $"第{Line}行“{Column}”列：{Message}";
}

/// <summary>The items read from a catalog file and the errors of the rows that were not read.</summary>
public sealed record CatalogReadResult(IReadOnlyList<EnforcementItem> Items, IReadOnlyList<CatalogError> Errors)
{
    public bool IsClean => Errors.Count == 0;
}

/// <summary>
/// The enforcement item catalog as CSV (UTF-8, header row), used by the seed file
/// (src/Enforcement.Data/Seed/catalog-items.csv) and by Excel import and export. Columns:
/// <c>code,version,name,category,provision_violated,penalty_provision,kinds,fines,orders,effective_from,effective_to,source,note</c>.
/// <list type="bullet">
/// <item><c>category</c>: one Chinese category name (道路运政, 公路路政, 水路运政…);</item>
/// <item><c>kinds</c>: <see cref="PenaltyKindsNotation"/> (警告|罚款…); <c>fines</c>: <see cref="PenaltyNotation"/>;</item>
/// <item><c>effective_from</c> / <c>effective_to</c>: yyyy-MM-dd, the last day in force inclusive; <c>effective_to</c>
/// empty while in force.</item>
/// </list>
/// Rows are checked one by one; a row with any error is left out and every error is reported with its line and
/// column, so that an import can show all of them at once. Across rows: (code, version) is unique, the versions of a
/// code do not overlap in time and share one category.
/// </summary>
public static partial class CatalogFile
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "code", "version", "name", "category", "provision_violated", "penalty_provision", "kinds", "fines", "orders",
        "effective_from", "effective_to", "source", "note",
    ];

    private const string DateFormat = "yyyy-MM-dd";

    public static CatalogReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = Csv.Read(reader);
        var errors = new List<CatalogError>();
        if (records.Count == 0)
        {
            errors.Add(new CatalogError(1, null, "文件为空，缺少表头行。"));
            return new CatalogReadResult([], errors);
        }

        var header = records[0];
        if (header.Error is not null)
        {
            errors.Add(new CatalogError(header.Line, null, header.Error));
            return new CatalogReadResult([], errors);
        }

        var names = header.Fields.Select(f => f.Trim()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!index.TryAdd(names[i], i) && Columns.Contains(names[i]))
            {
                errors.Add(new CatalogError(header.Line, names[i], "表头中该列重复。"));
            }
        }

        foreach (var missing in Columns.Where(c => !index.ContainsKey(c)))
        {
            errors.Add(new CatalogError(header.Line, missing, "表头缺少该列。"));
        }

        if (errors.Count > 0) return new CatalogReadResult([], errors);

        var accepted = new List<(int Line, EnforcementItem Item)>();
        foreach (var record in records.Skip(1))
        {
            var item = ReadRow(record, names.Count, index, errors);
            if (item is null) continue;
            var conflict = CrossRowConflict(item, accepted);
            if (conflict is not null)
            {
                errors.Add(new CatalogError(record.Line, conflict.Value.Column, conflict.Value.Message));
                continue;
            }

            accepted.Add((record.Line, item));
        }

        return new CatalogReadResult(accepted.Select(a => a.Item).ToList(), errors);
    }

    /// <summary>Writes the items with a header row; <see cref="Read"/> reads them back unchanged.</summary>
    public static void Write(TextWriter writer, IEnumerable<EnforcementItem> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        Csv.WriteRecord(writer, Columns);
        foreach (var item in items)
        {
            Csv.WriteRecord(writer,
            [
                item.Code,
                item.Version.ToString(CultureInfo.InvariantCulture),
                item.Name,
                EnforcementCategoryNames.Name(item.Category),
                item.ProvisionViolated,
                item.PenaltyProvision,
                PenaltyKindsNotation.Format(item.Penalty.Kinds),
                PenaltyNotation.Format(item.Penalty.Fines),
                item.Penalty.Orders,
                item.EffectiveFrom.ToString(DateFormat, CultureInfo.InvariantCulture),
                item.EffectiveTo?.ToString(DateFormat, CultureInfo.InvariantCulture),
                item.Source,
                item.Note,
            ]);
        }
    }

    private static EnforcementItem? ReadRow(CsvRecord record, int width, Dictionary<string, int> index, List<CatalogError> errors)
    {
        if (record.Error is not null)
        {
            errors.Add(new CatalogError(record.Line, null, record.Error));
            return null;
        }

        if (record.Fields.Count != width)
        {
            errors.Add(new CatalogError(record.Line, null,
                $"本行有{record.Fields.Count}列，表头有{width}列（含逗号的内容需用英文双引号括起来）。"));
            return null;
        }

        var before = errors.Count;
        string Get(string column) => record.Fields[index[column]].Trim();
        void Fail(string column, string message) => errors.Add(new CatalogError(record.Line, column, message));
        string Required(string column, string what)
        {
            var value = Get(column);
            if (value.Length == 0) Fail(column, $"请填写{what}。");
            return value;
        }

        var code = Required("code", "事项编码");
        if (code.Length > 0 && (code.Length > 50 || !CodeFormat().IsMatch(code)))
        {
            Fail("code", $"事项编码“{code}”只能由大写字母、数字和连字符组成（如 DL-YZ-001），不超过50个字符。");
        }

        var versionText = Required("version", "版本号");
        var version = 0;
        if (versionText.Length > 0
            && (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out version) || version < 1))
        {
            Fail("version", $"版本号“{versionText}”应为正整数。");
        }

        var name = Required("name", "事项名称");

        var categoryText = Required("category", "执法门类");
        var category = EnforcementCategory.None;
        if (categoryText.Length > 0)
        {
            if (!EnforcementCategoryNames.TryParse(categoryText, out category, out var unknown))
            {
                Fail("category", $"无法识别执法门类“{unknown}”。");
            }
            else if (BitOperations.PopCount((uint)category) != 1)
            {
                Fail("category", $"执法门类“{categoryText}”只能填写一个门类。");
            }
        }

        var violated = Required("provision_violated", "违反条款");
        var provision = Required("penalty_provision", "处罚依据");

        var kinds = PenaltyKindsNotation.Parse(Get("kinds"));
        if (!kinds.IsOk) Fail("kinds", kinds.Refusal!.Message);

        var fines = PenaltyNotation.Parse(Get("fines"));
        if (!fines.IsOk) Fail("fines", fines.Refusal!.Message);

        if (kinds.IsOk && fines.IsOk)
        {
            var hasFine = fines.Value!.Any(c => c.Basis != FineBasis.None);
            if (hasFine && !kinds.Value.HasFlag(PenaltyKinds.Fine))
            {
                Fail("kinds", "罚款写法规定了罚款数额，处罚种类应包含“罚款”。");
            }
            else if (!hasFine && kinds.Value.HasFlag(PenaltyKinds.Fine))
            {
                Fail("fines", "处罚种类包含“罚款”，但没有写罚款数额。");
            }
        }

        var from = ParseDate(Get("effective_from"), "effective_from", "施行日期", required: true, Fail);
        var to = ParseDate(Get("effective_to"), "effective_to", "失效日期", required: false, Fail);
        if (from is { } f && to is { } t && t < f)
        {
            Fail("effective_to", $"失效日期{t.ToString(DateFormat, CultureInfo.InvariantCulture)}早于施行日期{f.ToString(DateFormat, CultureInfo.InvariantCulture)}。");
        }

        var source = Required("source", "来源");
        if (errors.Count > before) return null;

        var orders = Get("orders");
        var note = Get("note");
        return new EnforcementItem
        {
            Code = code,
            Version = version,
            Name = name,
            Category = category,
            ProvisionViolated = violated,
            PenaltyProvision = provision,
            Penalty = new StatutoryPenalty(kinds.Value, fines.Value!, orders.Length == 0 ? null : orders),
            EffectiveFrom = from!.Value,
            EffectiveTo = to,
            Source = source,
            Note = note.Length == 0 ? null : note,
        };
    }

    private static DateOnly? ParseDate(string text, string column, string what, bool required, Action<string, string> fail)
    {
        if (text.Length == 0)
        {
            if (required) fail(column, $"请填写{what}。");
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        fail(column, $"{what}“{text}”应写作 yyyy-MM-dd，如 2023-07-20。");
        return null;
    }

    private static (string Column, string Message)? CrossRowConflict(EnforcementItem item, List<(int Line, EnforcementItem Item)> accepted)
    {
        foreach (var (line, other) in accepted.Where(a => a.Item.Code == item.Code))
        {
            if (other.Version == item.Version)
            {
                return ("version", $"事项{item.Code}第{item.Version}版已在第{line}行出现。");
            }

            if (other.Category != item.Category)
            {
                return ("category", $"事项{item.Code}的各版本应属于同一执法门类（第{line}行为{EnforcementCategoryNames.Name(other.Category)}）。");
            }

            var overlaps = item.EffectiveFrom <= (other.EffectiveTo ?? DateOnly.MaxValue)
                && other.EffectiveFrom <= (item.EffectiveTo ?? DateOnly.MaxValue);
            if (overlaps)
            {
                return ("effective_from", $"事项{item.Code}第{item.Version}版的施行期间与第{line}行的第{other.Version}版重叠。");
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFormat();
}
