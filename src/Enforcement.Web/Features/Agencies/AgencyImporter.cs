using Enforcement.Data;
using Enforcement.Domain.Agencies;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Agencies;

/// <summary>
/// Imports of division and agency lists from CSV. Every row is checked before anything is written; rows are
/// matched by division code or agency key, so importing the same file twice changes nothing.
/// </summary>
internal sealed class AgencyImporter(EnforcementDbContext db, AgencyTreeCache trees)
{
    public static readonly string[] DivisionColumns = ["code", "name", "level", "parent_code"];
    public static readonly string[] AgencyColumns = ["key", "name", "kind", "division_code", "parent_key"];

    public async Task<ImportReport> ImportDivisionsAsync(Stream csv, bool allOrNothing)
    {
        var (rows, fileError) = await CsvImport.ReadAsync(csv, DivisionColumns);
        if (fileError is not null) return new ImportReport(0, 0, 0, [fileError], false);

        var known = await db.Divisions.ToDictionaryAsync(d => d.Code);
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        var good = new List<(CsvRow Row, DivisionCode Code, DivisionLevel Level)>();
        foreach (var row in rows)
        {
            var code = DivisionCode.TryParse(row.Get("code"));
            var error = code.IsOk ? null : new ImportError(row.Line, "code", code.Refusal!.Message);
            var level = default(DivisionLevel);
            if (error is null && row.Get("name").Length is 0 or > 100) error = new ImportError(row.Line, "name", "名称不能为空且不超过 100 字");
            if (error is null && !TryLevel(row.Get("level"), out level)) error = new ImportError(row.Line, "level", "级别须为 province/prefecture/county 或 省/地/县");
            if (error is null && level != code.Value!.Level) error = new ImportError(row.Line, "level", $"级别与代码 {code.Value} 不符");
            if (error is null && !inFile.Add(code.Value!.Value)) error = new ImportError(row.Line, "code", $"代码 {code.Value} 在文件中重复");
            var parent = row.Get("parent_code");
            if (error is null && code.Value!.Level != DivisionLevel.Province)
            {
                if (parent.Length == 0) error = new ImportError(row.Line, "parent_code", "非省级区划须填写上级代码");
                else if (!known.ContainsKey(parent) && !inFile.Contains(parent)) error = new ImportError(row.Line, "parent_code", $"上级代码 {parent} 不存在（须先于下级出现）");
            }
            if (error is null) good.Add((row, code.Value!, level));
            else errors.Add(error);
        }
        if (errors.Count > 0 && allOrNothing) return new ImportReport(rows.Count, 0, 0, errors, false);

        int created = 0, updated = 0;
        foreach (var (row, code, level) in good)
        {
            var parent = row.Get("parent_code") is { Length: > 0 } p ? p : null;
            if (known.TryGetValue(code.Value, out var existing))
            {
                if (existing.Name == row.Get("name") && existing.ParentCode == parent) continue;
                existing.Name = row.Get("name");
                existing.ParentCode = parent;
                updated++;
            }
            else
            {
                db.Divisions.Add(new Division { Code = code.Value, Name = row.Get("name"), Level = level, ParentCode = parent });
                created++;
            }
        }
        await db.SaveChangesAsync();
        return new ImportReport(rows.Count, created, updated, errors, true);
    }

