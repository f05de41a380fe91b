using System.Globalization;
using System.Text;

namespace NewsBot.Core.Digests.Rendering;

/// <summary>
/// Digests as Telegram HTML (parse_mode HTML): only &lt;b&gt;, &lt;i&gt;, &lt;a href&gt; and &lt;blockquote&gt;, all feed
/// text escaped, only http(s) links. Results are split into messages within Telegram's 4,096 visible characters.
/// </summary>
public static class TelegramHtmlRenderer
{
    /// <summary>One digest as a single HTML fragment (may be longer than one message; see <see cref="RenderMessages"/>).</summary>
    public static string Render(Digest digest)
    {
        var sb = new StringBuilder();
        sb.Append("<b>").Append(TelegramHtml.Escape(OneLine(digest.Headline))).Append("</b>\n");
        sb.Append("<i>").Append(TelegramHtml.Escape(Source(digest))).Append("</i>");
        if (digest.Summary.Trim().Length > 0)
            sb.Append("\n\n").Append(TelegramHtml.Escape(digest.Summary.Trim()));
        foreach (var quote in digest.Quotes)
        {
            sb.Append("\n\n<blockquote>“").Append(TelegramHtml.Escape(OneLine(quote.Text))).Append('”');
            if (!string.IsNullOrWhiteSpace(quote.Speaker))
                sb.Append("\n— ").Append(TelegramHtml.Escape(OneLine(quote.Speaker)));
            sb.Append("</blockquote>");
        }
        if (digest.AlsoReportedBy.Count > 0)
            sb.Append("\n\n<i>Also reported by ").Append(TelegramHtml.Escape(string.Join(", ", digest.AlsoReportedBy))).Append("</i>");
        if (TelegramHtml.SafeHref(digest.Link) is { } href)
            sb.Append("\n<a href=\"").Append(href).Append("\">Read at ").Append(TelegramHtml.Escape(OneLine(digest.Outlet))).Append("</a>");
        return sb.ToString();
    }

    /// <summary>
    /// The messages for a post: plain text alone, one digest, or a roll-up (heading then digests), each message within
    /// <paramref name="limit"/> visible characters; digests stay whole where they fit.
    /// </summary>
    public static IReadOnlyList<string> RenderMessages(string? text, IReadOnlyList<Digest> digests, int limit = TelegramHtml.MaxMessageLength)
    {
        var sections = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
            sections.Add(digests.Count > 0 ? "<b>" + TelegramHtml.Escape(OneLine(text.Trim())) + "</b>" : TelegramHtml.Escape(text.Trim()));
        sections.AddRange(digests.Select(Render));
        return TelegramHtmlSplitter.Pack(sections, limit);
    }

    /// <summary>The link to preview: the only digest's article, when it is an http(s) URL.</summary>
    public static string? PreviewUrl(IReadOnlyList<Digest> digests) =>
        digests.Count == 1 && TelegramHtml.SafeHref(digests[0].Link) is not null ? new Uri(digests[0].Link!.Trim()).AbsoluteUri : null;

    private static string Source(Digest digest)
    {
        var source = OneLine(digest.Outlet);
        if (digest.Published is { } p)
            source += " · " + p.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return source;
    }

    private static string OneLine(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        return sb.ToString().Trim();
    }
}
