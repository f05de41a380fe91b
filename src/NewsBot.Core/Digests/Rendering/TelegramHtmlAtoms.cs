using System.Net;

namespace NewsBot.Core.Digests.Rendering;

public enum HtmlAtomKind { Text, OpenTag, CloseTag }

/// <summary>
/// One indivisible piece of well-formed Telegram HTML: a tag, an entity, a surrogate pair or one character.
/// Raw is the slice of the source; Visible is how many UTF-16 units Telegram counts for it.
/// </summary>
public readonly record struct HtmlAtom(HtmlAtomKind Kind, string Raw, int Visible, string TagName);

/// <summary>Reads HTML we produced (escaped text plus simple tags) as atoms; never throws on odd input.</summary>
public static class TelegramHtmlAtoms
{
    public static IEnumerable<HtmlAtom> Read(string html)
    {
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i + 1);
                if (end > i)
                {
                    var raw = html[i..(end + 1)];
                    var closing = raw.Length > 2 && raw[1] == '/';
                    var name = TagName(raw, closing ? 2 : 1);
                    if (name.Length > 0)
                    {
                        yield return new HtmlAtom(closing ? HtmlAtomKind.CloseTag : HtmlAtomKind.OpenTag, raw, 0, name);
                        i = end + 1;
                        continue;
                    }
                }
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i + 1);
                if (end > i && end - i <= 10)
                {
                    var raw = html[i..(end + 1)];
                    var decoded = WebUtility.HtmlDecode(raw);
                    if (decoded != raw)
                    {
                        yield return new HtmlAtom(HtmlAtomKind.Text, raw, decoded.Length, "");
                        i = end + 1;
                        continue;
                    }
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            {
                yield return new HtmlAtom(HtmlAtomKind.Text, html.Substring(i, 2), 2, "");
                i += 2;
                continue;
            }
            yield return new HtmlAtom(HtmlAtomKind.Text, c.ToString(), 1, "");
            i++;
        }
    }

    private static string TagName(string raw, int start)
    {
        var end = start;
        while (end < raw.Length && (char.IsAsciiLetterOrDigit(raw[end]) || raw[end] == '-'))
            end++;
        return raw[start..end].ToLowerInvariant();
    }
}
