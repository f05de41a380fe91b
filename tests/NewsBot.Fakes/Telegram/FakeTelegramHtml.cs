using System.Net;
using System.Text;

namespace NewsBot.Fakes.Telegram;

/// <summary>
/// Checks text the way Telegram's HTML parse mode does (strictly): supported tags only, balanced, every &lt; and
/// &amp; part of a tag or entity. Returns the visible text, or the "can't parse entities" reason.
/// </summary>
public static class FakeTelegramHtml
{
    private static readonly HashSet<string> Supported =
    [
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji", "tg-time",
    ];

    public static (string? Plain, string? Error) Parse(string text)
    {
        var plain = new StringBuilder(text.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                var end = text.IndexOf('>', i + 1);
                if (end < 0)
                    return (null, $"Unclosed start tag at byte offset {Offset(text, i)}");
                var inner = text[(i + 1)..end];
                if (inner.StartsWith('/'))
                {
                    var name = Name(inner[1..]);
                    if (open.Count == 0)
                        return (null, $"Unexpected end tag at byte offset {Offset(text, i)}");
                    if (open.Peek() != name)
                        return (null, $"Unmatched end tag at byte offset {Offset(text, i)}, expected \"</{open.Peek()}>\", found \"</{name}>\"");
                    open.Pop();
                }
                else
                {
                    var name = Name(inner);
                    if (!Supported.Contains(name))
                        return (null, $"Unsupported start tag \"{name}\" at byte offset {Offset(text, i)}");
                    open.Push(name);
                }
                i = end + 1;
                continue;
            }
            if (c == '&')
            {
                var end = text.IndexOf(';', i + 1);
                var entity = end > i && end - i <= 10 ? text[i..(end + 1)] : null;
                var decoded = entity is null ? null : Decode(entity);
                if (decoded is null)
                    return (null, $"Unsupported HTML entity at byte offset {Offset(text, i)}");
                plain.Append(decoded);
                i = end + 1;
                continue;
            }
            plain.Append(c);
            i++;
        }
        if (open.Count > 0)
            return (null, $"Can't find end tag corresponding to start tag \"{open.Peek()}\"");
        return (plain.ToString(), null);
    }

    private static string? Decode(string entity)
    {
        if (entity is "&lt;" or "&gt;" or "&amp;" or "&quot;")
            return WebUtility.HtmlDecode(entity);
        if (entity.Length > 3 && entity[1] == '#')
        {
            var decoded = WebUtility.HtmlDecode(entity);
            return decoded == entity ? null : decoded;
        }
        return null;
    }

    private static string Name(string inner)
    {
        var end = 0;
        while (end < inner.Length && (char.IsAsciiLetterOrDigit(inner[end]) || inner[end] == '-'))
            end++;
        return inner[..end].ToLowerInvariant();
    }

    private static int Offset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));
}
