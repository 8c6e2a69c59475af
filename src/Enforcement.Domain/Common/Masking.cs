namespace Enforcement.Domain.Common;

/// <summary>
/// Masking of personal data (ID numbers, phone numbers) wherever the public or logs could see it.
/// The visible ends let a clerk match a record without exposing the birth date or the full number.
/// </summary>
public static class Masking
{
    public static string KeepEnds(string value, int keepStart, int keepEnd)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= keepStart + keepEnd) return new string('*', value.Length);
        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }

    /// <summary>110***********002X: the address prefix and the last four stay, the birth date is hidden.</summary>
    public static string IdNumber(string value) => KeepEnds(value, 3, 4);

    /// <summary>
    /// 9163**********123X: for documents not addressed to the party. The code itself is public in the credit system,
    /// but a 个体工商户's code leads to the operator, so internal records show only enough to match it.
    /// </summary>
    public static string CreditCode(string value) => KeepEnds(value, 4, 4);

    /// <summary>138****5678.</summary>
    public static string Phone(string value) => KeepEnds(value, 3, 4);
}
