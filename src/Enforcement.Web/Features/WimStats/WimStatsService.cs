using Enforcement.Data;
using Enforcement.Data.Wim;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.WimStats;

/// <summary>
/// The dashboard's answers, read only from the rollups (never from the raw records), within the caller's data scope
/// (the rollups carry the agency and the context's query filter applies). Without a site filter the answers read the
/// per-agency rollups (the scope is a set of agencies); long ranges read whole months from the monthly rollups and only
/// the partial months at the ends day by day (<see cref="WimStatsSpan"/>).
/// </summary>
internal sealed class WimStatsService(EnforcementDbContext db, TimeProvider clock)
{
    /// <summary>Longest range one question may span.</summary>
    public const int MaxDays = 366;

    private static readonly Dictionary<string, DeterminationReason> Reasons = DeterminationReason.All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>Checks the range (default: the last 30 days up to today) and that the site, if any, is in scope.</summary>
    public async Task<Result<WimStatsFilter>> FilterAsync(DateOnly? from, DateOnly? to, int? stationId, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock.GetUtcNow());
        var end = to ?? today;
        var start = from ?? end.AddDays(-29);
        if (start > end)
        {
            return new Refusal("stats.range", "from", "开始日期不能晚于结束日期。");
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            return new Refusal("stats.range", "to", $"统计区间不能超过{MaxDays}天。");
        }

        if (stationId is { } id && !await db.Stations.AnyAsync(s => s.Id == id, ct))
        {
            return Problems.Missing("站点");
        }

