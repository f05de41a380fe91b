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

}
