namespace Enforcement.Domain.Calendar;

/// <summary>
/// Whether a date is worked. The default week (《全国年节及纪念日放假办法》, 2024) is Monday–Friday
/// <see cref="Work"/> and Saturday–Sunday <see cref="Off"/>; the yearly State Council notice lists the exceptions.
/// </summary>
public enum CalendarDayKind
{
    /// <summary>Not a working day: weekend or statutory holiday (法定节假日).</summary>
    Off,

    /// <summary>A working day, including a weekend day worked in exchange for a holiday (调休上班).</summary>
    Work,
}
