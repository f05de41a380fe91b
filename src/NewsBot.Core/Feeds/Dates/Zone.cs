namespace NewsBot.Core.Feeds.Dates;

/// <summary>A time-zone designator: Z, ±hh, ±hhmm, ±hh:mm, a zone name, or a name with an offset (GMT+2, UTC-05:00).</summary>
internal static class Zone
{
    /// <summary>True when <paramref name="s"/> is a zone. Unknown alphabetic names are accepted, read as UTC and recorded.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, ref DateParts p)
    {
        s = s.Trim().Trim("()");
        if (s.Length == 0)
            return true;
        if (s[0] is '+' or '-')
            return TryOffset(s, out p.OffsetMinutes);
        var letters = 0;
        while (letters < s.Length && char.IsAsciiLetter(s[letters])) letters++;
        if (letters == 0)
            return false;
        var name = s[..letters];
        var rest = s[letters..].Trim();
        int nameOffset;
        if (!TimeZoneNames.TryGetOffset(name, out nameOffset))
        {
            if (rest.Length > 0 || letters > 6)
                return false;
            p.UnknownZone = name.ToString();
            p.OffsetMinutes = 0;
            return true;
        }
        if (rest.Length == 0)
        {
            p.OffsetMinutes = nameOffset;
            return true;
        }
        if (rest[0] is '+' or '-' && TryOffset(rest, out var extra))
        {
            p.OffsetMinutes = nameOffset + extra;
            return true;
        }
        return false;
    }

    public static bool TryOffset(ReadOnlySpan<char> s, out int minutes)
    {
        minutes = 0;
        var sign = s[0] == '-' ? -1 : 1;
        s = s[1..];
        int hours, mins = 0;
        var colon = s.IndexOf(':');
        if (colon >= 0)
        {
            if (!int.TryParse(s[..colon], out hours) || !int.TryParse(s[(colon + 1)..], out mins)) return false;
        }
        else
        {
            foreach (var c in s)
                if (!char.IsAsciiDigit(c)) return false;
            switch (s.Length)
            {
                case 1 or 2: hours = int.Parse(s); break;
                case 3 or 4: hours = int.Parse(s[..^2]); mins = int.Parse(s[^2..]); break;
                default: return false;
            }
        }
        if (hours > 18 || mins > 59) return false;
        minutes = sign * (hours * 60 + mins);
        return true;
    }
}
