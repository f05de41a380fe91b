namespace NewsBot.Core.Feeds.Dates;

/// <summary>ISO 8601 / RFC 3339 / W3CDTF: YYYY[-MM[-DD]][(T| )hh[:mm[:ss[.f]]]][Z|±hh[:mm]|zone], also compact YYYYMMDDThhmmss.</summary>
internal static class IsoDate
{
    /// <summary>
    /// The form nearly every Atom feed writes, read directly: yyyy-MM-ddTHH:mm:ss with Z or ±hh:mm. Null for anything
    /// else (fractions, leap seconds, other layouts), which <see cref="TryParse"/> reads.
    /// </summary>
    public static DateTimeOffset? TryParseCanonical(ReadOnlySpan<char> s)
    {
        if (s.Length is not (20 or 25) || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or 't') || s[13] != ':' || s[16] != ':')
            return null;
        int offset;
        if (s.Length == 20)
        {
            if (s[19] is not ('Z' or 'z'))
                return null;
            offset = 0;
        }
        else
        {
            if (s[19] is not ('+' or '-') || s[22] != ':' || Two(s, 20) is not (>= 0 and <= 18 and var oh) || Two(s, 23) is not (>= 0 and <= 59 and var om))
                return null;
            offset = (s[19] == '-' ? -1 : 1) * (oh * 60 + om);
        }
        int century = Two(s, 0), yy = Two(s, 2);
        if (century < 0 || yy < 0)
            return null;
        var year = century * 100 + yy;
        int month = Two(s, 5), day = Two(s, 8), hour = Two(s, 11), minute = Two(s, 14), second = Two(s, 17);
        // The first and last years are left to the general reader, which knows what to do at the ends of the range.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23
            || minute is < 0 or > 59 || second is < 0 or > 59 || Math.Abs(offset) > 14 * 60)
            return null;
        var ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks - offset * TimeSpan.TicksPerMinute;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>Two ASCII digits at <paramref name="at"/> as a number, or a negative number when they are not digits.</summary>
    private static int Two(ReadOnlySpan<char> s, int at)
    {
        int a = s[at] - '0', b = s[at + 1] - '0';
        return (uint)a <= 9 && (uint)b <= 9 ? a * 10 + b : -1000;
    }

    public static bool TryParse(ReadOnlySpan<char> s, ref DateParts p)
    {
        var i = 0;
        if (!Digits(s, ref i, 4, out p.Year))
            return false;
        p.Month = 1;
        p.Day = 1;
        var compact = false;
        if (i < s.Length && s[i] == '-')
        {
            i++;
            if (!DigitsFlexible(s, ref i, out p.Month)) return false;
            if (i < s.Length && s[i] == '-')
            {
                i++;
                if (!DigitsFlexible(s, ref i, out p.Day)) return false;
            }
        }
        else if (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            compact = true;
            if (!Digits(s, ref i, 2, out p.Month) || !Digits(s, ref i, 2, out p.Day)) return false;
        }
        if (i < s.Length && (s[i] is 'T' or 't' or ' '))
        {
            i++;
            while (i < s.Length && s[i] == ' ') i++;
            if (!Time(s, ref i, compact, ref p)) return false;
        }
        while (i < s.Length && s[i] == ' ') i++;
        if (i < s.Length && !Zone.TryParse(s[i..], ref p))
            return false;
        return true;
    }

    private static bool Time(ReadOnlySpan<char> s, ref int i, bool compact, ref DateParts p)
    {
        if (!Digits(s, ref i, 2, out p.Hour)) return false;
        var colon = i < s.Length && s[i] == ':';
        if (colon) i++;
        if (colon || (compact && i + 1 < s.Length && char.IsAsciiDigit(s[i])))
        {
            if (!Digits(s, ref i, 2, out p.Minute)) return false;
            var colon2 = i < s.Length && s[i] == ':';
            if (colon2) i++;
            if (colon2 || (!colon && i + 1 < s.Length && char.IsAsciiDigit(s[i])))
            {
                if (!Digits(s, ref i, 2, out p.Second)) return false;
                if (i < s.Length && (s[i] is '.' or ','))
                {
                    i++;
                    var start = i;
                    double scale = 0.1, frac = 0;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        frac += (s[i] - '0') * scale;
                        scale /= 10;
                        i++;
                    }
                    if (i == start) return false;
                    p.Fraction = frac;
                }
            }
        }
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int i, int count, out int value)
    {
        value = 0;
        if (i + count > s.Length) return false;
        for (var k = 0; k < count; k++)
        {
            var c = s[i + k];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        i += count;
        return true;
    }

    /// <summary>One or two digits (some feeds write 2004-1-5).</summary>
    private static bool DigitsFlexible(ReadOnlySpan<char> s, ref int i, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && i - start < 2 && char.IsAsciiDigit(s[i]))
            value = value * 10 + (s[i++] - '0');
        return i > start;
    }
}
