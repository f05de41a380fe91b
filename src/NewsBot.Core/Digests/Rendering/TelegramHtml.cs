using System.Net;
using System.Text;

namespace NewsBot.Core.Digests.Rendering;

/// <summary>Telegram HTML parse mode basics: escaping, safe links, and the visible length Telegram counts.</summary>
public static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's text after entity parsing, in UTF-16 code units.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Escapes &amp; &lt; &gt; and " so feed text can never open a tag or an entity.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default:
                    // Control characters other than line breaks and tabs are dropped: Telegram rejects or mangles them.
                    if (!char.IsControl(c) || c is '\n' or '\t')
                        sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The link as an escaped href value, or null unless it is an absolute http(s) URL.</summary>
    public static string? SafeHref(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri))
            return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return null;
        return Escape(uri.AbsoluteUri);
    }

    /// <summary>Visible length in UTF-16 units: tags count 0, an entity counts as the text it stands for.</summary>
    public static int VisibleLength(string html)
    {
        var length = 0;
        foreach (var atom in TelegramHtmlAtoms.Read(html))
            length += atom.Visible;
        return length;
    }

    /// <summary>The text a reader sees: tags removed, entities decoded.</summary>
    public static string ToPlain(string html)
    {
        var sb = new StringBuilder(html.Length);
        foreach (var atom in TelegramHtmlAtoms.Read(html))
        {
            if (atom.Kind == HtmlAtomKind.Text)
                sb.Append(atom.Raw[0] == '&' ? WebUtility.HtmlDecode(atom.Raw) : atom.Raw);
        }
        return sb.ToString();
    }
}
