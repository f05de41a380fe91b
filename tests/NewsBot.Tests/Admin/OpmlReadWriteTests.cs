using System.Text;
using System.Xml.Linq;
using NewsBot.Admin;

namespace NewsBot.Tests.Admin;

public class OpmlReadWriteTests
{
    private static OpmlReadResult Read(string xml) => OpmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void Nested_outlines_are_read_with_their_odd_characters()
    {
        using var stream = File.OpenRead(AdminRig.Fixture("nested.opml"));
        var result = OpmlReader.Read(stream);

        Assert.Null(result.Error);
        Assert.Equal(
            [
                "https://news.example.org/tj.xml", "https://tagblatt.example.ch/ausland/feed/", "https://quotidien.example.fr/rss?section=monde&lang=fr",
                "http://TAGBLATT.example.ch/ausland/feed", "https://news.example.org/tj.xml#top", "ftp://files.example.org/feed.xml", "https://jp.example.org/feed.xml",
            ],
            result.Feeds.Select(f => f.XmlUrl));
        Assert.Equal("Tom & Jerry <Daily>", result.Feeds[0].Title);
        Assert.Equal("https://news.example.org/", result.Feeds[0].HtmlUrl);
        Assert.Equal("Zürich „Tagblatt“ — Ausland", result.Feeds[1].Title);
        Assert.Equal("Le \"Quotidien\" d'Orléans", result.Feeds[2].Title);
        Assert.Equal("日本語ニュース", result.Feeds[6].Title);
    }

    [Theory]
    [InlineData("this is not xml")]
    [InlineData("<rss version=\"2.0\"><channel/></rss>")]
    [InlineData("<opml><body><outline text=\"x\" xmlUrl=\"https://a.example/\"></body></opml>")]
    [InlineData("<!DOCTYPE opml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><opml><body><outline text=\"&xxe;\" xmlUrl=\"https://a.example/\"/></body></opml>")]
    [InlineData("")]
    public void Bad_input_is_an_error_not_an_exception(string xml)
    {
        var result = Read(xml);
        Assert.NotNull(result.Error);
        Assert.Empty(result.Feeds);
    }

    [Fact]
    public void Written_opml_escapes_odd_characters_and_reads_back_the_same()
    {
        OpmlFeed[] feeds =
        [
            new("Tom & Jerry <Daily> \"quoted\" 'single'", "https://a.example/feed?x=1&y=2", "https://a.example/"),
            new("Zürich „Tagblatt“ 日本 😀", "https://b.example/ü.xml"),
            new("bell\u0007 and tab\tinside", "https://c.example/feed"),
        ];
        var xml = OpmlWriter.Write("Feeds & more", feeds);

        var doc = XDocument.Parse(xml); // strict parse: the output is well-formed XML
        Assert.Equal("2.0", doc.Root!.Attribute("version")!.Value);
        Assert.All(doc.Descendants("outline"), o => Assert.Equal("rss", o.Attribute("type")!.Value));
        Assert.Contains("Tom &amp; Jerry &lt;Daily&gt; &quot;quoted&quot;", xml, StringComparison.Ordinal);

        var back = Read(xml);
        Assert.Null(back.Error);
        Assert.Equal(feeds[0], back.Feeds[0]);
        Assert.Equal(feeds[1], back.Feeds[1]);
        Assert.Equal("bell and tab inside", back.Feeds[2].Title); // the control character XML cannot hold is dropped
    }
}
