namespace NewsBot.Core.Feeds.Dates;

/// <summary>
/// Dates as feeds write them: RFC 822/1123/2822 (with the usual breakage: missing weekday or seconds, two-digit
/// years, full month names, zone names, glued zones), ISO 8601 / RFC 3339 / W3CDTF (also compact and with a
/// space for the 'T'), and asctime. Never throws; an unknown zone is read as UTC and reported.
/// </summary>
public static class FeedDate
{
    /// <summary>The instant, or null when the text is not a date. <paramref name="problem"/> says what was off, if anything.</summary>
    public static DateTimeOffset? Parse(string? value, out string? problem) => Parse(value.AsSpan(), out problem);

    /// <inheritdoc cref="Parse(string?, out string?)"/>
    public static DateTimeOffset? Parse(ReadOnlySpan<char> value, out string? problem)
    {
        problem = null;
        var s = value.Trim();
        if (s.IsEmpty)
            return null;
        if (s.Length > 80)
        {
            problem = $"date: too long to be a date: '{s[..40]}...'";
            return null;
        }
        if (IsoDate.TryParseCanonical(s) is { } canonical)
            return canonical;
        var parts = default(DateParts);
        var ok = IsoDate.TryParse(s, ref parts) || RfcDate.TryParse(s, ref parts);
        if (!ok)
        {
            problem = $"date: could not read '{s}'";
            return null;
        }
        var result = parts.ToDateTimeOffset();
        if (result is null)
        {
            problem = $"date: out of range '{s}'";
            return null;
        }
        if (parts.UnknownZone is not null)
            problem = $"date: unknown time zone '{parts.UnknownZone}' in '{s}', read as UTC";
        return result;
    }
}

/// <summary>Fields collected by the date readers; converted and range-checked in one place.</summary>
internal struct DateParts
{
    public int Year, Month, Day, Hour, Minute, Second;
    public double Fraction;
    public int OffsetMinutes;
    public string? UnknownZone;

    public readonly DateTimeOffset? ToDateTimeOffset()
    {
        if (Year is < 1 or > 9999 || Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(Year, Month))
            return null;
        if (Hour is < 0 or > 24 || Minute is < 0 or > 59 || Second is < 0 or > 61 || Math.Abs(OffsetMinutes) > 18 * 60)
            return null;
        var extraDay = Hour == 24;
        var dt = new DateTime(Year, Month, Day, extraDay ? 0 : Hour, Minute, Math.Min(Second, 59), DateTimeKind.Unspecified);
        var ticks = dt.Ticks + (extraDay ? TimeSpan.TicksPerDay : 0) + (long)(Fraction * TimeSpan.TicksPerSecond)
                    - OffsetMinutes * TimeSpan.TicksPerMinute;
        // At the ends of the calendar (9999-12-31 west of Greenwich) the instant itself is out of range: not a date.
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            return null;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
