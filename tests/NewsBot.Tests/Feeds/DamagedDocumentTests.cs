using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>Damage found by the fuzz campaign: lone surrogates inside markup never escape as exceptions.</summary>
public class DamagedDocumentTests
{
    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><description><b>x{0}y</b></description></item></channel></rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>A</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x{0}y</p></div></content></entry></feed>")]
    public void Lone_surrogate_bytes_in_markup_are_a_problem_not_an_exception(string template)
    {
        var parts = template.Split("{0}");
        var bytes = Encoding.UTF8.GetBytes(parts[0]).Concat(new byte[] { 0xED, 0xA0, 0x80, 0x79 }).Concat(Encoding.UTF8.GetBytes(parts[1])).ToArray();
        var feed = FeedParser.Parse(bytes);
        Assert.Equal("T", feed.Title);
        Assert.NotEmpty(feed.Problems);
    }

    [Fact]
    public void A_surrogate_character_reference_is_survived()
    {
        var bytes = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title><item><title>A &#xD800;</title><description><i>&#xD800;x</i></description></item></channel></rss>");
        var feed = FeedParser.Parse(bytes);
        Assert.NotNull(feed);
    }
}
