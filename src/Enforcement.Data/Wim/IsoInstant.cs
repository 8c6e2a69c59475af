namespace Enforcement.Data.Wim;

/// <summary>
/// The capture-time form gateways actually send, read without the general date parser (which costs about a
/// microsecond per row): <c>yyyy-MM-ddTHH:mm:ss[.fffffff](Z|±HH:MM)</c>. Anything else — another layout, a leap second,
/// an out-of-range field — is left to <see cref="DateTimeOffset.TryParse(ReadOnlySpan{char}, IFormatProvider?, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>,
/// so this path changes speed, never what is accepted.
/// </summary>
internal static class IsoInstant
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTime utc)
    {
        utc = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        long ticks = 0;
        if (s[i] == '.')
        {
            i++;
            var digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                if (digits == 7)
                {
                    return false;
                }

                ticks = (ticks * 10) + (s[i] - '0');
                digits++;
                i++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (; digits < 7; digits++)
            {
                ticks *= 10;
            }
        }

        var offsetMinutes = 0;
        if (i == s.Length - 1 && s[i] is 'Z' or 'z')
        {
            // UTC.
        }
        else if (i == s.Length - 6 && s[i] is '+' or '-' && s[i + 3] == ':'
            && Digits(s, i + 1, 2, out var offsetHours) && Digits(s, i + 4, 2, out var offsetMins) && offsetHours <= 14 && offsetMins <= 59)
        {
            offsetMinutes = ((offsetHours * 60) + offsetMins) * (s[i] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var utcTicks = local.Ticks - (offsetMinutes * TimeSpan.TicksPerMinute);
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(utcTicks, DateTimeKind.Utc);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
