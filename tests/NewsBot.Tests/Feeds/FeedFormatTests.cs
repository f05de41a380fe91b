using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Feeds;

public sealed class FeedFormatTests
{
    [Fact]
    public void Rss2_maps_channel_and_item_fields()
    {
        var feed = Fixture.Parse("rss2.xml", baseUri: new Uri("https://news.example.com/feed.xml"));

        Assert.Equal("rss", feed.Format);
        Assert.Equal("City News", feed.Title);
        Assert.Equal("https://news.example.com/", feed.Link);
        Assert.Equal("en-us", feed.Language);
        Assert.Equal(30, feed.TtlMinutes);
        Assert.Empty(feed.Problems);
        Assert.Equal(2, feed.Entries.Count);

        var first = feed.Entries[0];
        Assert.Equal("urn:news:1", first.Id);
        Assert.Equal("https://news.example.com/2026/budget.html", first.Link);
        Assert.Equal("Council passes budget", first.Title);
        Assert.Equal("Ann Reporter", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 19, 5, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("<p>The council <b>voted</b> 7-2.</p>", first.Summary);
        Assert.StartsWith("<p>Full story:", first.Content);
        Assert.Equal(["Politics", "City"], first.Categories);
        Assert.Equal("https://img.example.com/1-thumb.jpg", first.ImageUrl);
        Assert.Equal(new FeedEnclosure("https://img.example.com/1.jpg", "image/jpeg", 2048), Assert.Single(first.Enclosures));

        // A permalink guid doubles as the link when there is no <link>.
        Assert.Equal("https://news.example.com/2026/second.html", feed.Entries[1].Link);
    }

    [Fact]
    public void Rss091_with_netscape_doctype_and_html_entities_is_read()
    {
        var feed = Fixture.Parse("rss091.xml");

        Assert.Equal("Old\u00A0School", feed.Title);
        Assert.Equal("Café opens — finally", feed.Entries[0].Title);
        Assert.Equal("Coffee & cake.", feed.Entries[0].Summary);
        Assert.Equal("iso-8859-1", feed.Encoding);
    }

    [Fact]
    public void Rdf_items_outside_the_channel_are_read()
    {
        var feed = Fixture.Parse("rdf.xml");

        Assert.Equal("rdf", feed.Format);
        Assert.Equal("RDF Site", feed.Title);
        Assert.Equal("de", feed.Language);
        var e = Assert.Single(feed.Entries);
        Assert.Equal("http://rdf.example.org/1", e.Id);
        Assert.Equal("Erster Artikel", e.Title);
        Assert.Equal("Bernd", e.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), e.Published);
        Assert.Equal(["Technik"], e.Categories);
    }

    [Fact]
    public void Atom10_text_constructs_and_xml_base_are_handled()
    {
        var feed = Fixture.Parse("atom10.xml");

        Assert.Equal("atom", feed.Format);
        Assert.Equal("Example Blog", feed.Title);
        Assert.Equal("https://blog.example.net/", feed.Link);
        Assert.Equal("en-GB", feed.Language);

        var first = feed.Entries[0];
        Assert.Equal("https://blog.example.net/posts/first.html", first.Link);
        Assert.Equal("A & B", first.Title);
        Assert.Equal("Carol", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 8, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("1 &lt; 2 and that is plain text", first.Summary);
        Assert.Equal("<p>Hello <b>world</b></p>", first.Content);
        Assert.Equal("https://blog.example.net/media/ep1.mp3", Assert.Single(first.Enclosures).Url);

        Assert.Equal("Second post", feed.Entries[1].Title);
        Assert.Equal("<p>HTML body</p>", feed.Entries[1].Content);
    }

    [Fact]
    public void Atom03_escaped_and_base64_modes_are_decoded()
    {
        var e = Assert.Single(Fixture.Parse("atom03.xml").Entries);

        Assert.Equal("<p>escaped <b>html</b></p>", e.Content);
        Assert.Equal("<p>base64 summary</p>", e.Summary);
        Assert.Equal(new DateTimeOffset(2004, 1, 1, 19, 48, 21, TimeSpan.Zero), e.Published);
        Assert.Equal(new DateTimeOffset(2004, 1, 2, 10, 0, 0, TimeSpan.Zero), e.Updated);
    }

    [Fact]
    public void Json_feed_1_0_is_read()
    {
        var feed = Fixture.Parse("jsonfeed10.json");

        Assert.Equal("json", feed.Format);
        Assert.Equal("JSON One", feed.Title);
        Assert.Equal("https://json.example.com/", feed.Link);
        var first = feed.Entries[0];
        Assert.Equal("First & best", first.Title);
        Assert.Equal("Dana", first.Author);
        Assert.Equal("<p>Hello</p>", first.Content);
        Assert.Equal("A greeting", first.Summary);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("https://json.example.com/images/1.png", first.ImageUrl);
        Assert.Equal(new FeedEnclosure("https://json.example.com/1.mp3", "audio/mpeg", 999), Assert.Single(first.Enclosures));
        Assert.Equal("2", feed.Entries[1].Id);
        Assert.Equal("Text only &lt;not html&gt;", feed.Entries[1].Content);
    }

    [Fact]
    public void Json_feed_1_1_authors_language_and_external_url()
    {
        var feed = Fixture.Parse("jsonfeed11.json");

        Assert.Equal("fr-FR", feed.Language);
        var e = Assert.Single(feed.Entries);
        Assert.Equal("Élodie", e.Author);
        Assert.Equal("https://elsewhere.example.org/a", e.Link);
    }

    [Fact]
    public void Broken_json_is_a_problem_not_an_exception()
    {
        var feed = FeedParser.Parse("{\"title\": \"x\", \"items\": [ {\"id\": 1"u8.ToArray());

        Assert.Equal("json", feed.Format);
        Assert.Contains(feed.Problems, p => p.StartsWith("json:", StringComparison.Ordinal));
    }
}
