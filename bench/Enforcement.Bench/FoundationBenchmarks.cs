using BenchmarkDotNet.Attributes;
using Enforcement.Domain.Audit;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Bench;

/// <summary>
/// The per-request building blocks of the foundation: validating identifiers at every API boundary, computing a
/// statutory deadline, and hashing an audit entry inside every save. Baselines are the cheapest honest
/// alternatives: a regex-only format check, and counting weekdays without the holiday table.
/// </summary>
[MemoryDiagnoser]
public class FoundationBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly System.Text.RegularExpressions.Regex IdFormat = new(@"^\d{17}[\dX]$", System.Text.RegularExpressions.RegexOptions.Compiled);
    private readonly WorkingCalendar _calendar = new(Holidays2025());
    private readonly AuditEntry _entry = new()
    {
        Sequence = 123_456, OccurredAtUtc = new DateTime(2026, 11, 22, 6, 0, 0, DateTimeKind.Utc), UserId = Guid.NewGuid().ToString(),
        UserName = "officer", AgencyId = 14, Action = "update", EntityType = "Officer", EntityId = "71",
        Summary = "Name=冯晨 → 冯晨晨; Post=法制科科员 → 执法队员", ClientAddress = "10.1.2.3", PreviousHash = AuditChain.GenesisHash, Hash = "",
    };

    [Benchmark(Baseline = true)]
    public bool IdNumber_RegexFormatOnly() => IdFormat.IsMatch("11010519491231002X");

    [Benchmark]
    public bool IdNumber_FullValidation() => ResidentIdNumber.TryParse("11010519491231002X", Today).IsOk;

    [Benchmark]
    public bool CreditCode_FullValidation() => CreditCode.TryParse("91350100M000100Y43").IsOk;

    [Benchmark]
    public bool Plate_WithColour() => VehiclePlate.TryParse("青A12345", "黄").IsOk;

    [Benchmark]
    public DateOnly Deadline_WeekdaysOnly()
    {
        var date = new DateOnly(2025, 9, 26);
        for (var left = 7; left > 0;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return date;
    }

    [Benchmark]
    public DeadlineResult Deadline_SevenWorkingDaysAcrossNationalDay() => _calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 7);

    [Benchmark]
    public string AuditEntry_Hash() => AuditChain.ComputeHash(_entry);

    private static IEnumerable<CalendarOverride> Holidays2025()
    {
        const string source = "国办发明电〔2024〕12号";
        foreach (var d in new[] { "01-01", "01-28", "01-29", "01-30", "01-31", "02-01", "02-02", "02-03", "02-04", "04-04", "04-05", "04-06", "05-01", "05-02", "05-03", "05-04", "05-05", "05-31", "06-01", "06-02", "10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07", "10-08" })
        {
            yield return new CalendarOverride(DateOnly.Parse("2025-" + d, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.Off, "假日", source);
        }
        foreach (var d in new[] { "01-26", "02-08", "04-27", "09-28", "10-11" })
        {
            yield return new CalendarOverride(DateOnly.Parse("2025-" + d, System.Globalization.CultureInfo.InvariantCulture), CalendarDayKind.Work, "调休上班", source);
        }
    }
}
