using System.Collections.Concurrent;
using System.Net;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>HTML named entities (&amp;nbsp;, &amp;eacute;, ...) that XML does not know, as code points.</summary>
internal static class HtmlEntities
{
    private static readonly ConcurrentDictionary<string, int> Cache = new(StringComparer.Ordinal);

    /// <summary>The code point of a named HTML entity, or -1 when the name is not one.</summary>
    public static int CodePoint(string name)
    {
        if (Cache.TryGetValue(name, out var known))
            return known;
        var reference = "&" + name + ";";
        var decoded = WebUtility.HtmlDecode(reference);
        var code = -1;
        if (decoded != reference && decoded.Length > 0)
            code = char.ConvertToUtf32(decoded, 0);
        if (Cache.Count < 4096)
            Cache[name] = code;
        return code;
    }

    /// <summary>Windows-1252 meaning of the C1 controls 0x80-0x9F, which feeds write as &amp;#150; and mean the dash.</summary>
    public static int FromC1(int code)
    {
        ReadOnlySpan<char> map =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
            "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
        return code is >= 0x80 and <= 0x9F ? map[code - 0x80] : code;
    }
}
