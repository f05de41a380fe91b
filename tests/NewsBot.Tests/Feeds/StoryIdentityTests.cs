using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Identity;

namespace NewsBot.Tests.Feeds;

public sealed class StoryIdentityTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/a/B.html?utm_source=rss&utm_medium=feed&id=7#comments", "https://news.example.com/a/B.html?id=7")]
    [InlineData("https://example.com/x?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2", "https://example.com/x")]
    [InlineData("http://example.com:80/x?b=2&a=1", "http://example.com/x?b=2&a=1")]
    [InlineData("https://example.com:8443/x", "https://example.com:8443/x")]
    public void Links_are_normalized(string link, string expected) =>
        Assert.Equal(expected, LinkNormalizer.Normalize(link));

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative")]
    [InlineData("mailto:x@example.com")]
    public void Non_http_links_are_not_normalized(string link) => Assert.Null(LinkNormalizer.Normalize(link));

    [Fact]
    public void Guid_wins_then_normalized_link_then_hash()
    {
        var withId = new FeedEntry { Id = " urn:1 ", Link = "https://example.com/a" };
        var withLink = new FeedEntry { Link = "https://Example.com/a?utm_campaign=x" };
        var sameLink = new FeedEntry { Link = "https://example.com/a#top", Title = "other" };
        var bare = new FeedEntry { Title = "Title", Published = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)) };
        var sameInstant = new FeedEntry { Title = "Title", Published = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero) };

        Assert.Equal("id:urn:1", StoryIdentity.Of(withId));
        Assert.Equal("link:https://example.com/a", StoryIdentity.Of(withLink));
        Assert.Equal(StoryIdentity.Of(withLink), StoryIdentity.Of(sameLink));
        Assert.StartsWith("hash:", StoryIdentity.Of(bare), StringComparison.Ordinal);
        Assert.Equal(StoryIdentity.Of(bare), StoryIdentity.Of(sameInstant));
        Assert.NotEqual(StoryIdentity.Of(bare), StoryIdentity.Of(bare with { Title = "Other title" }));
    }

    [Fact]
    public void Identity_is_stable_across_parses()
    {
        var a = Fixture.Parse("rss2.xml").Entries.Select(StoryIdentity.Of).ToList();
        var b = Fixture.Parse("rss2.xml").Entries.Select(StoryIdentity.Of).ToList();

        Assert.Equal(a, b);
        Assert.Equal(["id:urn:news:1", "id:https://news.example.com/2026/second.html"], a);
    }
}
