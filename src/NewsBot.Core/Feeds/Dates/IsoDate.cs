namespace NewsBot.Core.Feeds.Dates;

/// <summary>ISO 8601 / RFC 3339 / W3CDTF: YYYY[-MM[-DD]][(T| )hh[:mm[:ss[.f]]]][Z|±hh[:mm]|zone], also compact YYYYMMDDThhmmss.</summary>
internal static class IsoDate
{
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
