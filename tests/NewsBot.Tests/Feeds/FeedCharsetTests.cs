using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Feeds;

public sealed class FeedCharsetTests
{
    [Fact]
    public void Windows_1251_declared_in_xml()
    {
        var feed = Fixture.Parse("windows-1251.xml");

        Assert.Equal("windows-1251", feed.Encoding);
        Assert.Equal("Новости дня", feed.Title);
        Assert.Equal("Привет, мир", feed.Entries[0].Title);
        Assert.Empty(feed.Problems);
    }

    [Fact]
    public void Shift_jis_declared_in_xml()
    {
        var feed = Fixture.Parse("shift_jis.xml");

        Assert.Equal("shift_jis", feed.Encoding);
        Assert.Equal("日本のニュース", feed.Title);
        Assert.Equal("こんにちは世界", feed.Entries[0].Title);
    }

    [Fact]
    public void Bom_wins_over_a_conflicting_declaration()
    {
        var feed = Fixture.Parse("bom-utf16-declares-utf8.xml");

        Assert.Equal("utf-16le", feed.Encoding);
        Assert.Equal("BOM wins", feed.Title);
        Assert.Equal("Grüße", feed.Entries[0].Title);
        Assert.Contains(feed.Problems, p => p.Contains("BOM says utf-16le", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_utf8_declaration_falls_back_without_losing_the_feed()
    {
        var feed = Fixture.Parse("declared-utf8-is-1252.xml");

        Assert.Equal("Café “quotes”", feed.Title);
        Assert.Equal("naïve", feed.Entries[0].Title);
        Assert.Contains(feed.Problems, p => p.Contains("not valid utf-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Http_charset_is_used_when_the_document_declares_nothing()
    {
        var feed = Fixture.Parse("koi8r-no-decl.xml", contentType: "application/rss+xml; charset=\"KOI8-R\"");

        Assert.Equal("koi8-r", feed.Encoding);
        Assert.Equal("Погода", feed.Title);
    }

    [Fact]
    public void Http_charset_overrides_the_declaration()
    {
        var bytes = Fixture.Bytes("windows-1251.xml");

        var feed = FeedParser.Parse(bytes, "text/xml; charset=windows-1251");
        var wrongHeader = FeedParser.Parse(bytes, "text/xml; charset=utf-8");

        Assert.Equal("Новости дня", feed.Title);
        Assert.Empty(feed.Problems);
        // A header that cannot decode the bytes is reported and the declaration is used instead.
        Assert.Equal("Новости дня", wrongHeader.Title);
        Assert.Contains(wrongHeader.Problems, p => p.Contains("HTTP says utf-8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void Utf16_and_utf32_without_bom_are_sniffed(string name)
    {
        var encoding = name switch
        {
            "utf-16le" => (System.Text.Encoding)new System.Text.UnicodeEncoding(false, false),
            "utf-16be" => new System.Text.UnicodeEncoding(true, false),
            "utf-32le" => new System.Text.UTF32Encoding(false, false),
            _ => new System.Text.UTF32Encoding(true, false),
        };
        var feed = FeedParser.Parse(encoding.GetBytes("<?xml version=\"1.0\"?><rss><channel><title>Ünïcode</title></channel></rss>"));

        Assert.Equal(name, feed.Encoding);
        Assert.Equal("Ünïcode", feed.Title);
    }
}
