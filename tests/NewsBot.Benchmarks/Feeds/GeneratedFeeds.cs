using System.Globalization;
using System.Text;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>Deterministic large feeds for the parse benchmarks: realistic items (escaped HTML bodies, dates, authors, categories).</summary>
public static class GeneratedFeeds
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rss(int items)
    {
        var sb = new StringBuilder();
        sb.Append("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Generated News</title><link>https://news.example.com/</link><language>en-us</language><ttl>15</ttl>
            <description>Benchmark feed</description>

            """);
        for (var i = 0; i < items; i++)
        {
            var date = Start.AddMinutes(-7 * i).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " GMT";
            sb.Append(CultureInfo.InvariantCulture, $"""
                <item><title>Story number {i}: council votes on the new budget &amp; transit plan</title>
                <link>https://news.example.com/2026/01/story-{i}.html?utm_source=rss</link>
                <guid isPermaLink="false">urn:example:story:{i}</guid>
                <pubDate>{date}</pubDate><dc:creator>Reporter {i % 17}</dc:creator>
                <category>Politics</category><category>City {i % 5}</category>
                <description>&lt;p&gt;The city council met on Tuesday to discuss item {i}. &lt;a href="https://news.example.com/{i}"&gt;Read more&lt;/a&gt; about the &lt;b&gt;budget&lt;/b&gt;, the transit plan and what it means for residents.&lt;/p&gt;</description>
                <enclosure url="https://img.example.com/{i}.jpg" type="image/jpeg" length="12345"/>
                </item>

                """);
        }
        sb.Append("</channel></rss>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] Atom(int items)
    {
        var sb = new StringBuilder();
        sb.Append("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
            <title>Generated News</title><link rel="alternate" href="https://news.example.com/"/><id>urn:example:feed</id>
            <updated>2026-01-01T00:00:00Z</updated>

            """);
        for (var i = 0; i < items; i++)
        {
            var date = Start.AddMinutes(-7 * i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"""
                <entry><id>urn:example:story:{i}</id>
                <title type="text">Story number {i}: council votes on the new budget &amp; transit plan</title>
                <link rel="alternate" type="text/html" href="https://news.example.com/2026/01/story-{i}.html"/>
                <published>{date}</published><updated>{date}</updated>
                <author><name>Reporter {i % 17}</name></author>
                <category term="Politics"/><category term="City {i % 5}"/>
                <summary type="html">&lt;p&gt;The city council met on Tuesday to discuss item {i}. &lt;a href="https://news.example.com/{i}"&gt;Read more&lt;/a&gt; about the &lt;b&gt;budget&lt;/b&gt;, the transit plan and what it means for residents.&lt;/p&gt;</summary>
                </entry>

                """);
        }
        sb.Append("</feed>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
