using System.Text;
using Enforcement.Data;
using Enforcement.Domain.Catalog;
using Enforcement.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Enforcement.Web.Features.Catalog;

/// <summary>
/// The enforcement item catalog: reading it (public: 权责清单 are published), and replacing it from Excel or CSV.
/// Excel is converted to the catalog's CSV form so that both go through the same row checks.
/// </summary>
internal sealed class CatalogService(EnforcementDbContext db)
{
    public async Task<IReadOnlyList<EnforcementItem>> ItemsAsync(DateOnly? inForceOn = null)
    {
        var items = await db.EnforcementItems.AsNoTracking().OrderBy(i => i.Code).ThenBy(i => i.Version).ToListAsync();
        return inForceOn is { } on ? [.. items.Where(i => i.InForceOn(on))] : items;
    }

    public async Task<IReadOnlyList<EnforcementItem>> VersionsAsync(string code) =>
        await db.EnforcementItems.AsNoTracking().Where(i => i.Code == code).OrderBy(i => i.Version).ToListAsync();

    /// <summary>
    /// Adds new (code, version) rows and updates existing ones; never deletes, because decided cases cite the versions
    /// they were decided under. With any row in error nothing is written.
    /// </summary>
    public async Task<ImportReport> ImportAsync(Stream file, bool excel)
    {
        CatalogReadResult read;
        if (excel)
        {
            using var csv = new MemoryStream();
            try
            {
                MiniExcel.ConvertXlsxToCsv(file, csv);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
            {
                return new ImportReport(0, 0, 0, [new ImportError(0, "file", "不是有效的 Excel（.xlsx）文件")], false);
            }
            csv.Position = 0;
            using var reader = new StreamReader(csv, Encoding.UTF8);
            read = CatalogFile.Read(reader);
        }
        else
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            read = CatalogFile.Read(new StringReader(await reader.ReadToEndAsync()));
        }
        var errors = read.Errors.Select(e => new ImportError(e.Line, e.Column, e.Message)).ToList();
        if (errors.Count > 0) return new ImportReport(read.Items.Count + errors.Count, 0, 0, errors, false);

        var existing = await db.EnforcementItems.ToDictionaryAsync(i => (i.Code, i.Version));
        int created = 0, updated = 0;
        foreach (var item in read.Items)
        {
            if (existing.TryGetValue((item.Code, item.Version), out var current))
            {
                current.Name = item.Name;
                current.Category = item.Category;
                current.ProvisionViolated = item.ProvisionViolated;
                current.PenaltyProvision = item.PenaltyProvision;
                current.Penalty = item.Penalty;
                current.EffectiveFrom = item.EffectiveFrom;
                current.EffectiveTo = item.EffectiveTo;
                current.Source = item.Source;
                current.Note = item.Note;
                if (db.Entry(current).State == EntityState.Modified) updated++;
            }
            else
            {
                db.EnforcementItems.Add(item);
                created++;
            }
        }
        await db.SaveChangesAsync();
        return new ImportReport(read.Items.Count, created, updated, [], true);
    }

    public async Task<byte[]> ExportAsync(bool excel)
    {
        var items = await ItemsAsync();
        var csv = new StringWriter();
        CatalogFile.Write(csv, items);
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        if (!excel) return [.. Encoding.UTF8.GetPreamble(), .. bytes];
        using var input = new MemoryStream(bytes);
        using var output = new MemoryStream();
        MiniExcel.ConvertCsvToXlsx(input, output);
        return output.ToArray();
    }
}
