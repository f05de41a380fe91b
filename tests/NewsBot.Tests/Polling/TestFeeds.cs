using System.Globalization;
using System.Security;
using System.Text;

namespace NewsBot.Tests.Polling;

/// <summary>Small RSS documents for poller tests: items with guid, title, pubDate and a body long enough not to be a teaser.</summary>
internal static class TestFeeds
{
    public sealed record Item(string Guid, string Title, DateTimeOffset Published, string Text = "Ferries left the harbor on time as crews returned to work after the strike.");

    public static string Rss(params Item[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Test feed</title>\n");
        foreach (var item in items)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item>\n<guid>{SecurityElement.Escape(item.Guid)}</guid>\n<title>{SecurityElement.Escape(item.Title)}</title>\n");
            xml.Append(CultureInfo.InvariantCulture, $"<link>https://news.example/{Uri.EscapeDataString(item.Guid)}</link>\n");
            xml.Append(CultureInfo.InvariantCulture, $"<pubDate>{item.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>\n");
            xml.Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(item.Text)}</description>\n</item>\n");
        }
        return xml.Append("</channel>\n</rss>\n").ToString();
    }

    /// <summary>Items i1..iN published an hour apart, i1 oldest.</summary>
    public static Item[] Numbered(int count, DateTimeOffset first) =>
        Enumerable.Range(1, count).Select(i => new Item($"i{i}", $"Harbor story {i}", first.AddHours(i))).ToArray();
}
