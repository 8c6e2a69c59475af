namespace Enforcement.Web.Features.WimStats;

/// <summary>The filter every statistics answer takes: an inclusive range of Asia/Shanghai days, and optionally one site.</summary>
internal sealed record WimStatsFilter(DateOnly From, DateOnly To, int? StationId);

/// <summary>KPI tiles of the range. <see cref="OverLimitRate"/> is over-limit ÷ valid records (invalid ones cannot be judged).</summary>
internal sealed record WimStatsSummary(
    DateOnly From, DateOnly To, int? StationId, long Weighed, long Valid, long OverLimit, decimal OverLimitRate, long HundredTonKing,
    long Warnings, long Fines, decimal FineYuan, long Invalid, long InvalidDevice, long InvalidRecord, long Clues, long Cases, long Notices,
    DateTime? FreshAsOfUtc);

/// <summary>One day of the trend.</summary>
internal sealed record WimDailyPoint(DateOnly Day, long Weighed, long OverLimit, decimal OverLimitRate, long HundredTonKing, long Invalid, long Clues);

/// <summary>One site in the ranking (by over-limit count).</summary>
internal sealed record WimStationRank(
    int StationId, string StationCode, string StationName, string RouteCode, long Weighed, long OverLimit, decimal OverLimitRate, long HundredTonKing,
    long Clues, decimal FineYuan);

/// <summary>One lane of one site in the range.</summary>
internal sealed record WimLaneRow(int StationId, int Lane, long Weighed, long OverLimit, decimal OverLimitRate, long Invalid);

/// <summary>The heat map: weighed and over-limit per hour of day (0–23) × ISO day of week (1 = Monday … 7 = Sunday).</summary>
internal sealed record WimHeatCell(int DayOfWeek, int Hour, long Weighed, long OverLimit);

/// <summary>Invalid records by reason: device reasons (设备无效) and record reasons (记录无效).</summary>
internal sealed record WimInvalidReasonRow(string Code, string Label, bool DeviceReason, long Records);