        return new WimStatsFilter(start, end, stationId);
    }

    /// <summary>The sites the caller may filter by.</summary>
    public async Task<IReadOnlyList<(int Id, string Code, string Name)>> StationsInScopeAsync(CancellationToken ct)
    {
        var rows = await db.Stations.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        return [.. rows.Select(s => (s.Id, s.Code, s.Name))];
    }

    private IQueryable<WimDailyRollup> Daily(WimStatsFilter f)
    {
        var q = db.WimDailyRollups.AsNoTracking().Where(r => r.Day >= f.From && r.Day <= f.To);
        return f.StationId is { } id ? q.Where(r => r.StationId == id) : q;
    }

    /// <summary>
    /// Every counter of the range as rows to sum: for the whole scope one row per agency and day; for one site its
    /// whole months from the monthly rows and its partial months' days from the daily rows.
    /// </summary>
    private IQueryable<CounterRow> Counters(WimStatsFilter f)
    {
        if (f.StationId is not { } id)
        {
            return db.WimAgencyDailyRollups.AsNoTracking().Where(r => r.Day >= f.From && r.Day <= f.To).Select(r => new CounterRow
            {
                StationId = 0, Weighed = r.Weighed, OverLimit = r.OverLimit, Warnings = r.Warnings, Fines = r.Fines, FineFen = r.FineFen,
                HundredTonKing = r.HundredTonKing, Invalid = r.Invalid, InvalidDevice = r.InvalidDevice, Clues = r.Clues, Cases = r.Cases, Notices = r.Notices,
            });
        }

        return SiteCounters(WimStatsSpan.Of(f.From, f.To), id);
    }

    /// <summary>Per site: whole months from <see cref="WimMonthlyRollup"/>, the partial months' days from <see cref="WimDailyRollup"/>.</summary>
    private IQueryable<CounterRow> SiteCounters(WimStatsSpan span, int? stationId)
    {
        var months = db.WimMonthlyRollups.AsNoTracking().Where(r => r.Month >= span.FirstMonth && r.Month <= span.LastMonth);
        var days = db.WimDailyRollups.AsNoTracking()
            .Where(r => (r.Day >= span.HeadFrom && r.Day <= span.HeadTo) || (r.Day >= span.TailFrom && r.Day <= span.TailTo));
        if (stationId is { } id)
        {
            months = months.Where(r => r.StationId == id);
            days = days.Where(r => r.StationId == id);
        }

        return months.Select(r => new CounterRow
        {
            StationId = r.StationId, Weighed = r.Weighed, OverLimit = r.OverLimit, Warnings = r.Warnings, Fines = r.Fines, FineFen = r.FineFen,
            HundredTonKing = r.HundredTonKing, Invalid = r.Invalid, InvalidDevice = r.InvalidDevice, Clues = r.Clues, Cases = r.Cases, Notices = r.Notices,
        }).Concat(days.Select(r => new CounterRow
        {
            StationId = r.StationId, Weighed = r.Weighed, OverLimit = r.OverLimit, Warnings = r.Warnings, Fines = r.Fines, FineFen = r.FineFen,
            HundredTonKing = r.HundredTonKing, Invalid = r.Invalid, InvalidDevice = r.InvalidDevice, Clues = r.Clues, Cases = r.Cases, Notices = r.Notices,
        }));
    }

    public async Task<WimStatsSummary> SummaryAsync(WimStatsFilter f, CancellationToken ct)
    {
        var t = await Counters(f).GroupBy(_ => 1).Select(g => new
        {
            Weighed = g.Sum(r => (long)r.Weighed), OverLimit = g.Sum(r => (long)r.OverLimit), King = g.Sum(r => (long)r.HundredTonKing),
            Warnings = g.Sum(r => (long)r.Warnings), Fines = g.Sum(r => (long)r.Fines), FineFen = g.Sum(r => r.FineFen),
            Invalid = g.Sum(r => (long)r.Invalid), InvalidDevice = g.Sum(r => (long)r.InvalidDevice), Clues = g.Sum(r => (long)r.Clues),
            Cases = g.Sum(r => (long)r.Cases), Notices = g.Sum(r => (long)r.Notices),
        }).SingleOrDefaultAsync(ct); // one group at most
        var fresh = await db.WimRollupWatermarks.AsNoTracking().Where(w => w.Name == WimRollupFolder.RecordsWatermark)
            .Select(w => (DateTime?)w.UpdatedAtUtc).FirstOrDefaultAsync(ct);
        if (t is null)
        {
            return new WimStatsSummary(f.From, f.To, f.StationId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Utc(fresh));
        }

        var valid = t.Weighed - t.Invalid;
        return new WimStatsSummary(f.From, f.To, f.StationId, t.Weighed, valid, t.OverLimit, Rate(t.OverLimit, valid), t.King, t.Warnings, t.Fines,
            t.FineFen / 100m, t.Invalid, t.InvalidDevice, t.Invalid - t.InvalidDevice, t.Clues, t.Cases, t.Notices, Utc(fresh));
    }

    public async Task<IReadOnlyList<WimDailyPoint>> DailyAsync(WimStatsFilter f, CancellationToken ct)
    {
        // Whole scope: one row per agency and day; one site: its lanes' rows.
        var rows = f.StationId is null
            ? await db.WimAgencyDailyRollups.AsNoTracking().Where(r => r.Day >= f.From && r.Day <= f.To).GroupBy(r => r.Day).Select(g => new DayRow
            {
                Day = g.Key, Weighed = g.Sum(r => (long)r.Weighed), OverLimit = g.Sum(r => (long)r.OverLimit), King = g.Sum(r => (long)r.HundredTonKing),
                Invalid = g.Sum(r => (long)r.Invalid), Clues = g.Sum(r => (long)r.Clues),
            }).ToListAsync(ct)
            : await Daily(f).GroupBy(r => r.Day).Select(g => new DayRow
            {
                Day = g.Key, Weighed = g.Sum(r => (long)r.Weighed), OverLimit = g.Sum(r => (long)r.OverLimit), King = g.Sum(r => (long)r.HundredTonKing),
                Invalid = g.Sum(r => (long)r.Invalid), Clues = g.Sum(r => (long)r.Clues),
            }).ToListAsync(ct);
        var byDay = rows.ToDictionary(r => r.Day);
        var points = new List<WimDailyPoint>(f.To.DayNumber - f.From.DayNumber + 1);
        for (var d = f.From; d <= f.To; d = d.AddDays(1))
        {
            points.Add(byDay.TryGetValue(d, out var r)
                ? new WimDailyPoint(d, r.Weighed, r.OverLimit, Rate(r.OverLimit, r.Weighed - r.Invalid), r.King, r.Invalid, r.Clues)
                : new WimDailyPoint(d, 0, 0, 0, 0, 0, 0));
        }

        return points;
    }

    public async Task<IReadOnlyList<WimStationRank>> StationsAsync(WimStatsFilter f, int top, CancellationToken ct)
    {
        var sums = await SiteCounters(WimStatsSpan.Of(f.From, f.To), null).GroupBy(r => r.StationId).Select(g => new
        {
            StationId = g.Key, Weighed = g.Sum(r => (long)r.Weighed), OverLimit = g.Sum(r => (long)r.OverLimit), King = g.Sum(r => (long)r.HundredTonKing),
            Invalid = g.Sum(r => (long)r.Invalid), Clues = g.Sum(r => (long)r.Clues), FineFen = g.Sum(r => r.FineFen),
        }).OrderByDescending(x => x.OverLimit).ThenBy(x => x.StationId).Take(Math.Clamp(top, 1, 200)).ToListAsync(ct);
        var ids = sums.Select(s => s.StationId).ToList();
        var names = await db.Stations.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Code, s.Name, s.RouteCode }).ToDictionaryAsync(s => s.Id, ct);
        return [.. sums.Select(s => names.TryGetValue(s.StationId, out var n)
            ? new WimStationRank(s.StationId, n.Code, n.Name, n.RouteCode, s.Weighed, s.OverLimit, Rate(s.OverLimit, s.Weighed - s.Invalid), s.King, s.Clues, s.FineFen / 100m)
            : new WimStationRank(s.StationId, "", "", "", s.Weighed, s.OverLimit, Rate(s.OverLimit, s.Weighed - s.Invalid), s.King, s.Clues, s.FineFen / 100m))];
    }

    public async Task<IReadOnlyList<WimLaneRow>> LanesAsync(WimStatsFilter f, CancellationToken ct)
    {
        var rows = await Daily(f).GroupBy(r => new { r.StationId, r.Lane }).Select(g => new
        {
            g.Key.StationId, g.Key.Lane, Weighed = g.Sum(r => (long)r.Weighed), OverLimit = g.Sum(r => (long)r.OverLimit), Invalid = g.Sum(r => (long)r.Invalid),
        }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.StationId).ThenBy(r => r.Lane)
            .Select(r => new WimLaneRow(r.StationId, r.Lane, r.Weighed, r.OverLimit, Rate(r.OverLimit, r.Weighed - r.Invalid), r.Invalid))];
    }

    public async Task<IReadOnlyList<WimHeatCell>> HeatMapAsync(WimStatsFilter f, CancellationToken ct)
    {
        // Whole months as their 168 cells, partial months hour by hour: per site, or per agency for the whole scope.
        var span = WimStatsSpan.Of(f.From, f.To);
        var q = f.StationId is { } id
            ? db.WimHeatRollups.AsNoTracking().Where(r => r.StationId == id && r.Month >= span.FirstMonth && r.Month <= span.LastMonth)
                .Select(r => new HeatRow { DayOfWeek = r.DayOfWeek, Hour = r.Hour, Weighed = r.Weighed, OverLimit = r.OverLimit })
                .Concat(db.WimHourlyRollups.AsNoTracking()
                    .Where(r => r.StationId == id && ((r.Day >= span.HeadFrom && r.Day <= span.HeadTo) || (r.Day >= span.TailFrom && r.Day <= span.TailTo)))
                    .Select(r => new HeatRow { DayOfWeek = r.DayOfWeek, Hour = r.Hour, Weighed = r.Weighed, OverLimit = r.OverLimit }))
            : db.WimAgencyHeatRollups.AsNoTracking().Where(r => r.Month >= span.FirstMonth && r.Month <= span.LastMonth)
                .Select(r => new HeatRow { DayOfWeek = r.DayOfWeek, Hour = r.Hour, Weighed = r.Weighed, OverLimit = r.OverLimit })
                .Concat(db.WimAgencyHourlyRollups.AsNoTracking()
                    .Where(r => (r.Day >= span.HeadFrom && r.Day <= span.HeadTo) || (r.Day >= span.TailFrom && r.Day <= span.TailTo))
                    .Select(r => new HeatRow { DayOfWeek = r.DayOfWeek, Hour = r.Hour, Weighed = r.Weighed, OverLimit = r.OverLimit }));

        // Grouped to the 168 cells in the database.
        var rows = await q.GroupBy(r => new { r.DayOfWeek, r.Hour })
            .Select(g => new { g.Key.DayOfWeek, g.Key.Hour, Weighed = g.Sum(r => (long)r.Weighed), OverLimit = g.Sum(r => (long)r.OverLimit) })
            .ToListAsync(ct);
        var weighed = new long[8, 24];
        var over = new long[8, 24];
        foreach (var r in rows)
        {
            weighed[r.DayOfWeek, r.Hour] += r.Weighed;
            over[r.DayOfWeek, r.Hour] += r.OverLimit;
        }

        var cells = new List<WimHeatCell>(7 * 24);
        for (var dow = 1; dow <= 7; dow++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                cells.Add(new WimHeatCell(dow, hour, weighed[dow, hour], over[dow, hour]));
            }
        }

        return cells;
    }

    public async Task<IReadOnlyList<WimInvalidReasonRow>> InvalidAsync(WimStatsFilter f, CancellationToken ct)
    {
        // Whole months by month, partial months day by day: per site, or per agency for the whole scope.
        var span = WimStatsSpan.Of(f.From, f.To);
        var q = f.StationId is { } id
            ? db.WimMonthlyInvalidRollups.AsNoTracking().Where(r => r.StationId == id && r.Month >= span.FirstMonth && r.Month <= span.LastMonth)
                .Select(r => new ReasonRow { Reason = r.Reason, Records = r.Records })
                .Concat(db.WimInvalidRollups.AsNoTracking()
                    .Where(r => r.StationId == id && ((r.Day >= span.HeadFrom && r.Day <= span.HeadTo) || (r.Day >= span.TailFrom && r.Day <= span.TailTo)))
                    .Select(r => new ReasonRow { Reason = r.Reason, Records = r.Records }))
            : db.WimAgencyMonthlyInvalidRollups.AsNoTracking().Where(r => r.Month >= span.FirstMonth && r.Month <= span.LastMonth)
                .Select(r => new ReasonRow { Reason = r.Reason, Records = r.Records })
                .Concat(db.WimAgencyInvalidRollups.AsNoTracking()
                    .Where(r => (r.Day >= span.HeadFrom && r.Day <= span.HeadTo) || (r.Day >= span.TailFrom && r.Day <= span.TailTo))
                    .Select(r => new ReasonRow { Reason = r.Reason, Records = r.Records }));

        var rows = await q.GroupBy(r => r.Reason).Select(g => new { Code = g.Key, Records = g.Sum(r => (long)r.Records) }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Records).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new WimInvalidReasonRow(r.Code, Reasons.TryGetValue(r.Code, out var reason) ? reason.Message : r.Code,
                r.Code.StartsWith("device.", StringComparison.Ordinal), r.Records))];
    }

    // Row shapes the combined (UNION ALL) queries project to; the database sums them.
    private sealed class CounterRow
    {
        public int StationId { get; init; }
        public int Weighed { get; init; }
        public int OverLimit { get; init; }
        public int Warnings { get; init; }
        public int Fines { get; init; }
        public long FineFen { get; init; }
        public int HundredTonKing { get; init; }
        public int Invalid { get; init; }
        public int InvalidDevice { get; init; }
        public int Clues { get; init; }
        public int Cases { get; init; }
        public int Notices { get; init; }
    }

    private sealed class DayRow
    {
        public DateOnly Day { get; init; }
        public long Weighed { get; init; }
        public long OverLimit { get; init; }
        public long King { get; init; }
        public long Invalid { get; init; }
        public long Clues { get; init; }
    }

    private sealed class HeatRow
    {
        public int DayOfWeek { get; init; }
        public int Hour { get; init; }
        public int Weighed { get; init; }
        public int OverLimit { get; init; }
    }

    private sealed class ReasonRow
    {
        public required string Reason { get; init; }
        public int Records { get; init; }
    }

    /// <summary>Share in per cent with two decimals; 0 when nothing could be judged.</summary>
    private static decimal Rate(long part, long whole) => whole <= 0 ? 0 : decimal.Round(part * 100m / whole, 2);

    private static DateTime? Utc(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
