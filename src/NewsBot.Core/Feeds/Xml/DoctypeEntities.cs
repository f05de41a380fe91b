using System.Text.RegularExpressions;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// The harmless part of an internal DTD subset: general entities whose value is plain text (no references
/// to other entities, no markup). Those are substituted once, so a billion-laughs document cannot expand;
/// anything else (external, parameter, nested) is never resolved and its references stay literal text.
/// </summary>
internal static partial class DoctypeEntities
{
    private const int MaxEntities = 64;
    private const int MaxValueLength = 1024;

    public static Dictionary<string, string>? Read(string text, List<string> problems)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var doctype = head.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0)
            return null;
        var root = FirstElement(head, doctype);
        var subset = head[doctype..root];
        if (subset.IndexOf("<!ENTITY", StringComparison.Ordinal) < 0)
            return null;
        Dictionary<string, string>? safe = null;
        var refused = 0;
        foreach (Match m in EntityDecl().Matches(subset.ToString()))
        {
            var name = m.Groups["name"].Value;
            var value = m.Groups["value"].Value;
            var isParameter = m.Groups["pe"].Success;
            var isExternal = m.Groups["ext"].Success;
            if (isParameter || isExternal || value.Length > MaxValueLength || HasReferenceOrMarkup(value)
                || (safe?.Count ?? 0) >= MaxEntities)
            {
                refused++;
                continue;
            }
            safe ??= new Dictionary<string, string>(StringComparer.Ordinal);
            safe.TryAdd(name, value);
        }
        if (refused > 0)
            problems.Add($"xml: {refused} DTD entity declaration(s) not expanded (external, parameter or nested)");
        return safe;
    }

    private static int FirstElement(ReadOnlySpan<char> head, int from)
    {
        var regions = new ProtectedRegions(head.ToString());
        for (var i = head[from..].IndexOf('<'); i >= 0 && from + i < head.Length; )
        {
            var at = from + i;
            if (at + 1 < head.Length && head[at + 1] != '!' && head[at + 1] != '?' && !regions.Contains(at))
                return at;
            var next = head[(at + 1)..].IndexOf('<');
            if (next < 0) break;
            i = at + 1 + next - from;
        }
        return head.Length;
    }

    private static bool HasReferenceOrMarkup(string value)
    {
        if (value.Contains('<') || value.Contains('%'))
            return true;
        for (var i = value.IndexOf('&'); i >= 0; i = value.IndexOf('&', i + 1))
        {
            if (i + 1 >= value.Length || value[i + 1] != '#')
                return true;
        }
        return false;
    }

    [GeneratedRegex("""<!ENTITY\s+(?<pe>%\s+)?(?<name>[A-Za-z_][\w.\-]*)\s+(?:(?<ext>SYSTEM|PUBLIC)\b[^>]*|"(?<value>[^"]*)"|'(?<value>[^']*)')\s*>""")]
    private static partial Regex EntityDecl();
}
