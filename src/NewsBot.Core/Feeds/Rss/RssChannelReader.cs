using System.Xml;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Rss;

/// <summary>RSS 0.9x/2.0 &lt;rss&gt; and its &lt;channel&gt;; RDF reuses the channel part.</summary>
internal static class RssChannelReader
{
    /// <summary>At &lt;rss&gt;: channels, and items some feeds put directly under the root.</summary>
    public static void ReadRoot(XmlReader r, FeedBuilder feed, Uri? parentBase)
    {
        feed.Format = "rss";
        var baseUri = XmlBase.Of(r, parentBase);
        var lang = r.XmlLang;
        XmlWalk.ForEachChild(r, (feed, baseUri), static (r, s) =>
        {
            if (r.LocalName == "channel") ReadChannel(r, s.feed, s.baseUri);
            else if (r.LocalName == "item") RssItemReader.Read(r, s.feed, s.baseUri);
            else r.Skip();
        });
        if (lang.Length > 0) feed.Language ??= lang;
    }

    /// <summary>At &lt;channel&gt;: feed fields and the items inside it.</summary>
    public static void ReadChannel(XmlReader r, FeedBuilder feed, Uri? parentBase)
    {
        var baseUri = XmlBase.Of(r, parentBase);
        var lang = r.XmlLang;
        XmlWalk.ForEachChild(r, (feed, baseUri), static (r, s) => ReadChannelChild(r, s.feed, s.baseUri));
        if (lang.Length > 0) feed.Language ??= lang;
    }

    private static void ReadChannelChild(XmlReader r, FeedBuilder feed, Uri? baseUri)
    {
        var ns = r.NamespaceURI;
        if (Ns.IsRss(ns, feed))
        {
            var name = r.LocalName;
            switch (Ns.LowerIfMixed(name) ?? name)
            {
                case "item": RssItemReader.Read(r, feed, baseUri); return;
                case "title": First.Keep(ref feed.Title, XmlContent.PlainText(XmlContent.ReadMarkup(r))); return;
                case "link": First.Keep(ref feed.Link, XmlBase.Resolve(baseUri, XmlContent.NullIfEmpty(XmlContent.ReadText(r)))); return;
                case "language": First.Keep(ref feed.Language, XmlContent.NullIfEmpty(XmlContent.ReadText(r))); return;
                case "ttl": First.Keep(ref feed.TtlMinutes, Elements.ReadInt(r)); return;
            }
        }
        else if (ns == Ns.Dc && r.LocalName == "language")
        {
            First.Keep(ref feed.Language, XmlContent.NullIfEmpty(XmlContent.ReadText(r)));
            return;
        }
        else if (ns == Ns.Dc && r.LocalName == "title")
        {
            First.Keep(ref feed.Title, XmlContent.PlainText(XmlContent.ReadText(r)));
            return;
        }
        else if (Ns.IsAtom(ns) && r.LocalName == "link" && (r.GetAttribute("rel") ?? "alternate") == "alternate")
        {
            feed.Link ??= XmlBase.Resolve(baseUri, r.GetAttribute("href"));
        }
        r.Skip();
    }
}
