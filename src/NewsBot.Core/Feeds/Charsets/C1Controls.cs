using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Charsets;

/// <summary>
/// C1 control characters (U+0080-U+009F) in feed text are nearly always windows-1252 punctuation that went
/// through a Latin-1 step (smart quotes, dashes); they are mapped to what they meant.
/// </summary>
internal static class C1Controls
{
    public static string AsWindows1252(string text, List<string> problems)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        var count = 0;
        for (var i = first; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                chars[i] = (char)HtmlEntities.FromC1(chars[i]);
                count++;
            }
        }
        problems.Add($"charset: {count} C1 control character(s) read as windows-1252");
        return new string(chars);
    }
}
