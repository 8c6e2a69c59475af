using Enforcement.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enforcement.Data.Calendar;

/// <summary>One exception day of the national working calendar (a holiday, or a weekend day that is worked).</summary>
public sealed class CalendarDayRow
{
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public required string Name { get; set; }
    public required string Source { get; set; }

    public CalendarOverride ToOverride() => new(Date, Kind, Name, Source);
}

/// <summary>
/// A year whose State Council schedule has been loaded. Dates in other years fall back to weekends only and are
/// flagged provisional (RULES §9).
/// </summary>
public sealed class CalendarYearRow
{
    public int Year { get; set; }
    public required string Source { get; set; }
    public DateTime LoadedAtUtc { get; set; }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDayRow>
{
    public void Configure(EntityTypeBuilder<CalendarDayRow> b)
    {
        b.HasKey(d => d.Date);
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.Source).HasMaxLength(100);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYearRow>
{
    public void Configure(EntityTypeBuilder<CalendarYearRow> b)
    {
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.Source).HasMaxLength(100);
    }
}
