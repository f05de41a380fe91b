namespace NewsBot.Tests.Feeds;

public sealed class FeedToleranceTests
{
    [Fact]
    public void Bare_ampersands_are_read_as_text()
    {
        var feed = Fixture.Parse("bare-amp.xml");

        Assert.Equal("Tom & Jerry", feed.Title);
        Assert.Equal("Q&A time", feed.Entries[0].Title);
        Assert.Equal("http://example.com/?a=1&b=2", feed.Entries[0].Link);
        Assert.Contains(feed.Problems, p => p.Contains("bare '&'", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_named_entities_are_decoded_but_not_inside_cdata()
    {
        var feed = Fixture.ParseText("""
            <rss><channel><title>a&nbsp;b &eacute; &hellip;</title>
            <item><title>x</title><description><![CDATA[keep &nbsp; as written]]></description></item>
            </channel></rss>
            """);

        Assert.Equal("a\u00A0b é …", feed.Title);
        Assert.Equal("keep &nbsp; as written", feed.Entries[0].Summary);
        Assert.Contains(feed.Problems, p => p.Contains("HTML entity", StringComparison.Ordinal));
    }

    [Fact]
    public void Undefined_namespace_prefixes_are_bound_and_the_feed_is_read()
    {
        var feed = Fixture.Parse("undefined-prefix.xml");

        var e = Assert.Single(feed.Entries);
        Assert.Equal("Has itunes", e.Title);
        Assert.Equal("http://example.com/p", e.Link);
        Assert.Equal("Podcaster", e.Author);
        Assert.Contains(feed.Problems, p => p.Contains("undeclared namespace prefix", StringComparison.Ordinal) && p.Contains("itunes", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_dates_leave_the_entry_and_are_reported()
    {
        var feed = Fixture.Parse("bad-dates.xml");

        Assert.Equal(4, feed.Entries.Count);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero), feed.Entries[0].Published);
        Assert.Null(feed.Entries[1].Published);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), feed.Entries[2].Published);
        Assert.Null(feed.Entries[3].Published);
        Assert.Contains(feed.Problems, p => p.Contains("sometime last week", StringComparison.Ordinal));
        Assert.Contains(feed.Problems, p => p.Contains("unknown time zone 'XYZ'", StringComparison.Ordinal));
        Assert.Contains(feed.Problems, p => p.Contains("31 Feb 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_document_keeps_what_was_read()
    {
        var feed = Fixture.Parse("truncated.xml");

        Assert.Equal("Cut off", feed.Title);
        Assert.Equal(["Complete one", "Complete two", "Partial three"], feed.Entries.Select(e => e.Title));
        Assert.Equal("http://example.com/3", feed.Entries[2].Link);
        Assert.Contains(feed.Problems, p => p.StartsWith("xml:", StringComparison.Ordinal));
    }

    [Fact]
    public void Xml_base_and_feed_url_resolve_relative_links()
    {
        var feed = Fixture.ParseText("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/">
              <link href="index.html"/>
              <entry xml:base="2026/"><id>1</id><link href="post.html"/></entry>
              <entry><id>2</id><link href="https://abs.example.org/x"/></entry>
            </feed>
            """, baseUri: new Uri("https://site.example.com/feeds/atom.xml"));

        Assert.Equal("https://site.example.com/blog/index.html", feed.Link);
        Assert.Equal("https://site.example.com/blog/2026/post.html", feed.Entries[0].Link);
        Assert.Equal("https://abs.example.org/x", feed.Entries[1].Link);
    }

    [Fact]
    public void Xml_declaration_after_a_comment_and_unknown_root_do_not_throw()
    {
        var late = Fixture.ParseText("<!-- hi -->\n<?xml version=\"1.0\"?><rss><channel><title>late</title></channel></rss>");
        var html = Fixture.ParseText("<html><body>not a feed</body></html>");
        var empty = Core.Feeds.FeedParser.Parse([]);

        Assert.Equal("late", late.Title);
        Assert.Contains(html.Problems, p => p.Contains("not a known feed format", StringComparison.Ordinal));
        Assert.NotEmpty(empty.Problems);
    }

    [Fact]
    public void Titles_are_plain_text_and_summaries_keep_html()
    {
        var feed = Fixture.ParseText("""
            <rss><channel><title>t</title><item>
              <title>&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more</title>
              <description>&lt;p&gt;Para &lt;i&gt;one&lt;/i&gt;&lt;/p&gt;</description>
            </item></channel></rss>
            """);

        Assert.Equal("Bold & more", feed.Entries[0].Title);
        Assert.Equal("<p>Para <i>one</i></p>", feed.Entries[0].Summary);
    }
}