    public async Task<ImportReport> ImportAgenciesAsync(Stream csv, bool allOrNothing)
    {
        var (rows, fileError) = await CsvImport.ReadAsync(csv, AgencyColumns);
        if (fileError is not null) return new ImportReport(0, 0, 0, [fileError], false);

        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Key, StringComparer.Ordinal);
        var divisions = await db.Divisions.Select(d => d.Code).ToHashSetAsync(StringComparer.Ordinal);
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        var good = new List<(CsvRow Row, AgencyKind Kind, AgencyJurisdiction Jurisdiction, string? CreditCode)>();
        foreach (var row in rows)
        {
            var key = row.Get("key");
            ImportError? error = null;
            AgencyKind kind = default;
            AgencyJurisdiction jurisdiction = default;
            string? creditCode = null;
            if (key.Length is 0 or > 64) error = new ImportError(row.Line, "key", "编码不能为空且不超过 64 字符");
            else if (!inFile.Add(key)) error = new ImportError(row.Line, "key", $"编码 {key} 在文件中重复");
            else if (row.Get("name").Length is 0 or > 100) error = new ImportError(row.Line, "name", "名称不能为空且不超过 100 字");
            else if (!TryKind(row.Get("kind"), out kind)) error = new ImportError(row.Line, "kind", "类别须为 主管部门 或 执法机构");
            else if (!TryJurisdiction(row.Get("jurisdiction"), out jurisdiction)) error = new ImportError(row.Line, "jurisdiction", "辖区类型须为 行政区划 或 路线");
            else if (DivisionCode.TryParse(row.Get("division_code")) is { IsOk: false } d) error = new ImportError(row.Line, "division_code", d.Refusal!.Message);
            else if (!divisions.Contains(row.Get("division_code"))) error = new ImportError(row.Line, "division_code", $"区划代码 {row.Get("division_code")} 未登记，请先导入区划");
            else if (row.Get("parent_key") is { Length: > 0 } parent && !agencies.ContainsKey(parent) && !inFile.Contains(parent))
                error = new ImportError(row.Line, "parent_key", $"上级机构 {parent} 不存在（须先于下级出现）");
            else if (row.Get("parent_key") == key) error = new ImportError(row.Line, "parent_key", "上级机构不能是自身");
            else if (agencies.TryGetValue(key, out var existing) && row.Get("parent_key") is { Length: > 0 } newParent
                     && agencies.TryGetValue(newParent, out var parentAgency) && trees.Get().WouldCreateCycle(existing.Id, parentAgency.Id))
                error = new ImportError(row.Line, "parent_key", $"上级机构 {newParent} 是 {key} 的下级，不能形成循环");
            else if (row.Get("credit_code") is { Length: > 0 } code)
            {
                var parsed = CreditCode.TryParse(code);
                if (parsed.IsOk) creditCode = parsed.Value!.Value;
                else error = new ImportError(row.Line, "credit_code", parsed.Refusal!.Message);
            }
            if (error is null) good.Add((row, kind, jurisdiction, creditCode));
            else errors.Add(error);
        }
        if (errors.Count > 0 && allOrNothing) return new ImportReport(rows.Count, 0, 0, errors, false);

        // Parents get their ids before children refer to them: save row by row inside one transaction.
        int created = 0, updated = 0;
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var (row, kind, jurisdiction, creditCode) in good)
        {
            var parentId = row.Get("parent_key") is { Length: > 0 } p ? agencies[p].Id : (int?)null;
            if (!agencies.TryGetValue(row.Get("key"), out var agency))
            {
                agency = new Agency { Key = row.Get("key"), Name = row.Get("name"), DivisionCode = row.Get("division_code") };
                db.Agencies.Add(agency);
                agencies[agency.Key] = agency;
                created++;
            }
            else
            {
                updated++;
            }
            agency.Name = row.Get("name");
            agency.Kind = kind;
            agency.Jurisdiction = jurisdiction;
            agency.DivisionCode = row.Get("division_code");
            agency.ParentId = parentId;
            agency.CreditCode = creditCode ?? agency.CreditCode;
            agency.Note = row.Get("note") is { Length: > 0 } n ? n : agency.Note;
            await db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
        trees.Invalidate();
        return new ImportReport(rows.Count, created, updated, errors, true);
    }

    private static bool TryLevel(string text, out DivisionLevel level)
    {
        level = text switch
        {
            "province" or "省" or "省级" => DivisionLevel.Province,
            "prefecture" or "地" or "地级" or "市" => DivisionLevel.Prefecture,
            "county" or "县" or "县级" => DivisionLevel.County,
            _ => (DivisionLevel)(-1),
        };
        return level >= 0;
    }

    private static bool TryKind(string text, out AgencyKind kind)
    {
        kind = text switch
        {
            "主管部门" or "department" => AgencyKind.Department,
            "执法机构" or "enforcement" => AgencyKind.EnforcementBody,
            _ => 0,
        };
        return kind != 0;
    }

    private static bool TryJurisdiction(string text, out AgencyJurisdiction jurisdiction)
    {
        jurisdiction = text switch
        {
            "" or "行政区划" or "administrative" => AgencyJurisdiction.Administrative,
            "路线" or "route" => AgencyJurisdiction.Route,
            _ => 0,
        };
        return jurisdiction != 0;
    }
}
