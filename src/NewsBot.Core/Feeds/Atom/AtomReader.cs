using System.Xml;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Atom;

/// <summary>Atom 1.0 and 0.3 (&lt;feed&gt;) into the normalized model.</summary>
internal static class AtomReader
{
    public static void ReadRoot(XmlReader r, FeedBuilder feed, Uri? parentBase)
    {
        feed.Format = "atom";
        var baseUri = XmlBase.Of(r, parentBase);
        var lang = r.XmlLang;
        XmlWalk.ForEachChild(r, (feed, baseUri), static (r, s) => ReadFeedChild(r, s.feed, s.baseUri));
        if (lang.Length > 0) feed.Language ??= lang;
    }

    private static void ReadFeedChild(XmlReader r, FeedBuilder feed, Uri? baseUri)
    {
        var ns = r.NamespaceURI;
        if (Ns.IsAtomLike(ns, feed))
        {
            switch (r.LocalName)
            {
                case "entry": ReadEntry(r, feed, baseUri); return;
                case "title": First.Keep(ref feed.Title, AtomText.ReadPlain(r)); return;
                case "link":
                    if (IsAlternate(r)) feed.Link ??= XmlBase.Resolve(XmlBase.Of(r, baseUri), r.GetAttribute("href"));
                    r.Skip();
                    return;
            }
        }
        else if (ns == Ns.Dc && r.LocalName == "language")
        {
            First.Keep(ref feed.Language, XmlContent.NullIfEmpty(XmlContent.ReadText(r)));
            return;
        }
        r.Skip();
    }

    private static void ReadEntry(XmlReader r, FeedBuilder feed, Uri? parentBase)
    {
        var baseUri = XmlBase.Of(r, parentBase);
        var e = feed.StartEntry();
        XmlWalk.ForEachChild(r, (feed, e, baseUri), static (r, s) =>
        {
            var ns = r.NamespaceURI;
            if (Ns.IsAtomLike(ns, s.feed))
                ReadEntryChild(r, s.feed, s.e, s.baseUri);
            else if (ns == Ns.Dc)
            {
                switch (r.LocalName)
                {
                    case "subject": s.e.AddCategory(XmlContent.ReadText(r)); break;
                    case "creator": First.Keep(ref s.e.Author, XmlContent.PlainText(XmlContent.ReadText(r))); break;
                    case "date": First.Keep(ref s.e.Updated, Elements.ReadDate(r, s.feed)); break;
                    default: r.Skip(); break;
                }
            }
            else if (!Elements.TryReadMedia(r, s.e, s.baseUri))
                r.Skip();
        });
        feed.FinishEntry();
    }

    private static void ReadEntryChild(XmlReader r, FeedBuilder feed, EntryBuilder e, Uri? baseUri)
    {
        switch (r.LocalName)
        {
            case "id": First.Keep(ref e.Id, ReadId(r, baseUri)); break;
            case "title": First.Keep(ref e.Title, AtomText.ReadPlain(r)); break;
            case "link": ReadLink(r, e, baseUri); break;
            case "summary": First.Keep(ref e.Summary, AtomText.ReadHtml(r)); break;
            case "content": First.Keep(ref e.Content, AtomText.ReadHtml(r)); break;
            // A later date element overrides an earlier one (Atom 1.0 published after 0.3 issued, repeated updated).
            case "published" or "issued": e.Published = Elements.ReadDate(r, feed) ?? e.Published; break;
            case "updated" or "modified": e.Updated = Elements.ReadDate(r, feed) ?? e.Updated; break;
            case "created": First.Keep(ref e.Created, Elements.ReadDate(r, feed)); break;
            case "author": First.Keep(ref e.Author, ReadPerson(r)); break;
            case "category":
                e.AddCategory(r.GetAttribute("term") ?? r.GetAttribute("label"));
                r.Skip();
                break;
            default: r.Skip(); break;
        }
    }

    private static void ReadLink(XmlReader r, EntryBuilder e, Uri? baseUri)
    {
        string? rel = null, type = null, length = null, raw = null, xmlBase = null;
        while (r.MoveToNextAttribute())
        {
            switch (r.LocalName)
            {
                case "href": raw = r.Value; break;
                case "rel": rel = r.Value; break;
                case "type": type = r.Value; break;
                case "length": length = r.Value; break;
                case "base" when r.NamespaceURI == XmlBase.XmlNamespace: xmlBase = r.Value; break;
            }
        }
        r.MoveToElement();
        // Early Atom 0.3 feeds put the URL in the element text.
        if (raw is null) raw = XmlContent.ReadText(r);
        else r.Skip();
        var linkBase = xmlBase is null ? baseUri : XmlBase.Combine(baseUri, xmlBase);
        var href = XmlBase.Resolve(linkBase, raw);
        if (href is null)
            return;
        if (IsAlternate(rel))
            e.Link ??= href;
        else if (rel == "enclosure")
            e.AddEnclosure(href, type, length);
    }

    /// <summary>An entry id; a relative one (invalid, but seen) is resolved like a link so it stays unique.</summary>
    private static string? ReadId(XmlReader r, Uri? parentBase)
    {
        var idBase = XmlBase.Of(r, parentBase);
        var id = XmlContent.NullIfEmpty(XmlContent.ReadText(r));
        return id is not null && id.StartsWith('/') && !id.StartsWith("//", StringComparison.Ordinal) ? XmlBase.Resolve(idBase, id) : id;
    }

    private static bool IsAlternate(XmlReader r) => IsAlternate(r.GetAttribute("rel"));

    private static bool IsAlternate(string? rel) => rel is null or "" or "alternate" or "http://www.iana.org/assignments/relation/alternate";

    /// <summary>An Atom person as one display string: the name, else the email.</summary>
    private static string? ReadPerson(XmlReader r)
    {
        string? name = null, email = null;
        if (r.IsEmptyElement)
        {
            r.Read();
            return null;
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
            switch (r.LocalName)
            {
                case "name": First.Keep(ref name, XmlContent.PlainText(XmlContent.ReadText(r))); break;
                case "email": First.Keep(ref email, XmlContent.NullIfEmpty(XmlContent.ReadText(r))); break;
                default: r.Skip(); break;
            }
        }
        return name ?? email;
    }
}
