using System.Text;

namespace NewsBot.Core.Digests.Rendering;

/// <summary>Makes feed text safe for Discord: markdown escaped, control characters dropped, trimmed at a word boundary.</summary>
public static class DiscordText
{
    // A backslash before any ASCII punctuation shows it literally; these are the ones that format, link or quote.
    private const string Special = "\\*_~`|<>[]()";

    /// <summary>Escaped and cut to at most <paramref name="max"/> characters (ellipsis when cut).</summary>
    public static string Fit(string text, int max) => Trim(Escape(text), max);

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                sb.Append(c);
                lineStart = true;
                continue;
            }
            if (char.IsControl(c))
                continue;
            if (lineStart && char.IsWhiteSpace(c))
            {
                sb.Append(c);
                continue;
            }
            if (Special.Contains(c) || (lineStart && c is '#' or '-' or '+'))
                sb.Append('\\');
            sb.Append(c);
            lineStart = false;
        }
        return sb.ToString().Trim();
    }

    /// <summary>Cut already-escaped text without leaving a dangling backslash before the ellipsis.</summary>
    public static string Trim(string escaped, int max)
    {
        if (escaped.Length <= max)
            return escaped;
        var cut = TextTrim.ToLength(escaped, max);
        var body = cut[..^1];
        var slashes = body.Length - body.TrimEnd('\\').Length;
        return slashes % 2 == 1 ? body[..^1] + "…" : cut;
    }

    /// <summary>The url when it is an absolute http(s) url no longer than <paramref name="max"/>, else null.</summary>
    public static string? WebUrl(string? url, int max)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > max)
            return null;
        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri.Length <= max ? uri.AbsoluteUri : null
            : null;
    }
}
