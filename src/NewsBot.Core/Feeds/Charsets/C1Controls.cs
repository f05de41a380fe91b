namespace NewsBot.Core.Feeds.Charsets;

/// <summary>
/// C1 control characters (U+0080-U+009F) in feed text are nearly always windows-1252 punctuation that went
/// through a Latin-1 step or was written as &amp;#150;-style references (smart quotes, dashes); they are mapped
/// to what they meant. Applied to the text fields of the result, so it costs one vectorized scan per field.
/// </summary>
internal static class C1Controls
{
    public static string? Fix(string? text, ref int count)
    {
        if (text is null)
            return null;
        var first = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                chars[i] = Windows1252[chars[i] - 0x80];
                count++;
            }
        }
        return new string(chars);
    }

    /// <summary>Windows-1252 meaning of 0x80-0x9F (the five undefined positions stay as they are).</summary>
    private const string Windows1252 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
}
