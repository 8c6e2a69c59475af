namespace Enforcement.Domain.Calendar;

/// <summary>
/// A computed date.
/// </summary>
/// <param name="Date">The last day of the period (or, counted backwards, the latest day to act).</param>
/// <param name="Provisional">
/// True if a day whose kind the computation depended on lies in a year whose holiday schedule is not loaded
/// (the State Council notice for that year is not out yet, so weekends-only was assumed): the date may move once
/// the schedule is published and should be shown as provisional.
/// </param>
public readonly record struct DeadlineResult(DateOnly Date, bool Provisional);
