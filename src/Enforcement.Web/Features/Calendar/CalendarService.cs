using System.Globalization;
using Enforcement.Data;
using Enforcement.Data.Calendar;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Common;
using Enforcement.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Calendar;

/// <summary>
/// The working-day calendar every deadline uses. Held in memory (it changes once a year) and rebuilt when an
/// administrator loads a year's schedule.
/// </summary>
internal sealed class CalendarService(EnforcementDbContext db, CalendarCache cache)
{
    public static readonly string[] Columns = ["date", "kind", "name"];

    public async Task<WorkingCalendar> CalendarAsync() => await cache.GetAsync(db);

    public async Task<IReadOnlyList<CalendarDayRow>> DaysAsync(int year) =>
        await db.CalendarDays.AsNoTracking().Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31))
            .OrderBy(d => d.Date).ToListAsync();

    public async Task<IReadOnlyList<CalendarYearRow>> YearsAsync() =>
        await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();

    /// <summary>
    /// Loads (or replaces) one year's schedule from CSV rows date,kind,name (kind: off/work or 休/班). All rows are
    /// checked first; the year is written only if every row is right.
    /// </summary>
    public async Task<ImportReport> LoadYearAsync(int year, string? source, Stream csv)
    {
        if (year is < 2000 or > 2100) return new ImportReport(0, 0, 0, [new ImportError(0, "year", "年份须在 2000 到 2100 之间")], false);
        if (string.IsNullOrWhiteSpace(source)) return new ImportReport(0, 0, 0, [new ImportError(0, "source", "请填写依据文号（国务院办公厅通知）")], false);
        var (rows, fileError) = await CsvImport.ReadAsync(csv, Columns);
        if (fileError is not null) return new ImportReport(0, 0, 0, [fileError], false);

        var errors = new List<ImportError>();
        var days = new Dictionary<DateOnly, CalendarDayRow>();
        foreach (var row in rows)
        {
            if (!DateOnly.TryParseExact(row.Get("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new ImportError(row.Line, "date", "日期格式须为 yyyy-MM-dd"));
                continue;
            }
            if (date.Year != year) { errors.Add(new ImportError(row.Line, "date", $"日期不在 {year} 年")); continue; }
            CalendarDayKind? kind = row.Get("kind") switch { "off" or "休" => CalendarDayKind.Off, "work" or "班" => CalendarDayKind.Work, _ => null };
            if (kind is null) { errors.Add(new ImportError(row.Line, "kind", "类型须为 off（休）或 work（班）")); continue; }
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            // A make-up working day is by definition a weekend day; a holiday on a weekday or weekend is both possible.
            if (kind == CalendarDayKind.Work && !weekend) { errors.Add(new ImportError(row.Line, "kind", $"{date:yyyy-MM-dd} 是工作日，无需登记为调休上班")); continue; }
            if (row.Get("name").Length is 0 or > 50) { errors.Add(new ImportError(row.Line, "name", "名称不能为空且不超过 50 字")); continue; }
            if (!days.TryAdd(date, new CalendarDayRow { Date = date, Kind = kind.Value, Name = row.Get("name"), Source = source.Trim() }))
            {
                errors.Add(new ImportError(row.Line, "date", $"{date:yyyy-MM-dd} 重复"));
            }
        }
        if (errors.Count > 0 || days.Count == 0)
        {
            if (days.Count == 0 && errors.Count == 0) errors.Add(new ImportError(1, null, "文件中没有日期"));
            return new ImportReport(rows.Count, 0, 0, errors, false);
        }

        var existing = await db.CalendarDays.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ToListAsync();
        db.CalendarDays.RemoveRange(existing);
        db.CalendarDays.AddRange(days.Values);
        var yearRow = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year);
        if (yearRow is null) db.CalendarYears.Add(new CalendarYearRow { Year = year, Source = source.Trim(), LoadedAtUtc = DateTime.UtcNow });
        else { yearRow.Source = source.Trim(); yearRow.LoadedAtUtc = DateTime.UtcNow; }
        await db.SaveChangesAsync();
        cache.Invalidate();
        return new ImportReport(rows.Count, days.Count, existing.Count, [], true);
    }
}

/// <summary>The calendar in memory, shared by all requests.</summary>
internal sealed class CalendarCache
{
    private volatile WorkingCalendar? _calendar;

    public async Task<WorkingCalendar> GetAsync(EnforcementDbContext db)
    {
        if (_calendar is { } calendar) return calendar;
        var days = await db.CalendarDays.AsNoTracking().ToListAsync();
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync();
        calendar = new WorkingCalendar(days.Select(d => d.ToOverride()), years);
        _calendar = calendar;
        return calendar;
    }

    public void Invalidate() => _calendar = null;
}
