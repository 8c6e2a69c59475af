using Enforcement.Data;
using Enforcement.Domain.Agencies;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Agencies;

/// <summary>Creating and editing single agencies (the system administrator's job; imports do many at once).</summary>
internal sealed class AgencyService(EnforcementDbContext db, AgencyTreeCache trees)
{
    public sealed record AgencyInput(string? Key, string? Name, AgencyKind? Kind, AgencyJurisdiction? Jurisdiction, string? DivisionCode,
        string? CreditCode, int? ParentId, string? Note, int? Version = null);

    public async Task<Result<AgencyView>> CreateAsync(AgencyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Key)) return Problems.Required("key", "机构编码");
        var checkedInput = await ValidateAsync(input, null);
        if (!checkedInput.IsOk) return checkedInput.Refusal!;
        if (await db.Agencies.AnyAsync(a => a.Key == input.Key.Trim())) return new Refusal("agency.duplicate", "key", $"机构编码 {input.Key.Trim()} 已存在", RefusalKind.Conflict);
        var agency = new Agency { Key = input.Key.Trim(), Name = "", DivisionCode = "" };
        Apply(agency, input, checkedInput.Value!);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        trees.Invalidate();
        return View(agency);
    }

    public async Task<Result<AgencyView>> UpdateAsync(int id, AgencyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Version is null) return Problems.Required("version", "版本号");
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == id);
        if (agency is null) return Problems.Missing("机构");
        var checkedInput = await ValidateAsync(input, id);
        if (!checkedInput.IsOk) return checkedInput.Refusal!;
        db.Entry(agency).Property(a => a.Version).OriginalValue = input.Version.Value;
        Apply(agency, input, checkedInput.Value!);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion;
        }
        trees.Invalidate();
        return View(agency);
    }

    private async Task<Result<(DivisionCode Division, CreditCode? Credit)>> ValidateAsync(AgencyInput input, int? id)
    {
        if (string.IsNullOrWhiteSpace(input.Name)) return Problems.Required("name", "机构名称");
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value)) return new Refusal("agency.kind", "kind", "机构类别须为 Department（主管部门）或 EnforcementBody（执法机构）");
        var division = DivisionCode.TryParse(input.DivisionCode);
        if (!division.IsOk) return division.Refusal!.For("divisionCode");
        if (!await db.Divisions.AnyAsync(d => d.Code == division.Value!.Value)) return new Refusal("agency.division", "divisionCode", $"区划代码 {division.Value} 未登记");
        CreditCode? credit = null;
        if (!string.IsNullOrWhiteSpace(input.CreditCode))
        {
            var parsed = CreditCode.TryParse(input.CreditCode);
            if (!parsed.IsOk) return parsed.Refusal!.For("creditCode");
            credit = parsed.Value;
        }
        if (input.ParentId is { } parent)
        {
            if (!await db.Agencies.AnyAsync(a => a.Id == parent)) return new Refusal("agency.parent", "parentId", "上级机构不存在");
            if (id is { } self && trees.Get().WouldCreateCycle(self, parent)) return new Refusal("agency.cycle", "parentId", "上级机构不能是自身或下级机构");
        }
        return (division.Value!, credit);
    }

    private static void Apply(Agency agency, AgencyInput input, (DivisionCode Division, CreditCode? Credit) valid)
    {
        agency.Name = input.Name!.Trim();
        agency.Kind = input.Kind!.Value;
        agency.Jurisdiction = input.Jurisdiction ?? AgencyJurisdiction.Administrative;
        agency.DivisionCode = valid.Division.Value;
        agency.CreditCode = valid.Credit?.Value;
        agency.ParentId = input.ParentId;
        agency.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }

    private static AgencyView View(Agency a) => new(a.Id, a.Key, a.Name, a.Kind, a.Jurisdiction, a.DivisionCode, a.CreditCode, a.ParentId, a.Note, a.Version);
}
