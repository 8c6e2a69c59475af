using System.Globalization;
using Enforcement.Domain.Identifiers;

namespace Enforcement.Domain.Catalog.Discretion;

/// <summary>Number formats of the Chinese trace: whole yuan without decimals ("4500元"), fen only where present.</summary>
internal static class TraceText
{
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Yuan(Money amount) => Yuan(amount.Fen);

    public static string Yuan(long fen) => fen % 100 == 0
        ? (fen / 100).ToString(CultureInfo.InvariantCulture) + "元"
        : (fen / 100m).ToString("F2", CultureInfo.InvariantCulture) + "元";

    public static string Percent(int percent) => percent.ToString(CultureInfo.InvariantCulture) + "%";
}
