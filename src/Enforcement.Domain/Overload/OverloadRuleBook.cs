using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Overload;

/// <summary>
/// Every limit table and settings version of a province, and the determiner in force on any capture date: the table
/// and the settings with the latest effective date on or before it. Determiners are built once per period, so
/// choosing one per record is a binary search.
/// </summary>
public sealed class OverloadRuleBook
{
    private readonly DateOnly[] starts;
    private readonly OverloadDeterminer?[] determiners;

    public OverloadRuleBook(IEnumerable<OverloadLimitTable> tables, IEnumerable<DeterminationSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(settings);
        var tableList = tables.OrderBy(t => t.EffectiveFrom).ToList();
        var settingsList = settings.OrderBy(s => s.EffectiveFrom).ToList();
        starts = tableList.Select(t => t.EffectiveFrom).Concat(settingsList.Select(s => s.EffectiveFrom)).Distinct().Order().ToArray();
        determiners = new OverloadDeterminer?[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            var table = tableList.LastOrDefault(t => t.EffectiveFrom <= starts[i]);
            var inForce = settingsList.LastOrDefault(s => s.EffectiveFrom <= starts[i]);
            determiners[i] = table is null || inForce is null ? null : new OverloadDeterminer(table, inForce);
        }
    }

    /// <summary>The national table and default settings.</summary>
    public static OverloadRuleBook Default { get; } = new(OverloadLimitTables.All, [DeterminationSettings.Default]);

    /// <summary>The determiner in force on a China date, or null before the first table and settings.</summary>
    public OverloadDeterminer? For(DateOnly date)
    {
        var index = Array.BinarySearch(starts, date);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index < 0 ? null : determiners[index];
    }

    /// <summary>Judges a record by the rules in force on its capture date; null if none were in force (or no capture time).</summary>
    public OverloadDetermination? Determine(
        WimRecord record, WimDevice device, VehiclePlate? plate, int? registeredGrossKg = null, Money otherFinesInGroup = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.CapturedAtUtc is not { } at)
        {
            return null;
        }

        return For(DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime))
            ?.Determine(record, device, plate, registeredGrossKg, otherFinesInGroup);
    }
}
