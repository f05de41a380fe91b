using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>Turns feed HTML into plain text: tags dropped, block ends as line breaks, entities decoded.</summary>
public static partial class Html
{
    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0)
            return html.Trim();
        var s = ScriptOrStyle().Replace(html, " ");
        s = BlockEnd().Replace(s, "\n");
        s = Tag().Replace(s, "");
        s = WebUtility.HtmlDecode(s);
        var sb = new StringBuilder(s.Length);
        foreach (var line in s.Split('\n'))
        {
            var l = Spaces().Replace(line, " ").Trim();
            if (l.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(l);
        }
        return sb.ToString();
    }

    /// <summary>Drops script and style elements (a title that still carries one is hostile, not news).</summary>
    public static string RemoveScripts(string text) =>
        text.IndexOf('<') < 0 ? text : ScriptOrStyle().Replace(text, " ");

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<(br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\u00A0]+")]
    private static partial Regex Spaces();
}
