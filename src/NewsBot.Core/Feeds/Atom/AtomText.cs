using System.Text;
using System.Xml;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Atom;

/// <summary>Atom text constructs (type="text|html|xhtml" in 1.0, MIME types and mode="xml|escaped|base64" in 0.3).</summary>
internal static class AtomText
{
    private enum Kind { Text, Html, Xhtml }

    /// <summary>The construct as HTML (summary, content): plain text is escaped, HTML kept, XHTML serialized.</summary>
    public static string? ReadHtml(XmlReader r)
    {
        var (kind, base64) = KindOf(r);
        if (base64)
        {
            var decoded = DecodeBase64(XmlContent.ReadText(r));
            return XmlContent.NullIfEmpty(kind == Kind.Text ? XmlContent.TextAsHtml(decoded) : decoded);
        }
        var value = kind switch
        {
            Kind.Xhtml => XmlContent.ReadXhtml(r),
            Kind.Html => XmlContent.ReadMarkup(r),
            _ => XmlContent.TextAsHtml(XmlContent.ReadText(r)),
        };
        return XmlContent.NullIfEmpty(value);
    }

    /// <summary>The construct as plain text (titles, names).</summary>
    public static string? ReadPlain(XmlReader r)
    {
        var (kind, base64) = KindOf(r);
        if (base64)
        {
            var decoded = DecodeBase64(XmlContent.ReadText(r));
            return kind == Kind.Text ? XmlContent.NullIfEmpty(decoded.Trim()) : XmlContent.PlainText(decoded);
        }
        return kind switch
        {
            Kind.Xhtml => XmlContent.PlainText(XmlContent.ReadXhtml(r)),
            Kind.Html => XmlContent.PlainText(XmlContent.ReadMarkup(r)),
            _ => XmlContent.NullIfEmpty(XmlContent.ReadText(r)),
        };
    }

    private static (Kind Kind, bool Base64) KindOf(XmlReader r)
    {
        var type = r.HasAttributes ? r.GetAttribute("type") : null;
        var mode = r.HasAttributes ? r.GetAttribute("mode") : null;
        var t = type?.Trim() ?? "";
        var kind =
            t.Length == 0 || Is(t, "text") || Is(t, "text/plain") ? (mode is "escaped" ? Kind.Html : Kind.Text)
            : Is(t, "html") || Is(t, "text/html") ? Kind.Html
            : Is(t, "xhtml") || Is(t, "application/xhtml+xml") ? Kind.Xhtml
            : t.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || t.EndsWith("/xml", StringComparison.OrdinalIgnoreCase) ? Kind.Xhtml
            : Kind.Text;
        if (mode is "escaped" && kind == Kind.Xhtml) kind = Kind.Html;
        // Atom 1.0: any other MIME type that is not text/* carries base64; Atom 0.3 says so with mode="base64".
        var base64 = mode is "base64" || (mode is null && t.Contains('/') && !t.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && kind == Kind.Text);
        return (kind, base64);
    }

    private static bool Is(string a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);

    private static string DecodeBase64(string s)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(s));
        }
        catch (FormatException)
        {
            return s;
        }
    }
}
