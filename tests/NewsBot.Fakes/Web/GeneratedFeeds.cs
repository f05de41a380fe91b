using System.Globalization;
using System.Security;
using System.Text;

namespace NewsBot.Fakes.Web;

/// <summary>
/// N generated RSS feeds at /feeds/{i}.xml and their article pages at /articles/{i}/{k}.html, for load harnesses.
/// Feeds whose <see cref="AnswersNotModified"/> is true keep a stable ETag/Last-Modified and answer 304 to a
/// matching conditional request; the rest change on every request.
/// </summary>
public sealed class GeneratedFeeds(int count, double notModifiedFraction, int itemsPerFeed = 5)
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _version;

    public int Count { get; } = count;

    public bool AnswersNotModified(int i) => i % 1000 < notModifiedFraction * 1000;

    public string PathOf(int i) => $"/feeds/{i}.xml";

    internal FakeRoute? Resolve(string path, Uri baseUrl)
    {
        if (TryIndex(path, "/feeds/", ".xml", out var feed))
            return Feed(feed, baseUrl);
        if (path.StartsWith("/articles/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal))
            return FakeRoute.Html($"<html><head><title>{path}</title></head><body><article><p>Story at {path}. " +
                                  "\"It was generated,\" said the fake server.</p></article></body></html>");
        return null;
    }

    private FakeRoute? Feed(int i, Uri baseUrl)
    {
        if (i < 0 || i >= Count)
            return null;
        var stable = AnswersNotModified(i);
        var version = stable ? 0 : Interlocked.Increment(ref _version);
        var updated = Epoch.AddMinutes(i + version);
        return FakeRoute.Feed(Rss(i, version, updated, baseUrl)) with
        {
            ETag = $"\"feed-{i}-v{version}\"",
            LastModified = updated.ToString("r", CultureInfo.InvariantCulture),
        };
    }

    private string Rss(int i, long version, DateTimeOffset updated, Uri baseUrl)
    {
        var xml = new StringBuilder(1024);
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Generated feed {i}</title>");
        xml.Append(CultureInfo.InvariantCulture, $"<link>{baseUrl}feeds/{i}.xml</link><description>Feed {i}, version {version}</description>");
        for (var k = 0; k < itemsPerFeed; k++)
        {
            var link = SecurityElement.Escape(new Uri(baseUrl, $"/articles/{i}/{version}-{k}.html").ToString());
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>Feed {i} story {version}-{k}</title><link>{link}</link>");
            xml.Append(CultureInfo.InvariantCulture, $"<guid>{link}</guid><pubDate>{updated.AddSeconds(-k).ToString("r", CultureInfo.InvariantCulture)}</pubDate>");
            xml.Append(CultureInfo.InvariantCulture, $"<description>Story {k} of feed {i}. \"Quoted words,\" said Person {k}.</description></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }

    private static bool TryIndex(string path, string prefix, string suffix, out int index)
    {
        index = -1;
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(suffix, StringComparison.Ordinal)
            && int.TryParse(path.AsSpan(prefix.Length, path.Length - prefix.Length - suffix.Length),
                NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
