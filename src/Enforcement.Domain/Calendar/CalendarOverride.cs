namespace Enforcement.Domain.Calendar;

/// <summary>
/// One day on which the yearly State Council holiday notice departs from the default week
/// (《全国年节及纪念日放假办法》, 2024: Monday–Friday worked, Saturday–Sunday off):
/// a holiday (<see cref="CalendarDayKind.Off"/>) or a make-up working day (<see cref="CalendarDayKind.Work"/>, 调休上班).
/// Listing a day that merely confirms the default week (e.g. a Saturday inside a holiday) is allowed.
/// <para>
/// The notices call these days exceptions to the default week; the type is not named CalendarException because a .NET
/// type ending in "Exception" reads as a <see cref="System.Exception"/> (CA1711).
/// </para>
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Off (holiday) or Work (make-up working day).</param>
/// <param name="Name">The holiday, e.g. "春节", or "调休上班" for a make-up working day.</param>
/// <param name="Source">The notice that fixes the day, e.g. "国办发明电〔2024〕12号".</param>
public sealed record CalendarOverride(DateOnly Date, CalendarDayKind Kind, string Name, string Source);
