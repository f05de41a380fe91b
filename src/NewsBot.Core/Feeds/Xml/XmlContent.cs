using System.Net;
using System.Text;
using System.Xml;
using NewsBot.Core.Text;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// Reads an element's content as text or as HTML. Each call leaves the reader on the element's end tag (the
/// callers' loops step over it), so a value is kept even when the document breaks off right after it.
/// </summary>
internal static class XmlContent
{
    private static readonly System.Buffers.SearchValues<char> PlainTextSpecials = System.Buffers.SearchValues.Create("<&\n\r\t");

    /// <summary>The text of the element and its descendants (like innerText), trimmed.</summary>
    public static string ReadText(XmlReader r)
    {
        if (TryReadSimple(r, out var simple))
            return simple;
        var depth = r.Depth;
        string? single = null;
        StringBuilder? sb = null;
        while (r.Read() && r.Depth > depth)
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                Append(ref single, ref sb, r.Value);
        }
        return (sb?.ToString() ?? single ?? "").Trim();
    }

    /// <summary>The element's content as HTML: text (already entity-decoded, so escaped HTML becomes markup) plus child elements as markup.</summary>
    public static string ReadMarkup(XmlReader r)
    {
        if (TryReadSimple(r, out var simple))
            return simple;
        var depth = r.Depth;
        string? single = null;
        StringBuilder? sb = null;
        r.Read();
        while (!r.EOF && r.Depth > depth)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Append(ref single, ref sb, r.Value);
                    r.Read();
                    break;
                case XmlNodeType.Element:
                    Append(ref single, ref sb, CleanNamespaces(r.ReadOuterXml()));
                    break;
                default:
                    r.Read();
                    break;
            }
        }
        return (sb?.ToString() ?? single ?? "").Trim();
    }

    /// <summary>
    /// What ReadText and ReadMarkup both read in one step: content that is only text, taken by the fast reader at
    /// once, and an empty element. The reader is left as they leave it.
    /// </summary>
    private static bool TryReadSimple(XmlReader r, out string value)
    {
        if (r is Fast.Utf8XmlReader fast && fast.TryReadTextContent(out string text))
        {
            value = text.Trim();
            return true;
        }
        value = "";
        if (!r.IsEmptyElement)
            return false;
        r.Read();
        return true;
    }

    /// <summary>XHTML content (Atom type="xhtml"): the inner markup of the wrapping div, or all children when there is no div.</summary>
    public static string ReadXhtml(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return "";
        }
        var depth = r.Depth;
        r.Read();
        var sb = new StringBuilder();
        var sawDiv = false;
        while (!r.EOF && r.Depth > depth)
        {
            if (r.NodeType == XmlNodeType.Element && !sawDiv && r.LocalName == "div" && sb.ToString().Trim().Length == 0)
            {
                sawDiv = true;
                sb.Clear().Append(CleanNamespaces(r.ReadInnerXml()));
            }
            else if (r.NodeType == XmlNodeType.Element)
                sb.Append(CleanNamespaces(r.ReadOuterXml()));
            else
            {
                if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                    sb.Append(WebUtility.HtmlEncode(r.Value));
                else if (r.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                    sb.Append(r.Value);
                r.Read();
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>A title or name as plain text: HTML decoded to text when the value carries markup or entities.</summary>
    public static string? PlainText(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        // The common case, one search: no markup, no reference, no line break or tab.
        if (value.AsSpan().IndexOfAny(PlainTextSpecials) < 0)
        {
            var trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }
        string text;
        if (value.Contains('<'))
            text = Html.ToText(value);
        else
            text = (HasEntity(value) ? WebUtility.HtmlDecode(value) : value).Trim();
        if (text.AsSpan().IndexOfAny('\n', '\r', '\t') >= 0)
            text = string.Join(' ', text.Split(['\n', '\r', '\t'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }

    /// <summary>True when an '&amp;' starts something like an entity reference (&amp;name; or &amp;#N;).</summary>
    private static bool HasEntity(string value)
    {
        for (var i = value.IndexOf('&'); i >= 0 && i + 2 < value.Length; i = value.IndexOf('&', i + 1))
        {
            var c = value[i + 1];
            if ((c == '#' || char.IsAsciiLetter(c)) && value.AsSpan(i + 2, Math.Min(32, value.Length - i - 2)).Contains(';'))
                return true;
        }
        return false;
    }

    /// <summary>Plain text made safe to use as HTML (Atom type="text" summaries).</summary>
    public static string TextAsHtml(string text) => text.AsSpan().IndexOfAny('<', '&', '>') >= 0 ? WebUtility.HtmlEncode(text) : text;

    public static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static void Append(ref string? single, ref StringBuilder? sb, string value)
    {
        if (sb is not null)
            sb.Append(value);
        else if (single is null)
            single = value;
        else
            sb = new StringBuilder(single).Append(value);
    }

    private static string CleanNamespaces(string markup) =>
        markup.Contains("xmlns", StringComparison.Ordinal)
            ? markup.Replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "", StringComparison.Ordinal)
            : markup;
}
