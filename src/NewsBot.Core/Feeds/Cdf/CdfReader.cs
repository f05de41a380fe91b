using System.Xml;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Cdf;

/// <summary>Microsoft CDF (&lt;CHANNEL HREF&gt; with &lt;ITEM HREF&gt;, TITLE, ABSTRACT, LASTMOD), an old format a few feeds still serve.</summary>
internal static class CdfReader
{
    public static void ReadChannel(XmlReader r, FeedBuilder feed, Uri? parentBase)
    {
        feed.Format = "cdf";
        var baseUri = XmlBase.Of(r, parentBase);
        feed.Link ??= XmlBase.Resolve(baseUri, r.GetAttribute("HREF") ?? r.GetAttribute("href"));
        XmlWalk.ForEachChild(r, (feed, baseUri), static (r, s) =>
        {
            switch (r.LocalName.ToUpperInvariant())
            {
                case "TITLE": First.Keep(ref s.feed.Title, XmlContent.PlainText(XmlContent.ReadText(r))); break;
                case "ITEM": ReadItem(r, s.feed, s.baseUri); break;
                default: r.Skip(); break;
            }
        });
    }

    private static void ReadItem(XmlReader r, FeedBuilder feed, Uri? baseUri)
    {
        var e = feed.StartEntry();
        e.Link = XmlBase.Resolve(baseUri, r.GetAttribute("HREF") ?? r.GetAttribute("href"));
        var lastMod = r.GetAttribute("LASTMOD") ?? r.GetAttribute("lastmod");
        if (lastMod is not null)
        {
            e.Updated = Dates.FeedDate.Parse(lastMod, out var problem);
            if (problem is not null) feed.Problem(problem);
        }
        XmlWalk.ForEachChild(r, e, static (r, e) =>
        {
            switch (r.LocalName.ToUpperInvariant())
            {
                case "TITLE": First.Keep(ref e.Title, XmlContent.PlainText(XmlContent.ReadText(r))); break;
                case "ABSTRACT": First.Keep(ref e.Summary, XmlContent.NullIfEmpty(XmlContent.ReadMarkup(r))); break;
                default: r.Skip(); break;
            }
        });
    }
}
