namespace NewsBot.Tests.Feeds;

public sealed class FeedSafetyTests
{
    [Fact]
    public void Billion_laughs_is_not_expanded()
    {
        var feed = Fixture.Parse("billion-laughs.xml");

        Assert.Equal("Laughs &lol9;", feed.Title);
        Assert.Equal("http://example.com/laugh", Assert.Single(feed.Entries).Link);
        Assert.DoesNotContain("lollol", feed.Title, StringComparison.Ordinal);
        Assert.Contains(feed.Problems, p => p.Contains("not expanded", StringComparison.Ordinal));
    }

    [Fact]
    public void External_entity_to_etc_passwd_is_not_read()
    {
        var feed = Fixture.Parse("external-entity.xml");

        Assert.Equal("Secrets: &xxe;", feed.Title);
        Assert.Equal("Leak &xxe;", Assert.Single(feed.Entries).Title);
        Assert.DoesNotContain("root:", feed.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entity_to_a_local_file_is_not_read()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"newsbot-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-MARKER");
        try
        {
            var uri = new Uri(secret).AbsoluteUri;
            var feed = Fixture.ParseText($"""
                <?xml version="1.0"?>
                <!DOCTYPE feed [ <!ENTITY s SYSTEM "{uri}"> ]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>&s;</title><entry><id>1</id><title>x &s;</title></entry></feed>
                """);

            Assert.DoesNotContain("TOP-SECRET-MARKER", feed.Title ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("TOP-SECRET-MARKER", feed.Entries[0].Title ?? "", StringComparison.Ordinal);
            Assert.Equal("&s;", feed.Title);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Safe_internal_entities_are_substituted_once()
    {
        var feed = Fixture.ParseText("""
            <!DOCTYPE rss [ <!ENTITY site "tag:example.com,"> ]>
            <rss><channel><item><guid isPermaLink="false">&site;2026:1</guid></item></channel></rss>
            """);

        Assert.Equal("tag:example.com,2026:1", feed.Entries[0].Id);
        Assert.Empty(feed.Problems);
    }
}
