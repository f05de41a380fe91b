using System.Xml;
using NewsBot.Core.Feeds.Dates;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>Small readers shared by the XML formats: dates, media/enclosure elements, integers.</summary>
internal static class Elements
{
    public static DateTimeOffset? ReadDate(XmlReader r, FeedBuilder feed)
    {
        // The fast reader hands over the text without making a string of it.
        var date = r is Fast.Utf8XmlReader fast && fast.TryReadTextContent(out ReadOnlySpan<char> chars)
            ? FeedDate.Parse(chars, out var problem)
            : FeedDate.Parse(XmlContent.ReadText(r), out problem);
        if (problem is not null)
            feed.Problem(problem);
        return date;
    }

    public static int? ReadInt(XmlReader r) =>
        int.TryParse(XmlContent.ReadText(r), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : null;

    /// <summary>Media RSS and iTunes elements an item may carry (images, enclosures, categories). Returns false when the element is not one.</summary>
    public static bool TryReadMedia(XmlReader r, EntryBuilder e, Uri? baseUri)
    {
        var ns = r.NamespaceURI;
        if (Ns.IsMedia(ns))
        {
            switch (r.LocalName)
            {
                case "content":
                    var url = XmlBase.Resolve(baseUri, r.GetAttribute("url"));
                    var type = r.GetAttribute("type");
                    var medium = r.GetAttribute("medium");
                    if (type is null && medium == "image") type = "image/*";
                    e.AddEnclosure(url, type, r.GetAttribute("fileSize"));
                    ReadMediaChildren(r, e, baseUri);
                    return true;
                case "thumbnail":
                    e.ImageUrl ??= XmlBase.Resolve(baseUri, r.GetAttribute("url"));
                    r.Skip();
                    return true;
                case "group":
                    ReadMediaChildren(r, e, baseUri);
                    return true;
                case "category":
                    e.AddCategory(XmlContent.ReadText(r));
                    return true;
                case "title":
                    First.Keep(ref e.MediaTitle, AtomTextLike(r));
                    return true;
                case "description":
                    First.Keep(ref e.MediaDescription, XmlContent.NullIfEmpty(r.GetAttribute("type") == "html" ? XmlContent.ReadMarkup(r) : XmlContent.TextAsHtml(XmlContent.ReadText(r))));
                    return true;
                default:
                    r.Skip();
                    return true;
            }
        }
        if (Ns.IsITunes(ns))
        {
            switch (r.LocalName)
            {
                case "image":
                    var href = r.GetAttribute("href") ?? r.GetAttribute("url");
                    if (href is null) href = XmlContent.ReadText(r);
                    else r.Skip();
                    First.Keep(ref e.ImageUrl, XmlBase.Resolve(baseUri, XmlContent.NullIfEmpty(href)));
                    return true;
                case "link" when r.GetAttribute("rel") == "image":
                    First.Keep(ref e.ImageUrl, XmlBase.Resolve(baseUri, r.GetAttribute("href")));
                    r.Skip();
                    return true;
                case "summary":
                    First.Keep(ref e.MediaDescription, XmlContent.NullIfEmpty(XmlContent.TextAsHtml(XmlContent.ReadText(r))));
                    return true;
                case "author":
                    First.Keep(ref e.Author, XmlContent.PlainText(XmlContent.ReadText(r)));
                    return true;
                case "category":
                    ReadITunesCategory(r, e);
                    return true;
                case "keywords":
                    foreach (var k in XmlContent.ReadText(r).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                        e.AddCategory(k);
                    return true;
                default:
                    r.Skip();
                    return true;
            }
        }
        return false;
    }

    private static string? AtomTextLike(XmlReader r) =>
        r.GetAttribute("type") == "html" ? XmlContent.PlainText(XmlContent.ReadMarkup(r)) : XmlContent.NullIfEmpty(XmlContent.ReadText(r));

    private static void ReadITunesCategory(XmlReader r, EntryBuilder e)
    {
        e.AddCategory(r.GetAttribute("text"));
        XmlWalk.ForEachChild(r, e, static (c, entry) =>
        {
            if (c.LocalName == "category")
                ReadITunesCategory(c, entry);
            else
                c.Read();
        });
    }

    private static void ReadMediaChildren(XmlReader r, EntryBuilder e, Uri? baseUri) =>
        XmlWalk.ForEachChild(r, (e, baseUri), static (c, s) =>
        {
            if (!TryReadMedia(c, s.e, s.baseUri))
                c.Skip();
        });
}
