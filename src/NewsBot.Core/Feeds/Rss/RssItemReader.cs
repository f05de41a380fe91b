using System.Xml;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Rss;

/// <summary>An RSS 0.9x/1.0/2.0 &lt;item&gt; (the RDF flavour shares it) into an entry.</summary>
internal static class RssItemReader
{
    public static void Read(XmlReader r, FeedBuilder feed, Uri? parentBase)
    {
        var baseUri = XmlBase.Of(r, parentBase);
        var e = feed.StartEntry();
        var about = r.HasAttributes ? r.GetAttribute("about", Ns.Rdf) : null;
        string? permalink = null;
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && r.Depth > depth)
        {
            if (r.NodeType != XmlNodeType.Element)
            {
                r.Read();
                continue;
            }
            var ns = r.NamespaceURI;
            if (Ns.IsRss(ns, feed))
                ReadRssChild(r, r.LocalName, feed, e, baseUri, ref permalink);
            else if (ns == Ns.Dc)
                ReadDublinCore(r, feed, e);
            else if (ns == Ns.DcTerms)
            {
                switch (r.LocalName)
                {
                    case "issued": First.Keep(ref e.Published, Elements.ReadDate(r, feed)); break;
                    case "modified": e.Updated = Elements.ReadDate(r, feed) ?? e.Updated; break;
                    default: r.Skip(); break;
                }
            }
            else if (ns == Ns.Content && r.LocalName == "encoded")
                e.Content = XmlContent.NullIfEmpty(XmlContent.ReadMarkup(r)) ?? e.Content;
            else if (ns == Ns.Xhtml && r.LocalName == "body")
                First.Keep(ref e.Content, XmlContent.NullIfEmpty(XmlContent.ReadMarkup(r)));
            else if (Ns.IsAtom(ns))
                ReadAtomChild(r, e, baseUri);
            else if (!Elements.TryReadMedia(r, e, baseUri))
                r.Skip();
        }
        if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth)
            r.Read();
        e.Link ??= permalink;
        e.Id ??= XmlContent.NullIfEmpty(about);
        feed.FinishEntry();
    }

    private static void ReadRssChild(XmlReader r, string name, FeedBuilder feed, EntryBuilder e, Uri? baseUri, ref string? permalink)
    {
        switch (name)
        {
            case "title":
                First.Keep(ref e.Title, XmlContent.PlainText(XmlContent.ReadMarkup(r)));
                break;
            case "link":
                First.Keep(ref e.Link, XmlBase.Resolve(baseUri, XmlContent.NullIfEmpty(XmlContent.ReadText(r))));
                break;
            case "guid":
                var isPermaLink = r.GetAttribute("isPermaLink");
                var guid = XmlContent.NullIfEmpty(XmlContent.ReadText(r));
                if (guid is null) break;
                e.Id ??= guid;
                if (!string.Equals(isPermaLink, "false", StringComparison.OrdinalIgnoreCase) && LooksLikeUrl(guid))
                    permalink ??= XmlBase.Resolve(baseUri, guid);
                break;
            case "description":
                First.Keep(ref e.Summary, XmlContent.NullIfEmpty(XmlContent.ReadMarkup(r)));
                break;
            case "author":
                First.Keep(ref e.Author, XmlContent.PlainText(XmlContent.ReadText(r)));
                break;
            case "pubDate" or "pubdate":
                First.Keep(ref e.Published, Elements.ReadDate(r, feed));
                break;
            case "category":
                e.AddCategory(XmlContent.ReadText(r));
                break;
            case "enclosure":
                e.AddEnclosure(XmlBase.Resolve(baseUri, r.GetAttribute("url")), r.GetAttribute("type"), r.GetAttribute("length"));
                r.Skip();
                break;
            case "body" or "fullitem":
                First.Keep(ref e.Content, XmlContent.NullIfEmpty(XmlContent.ReadMarkup(r)));
                break;
            default:
                if (Ns.LowerIfMixed(name) is { } lower)
                    ReadRssChild(r, lower, feed, e, baseUri, ref permalink);
                else
                    r.Skip();
                break;
        }
    }

    private static void ReadDublinCore(XmlReader r, FeedBuilder feed, EntryBuilder e)
    {
        switch (r.LocalName)
        {
            case "creator" or "author" or "contributor":
                First.Keep(ref e.Author, XmlContent.PlainText(XmlContent.ReadText(r)));
                break;
            case "date":
                var d = Elements.ReadDate(r, feed);
                e.Updated ??= d;
                e.Published ??= d;
                break;
            case "subject":
                e.AddCategory(XmlContent.ReadText(r));
                break;
            case "title":
                First.Keep(ref e.Title, XmlContent.PlainText(XmlContent.ReadText(r)));
                break;
            case "identifier":
                First.Keep(ref e.Id, XmlContent.NullIfEmpty(XmlContent.ReadText(r)));
                break;
            case "description":
                First.Keep(ref e.Summary, XmlContent.NullIfEmpty(XmlContent.ReadMarkup(r)));
                break;
            default:
                r.Skip();
                break;
        }
    }

    private static void ReadAtomChild(XmlReader r, EntryBuilder e, Uri? baseUri)
    {
        if (r.LocalName == "link")
        {
            var rel = r.GetAttribute("rel") ?? "alternate";
            var href = XmlBase.Resolve(baseUri, r.GetAttribute("href"));
            if (rel == "alternate")
                e.Link ??= href;
            else if (rel == "enclosure")
                e.AddEnclosure(href, r.GetAttribute("type"), r.GetAttribute("length"));
        }
        r.Skip();
    }

    private static bool LooksLikeUrl(string s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith('/');
}
