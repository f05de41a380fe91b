namespace NewsBot.Core.Articles;

/// <summary>
/// A linear pre-parse check against hostile nesting (thousands of unclosed containers), which makes HTML parsing
/// and Readability scoring superlinear. Counts opening minus closing container tags; tags that close themselves
/// (p, li, td ...) are not counted, so sloppy but honest markup passes.
/// </summary>
public static class NestingGuard
{
    private static readonly string[] Containers = ["div", "section", "article", "span", "table", "ul", "ol", "blockquote", "main", "aside", "header", "footer", "nav", "font", "b", "i", "em", "strong", "a"];

    /// <summary>True when the container tags of <paramref name="html"/> open deeper than <paramref name="limit"/> at some point.</summary>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
                end++;
            if (end > start && IsContainer(html.AsSpan(start, end - start)))
            {
                depth += closing ? -1 : 1;
                if (depth > limit)
                    return true;
                depth = Math.Max(depth, 0);
            }
            i = html.IndexOf('<', end);
        }
        return false;
    }

    private static bool IsContainer(ReadOnlySpan<char> name)
    {
        foreach (var container in Containers)
        {
            if (name.Equals(container, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
