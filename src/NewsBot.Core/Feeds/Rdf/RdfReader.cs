using System.Xml;
using NewsBot.Core.Feeds.Rss;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.Rdf;

/// <summary>RSS 0.90 / 1.0 (&lt;rdf:RDF&gt;): channel and items are siblings under the root.</summary>
internal static class RdfReader
{
    public static void ReadRoot(XmlReader r, FeedBuilder feed, Uri? parentBase)
    {
        feed.Format = "rdf";
        var baseUri = XmlBase.Of(r, parentBase);
        XmlWalk.ForEachChild(r, (feed, baseUri), static (r, s) =>
        {
            switch (r.LocalName)
            {
                case "channel": RssChannelReader.ReadChannel(r, s.feed, s.baseUri); break;
                case "item": RssItemReader.Read(r, s.feed, s.baseUri); break;
                default: r.Skip(); break;
            }
        });
    }
}
