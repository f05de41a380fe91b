namespace NewsBot.Core.Feeds.Dates;

/// <summary>
/// RFC 822/1123/2822 and the loose variants around them, read token by token: weekday (ignored), day,
/// month name, year (2 or 4 digits), time with optional AM/PM, and a zone (name, military letter or offset).
/// Also "01-Jan-2004", asctime ("Thu Jan 1 19:48:21 2004") and numeric "2004/01/01 10:00".
/// </summary>
internal static class RfcDate
{

    public static bool TryParse(ReadOnlySpan<char> s, ref DateParts p)
    {
        if (TryCanonical(s, ref p))
            return true;
        p = default;
        Span<int> numbers = stackalloc int[4];
        Span<int> widths = stackalloc int[4];
        var count = 0;
        var haveTime = false;
        var haveZone = false;
        var pm = 0;
        var separator = ' ';
        p.Month = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is ' ' or ',' or '\t' or '(' or ')' or '-' or '/' or '.')
            {
                // '-' right after the time (or after a zone name) starts an offset.
                if (c == '-' && haveTime && !haveZone && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                {
                    var end = TokenEnd(s, i + 1);
                    if (!Zone.TryOffset(s[i..end], out p.OffsetMinutes)) return false;
                    haveZone = true;
                    i = end;
                    continue;
                }
                if (c is '-' or '/' or '.') separator = c;
                i++;
                continue;
            }
            var tokenEnd = TokenEnd(s, i);
            var token = s[i..tokenEnd];
            if (c == '+')
            {
                if (!Zone.TryOffset(token, out p.OffsetMinutes)) return false;
                haveZone = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                var colon = token.IndexOf(':');
                if (colon > 0 && !haveTime)
                {
                    if (!ReadTime(token, ref p, ref haveZone)) return false;
                    haveTime = true;
                }
                else
                {
                    var digits = 0;
                    while (digits < token.Length && char.IsAsciiDigit(token[digits])) digits++;
                    if (count >= numbers.Length || digits > 4) return false;
                    numbers[count] = int.Parse(token[..digits], System.Globalization.CultureInfo.InvariantCulture);
                    widths[count++] = digits;
                    var suffix = token[digits..];
                    if (!(suffix.Length == 0 || suffix is "st" or "nd" or "rd" or "th")) return false;
                }
            }
            else if (char.IsAsciiLetter(c))
            {
                if (!ReadWord(s, ref tokenEnd, token, ref p, ref pm, ref haveZone, haveTime))
                    return false;
            }
            else
            {
                return false;
            }
            i = tokenEnd;
        }
        if (!AssignDate(numbers[..count], widths[..count], separator, ref p))
            return false;
        if (pm == 1 && p.Hour < 12) p.Hour += 12;
        if (pm == -1 && p.Hour == 12) p.Hour = 0;
        return true;
    }

    /// <summary>The exact RFC 1123 shape most feeds use, "Thu, 01 Jan 2004 19:48:21 GMT" or "... +0100", without tokenizing.</summary>
    private static bool TryCanonical(ReadOnlySpan<char> s, ref DateParts p)
    {
        if (s.Length < 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' || s[19] != ':' || s[22] != ':' || s[25] != ' ')
            return false;
        if (!char.IsAsciiLetter(s[8]) || !char.IsAsciiLetter(s[9]) || !char.IsAsciiLetter(s[10]))
            return false;
        var month = MonthOf(Key(s.Slice(8, 3)));
        if (month < 0 || !TwoDigits(s, 5, out p.Day) || !TwoDigits(s, 12, out var century) || !TwoDigits(s, 14, out var year)
            || !TwoDigits(s, 17, out p.Hour) || !TwoDigits(s, 20, out p.Minute) || !TwoDigits(s, 23, out p.Second))
            return false;
        p.Month = month + 1;
        p.Year = century * 100 + year;
        return Zone.TryParse(s[26..], ref p);
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, int at, out int value)
    {
        value = (s[at] - '0') * 10 + (s[at + 1] - '0');
        return char.IsAsciiDigit(s[at]) && char.IsAsciiDigit(s[at + 1]);
    }

    private static bool ReadWord(ReadOnlySpan<char> s, ref int tokenEnd, ReadOnlySpan<char> token, ref DateParts p, ref int pm, ref bool haveZone, bool haveTime)
    {
        var letters = 0;
        while (letters < token.Length && char.IsAsciiLetter(token[letters])) letters++;
        var word = token[..letters];
        if (letters == token.Length && word.Length >= 3)
        {
            var key = Key(word);
            var month = MonthOf(key);
            if (month >= 0 && p.Month == 0 && IsMonthName(word, month))
            {
                p.Month = month + 1;
                return true;
            }
            if (IsWeekday(key) && !haveTime)
                return true;
        }
        if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            pm = char.ToLowerInvariant(word[0]) == 'p' ? 1 : -1;
            return true;
        }
        if (word.Equals("at", StringComparison.OrdinalIgnoreCase))
            return true;
        if (haveZone)
            return TimeZoneNames.TryGetOffset(word, out _) || word.Length <= 5;
        // A zone name, possibly with an offset after it: "GMT+2", "UTC -05:00", "EST".
        var end = tokenEnd;
        if (letters == token.Length && end + 1 < s.Length && s[end] == ' ' && (s[end + 1] is '+' or '-') && TimeZoneNames.TryGetOffset(word, out _))
            end = TokenEnd(s, end + 1);
        var zoneText = s[(tokenEnd - token.Length)..end];
        if (!Zone.TryParse(zoneText, ref p))
            return false;
        tokenEnd = end;
        haveZone = true;
        return true;
    }

    private static bool IsMonthName(ReadOnlySpan<char> word, int month) =>
        word.Length == 3 || (word.Length == 4 && month == 8) || FullMonthNames[month].StartsWith(word.ToString().ToLowerInvariant(), StringComparison.Ordinal);

    private static readonly string[] FullMonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first three letters, lower-cased, packed into one number for a switch.</summary>
    private static int Key(ReadOnlySpan<char> word) =>
        (char.ToLowerInvariant(word[0]) << 16) | (char.ToLowerInvariant(word[1]) << 8) | char.ToLowerInvariant(word[2]);

    private static int K(string s) => (s[0] << 16) | (s[1] << 8) | s[2];

    private static readonly int[] MonthKeys = [.. FullMonthNames.Select(K)];
    private static readonly int[] WeekdayKeys = [K("mon"), K("tue"), K("wed"), K("thu"), K("fri"), K("sat"), K("sun")];

    private static int MonthOf(int key) => Array.IndexOf(MonthKeys, key);

    private static bool IsWeekday(int key) => Array.IndexOf(WeekdayKeys, key) >= 0;

    private static bool ReadTime(ReadOnlySpan<char> token, ref DateParts p, ref bool haveZone)
    {
        var i = 0;
        if (!Number(token, ref i, 2, out p.Hour)) return false;
        if (i >= token.Length || token[i] != ':') return false;
        i++;
        if (!Number(token, ref i, 2, out p.Minute)) return false;
        if (i < token.Length && token[i] == ':')
        {
            i++;
            if (!Number(token, ref i, 2, out p.Second)) return false;
            if (i < token.Length && token[i] == '.')
            {
                i++;
                while (i < token.Length && char.IsAsciiDigit(token[i])) i++;
            }
        }
        if (i < token.Length)
        {
            if (!Zone.TryParse(token[i..], ref p)) return false;
            haveZone = true;
        }
        return true;
    }

    private static bool Number(ReadOnlySpan<char> s, ref int i, int maxDigits, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && i - start < maxDigits && char.IsAsciiDigit(s[i]))
            value = value * 10 + (s[i++] - '0');
        return i > start;
    }

    private static bool AssignDate(ReadOnlySpan<int> n, ReadOnlySpan<int> w, char separator, ref DateParts p)
    {
        if (p.Month != 0)
        {
            if (n.Length != 2) return false;
            var yearFirst = w[0] >= 3 || n[0] > 31;
            p.Year = FullYear(yearFirst ? n[0] : n[1], yearFirst ? w[0] : w[1]);
            p.Day = yearFirst ? n[1] : n[0];
            return true;
        }
        if (n.Length != 3) return false;
        if (w[0] == 4)
        {
            (p.Year, p.Month, p.Day) = (n[0], n[1], n[2]);
            return true;
        }
        var dayFirst = n[0] > 12 || (separator != '/' && n[1] <= 12);
        (p.Day, p.Month) = dayFirst ? (n[0], n[1]) : (n[1], n[0]);
        p.Year = FullYear(n[2], w[2]);
        return true;
    }

    private static int FullYear(int year, int width) => width switch
    {
        <= 2 => year < 50 ? 2000 + year : 1900 + year,
        3 => 1900 + year,
        _ => year,
    };

    private static int TokenEnd(ReadOnlySpan<char> s, int i)
    {
        var j = i + 1;
        while (j < s.Length && s[j] is not (' ' or ',' or '\t' or '(' or ')' or '/'))
        {
            // A '-' or '.' inside a token ends it unless it belongs to a time/offset ("10:00:00-05:00", "10:00:00.5").
            if (s[j] is '-' or '.' && !s[i..j].Contains(':') && s[i] != '+' && s[i] != '-')
                break;
            j++;
        }
        return j;
    }
}
