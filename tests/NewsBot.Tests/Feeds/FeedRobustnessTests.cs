using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>Cut-off and corrupted versions of every fixture: the parser must return a result, never throw.</summary>
public sealed class FeedRobustnessTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_prefix_parses_without_throwing(string fixture)
    {
        var bytes = Fixture.Bytes(fixture);
        for (var length = 0; length <= bytes.Length; length++)
        {
            var feed = FeedParser.Parse(bytes[..length]);
            Assert.NotNull(feed.Entries);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Corrupted_bytes_parse_without_throwing(string fixture)
    {
        var original = Fixture.Bytes(fixture);
        var random = new Random(fixture.Length * 7919);
        byte[] specials = "<>&;\"'/![]?=#x"u8.ToArray();
        for (var round = 0; round < 300; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var k = 0; k < 1 + round % 4; k++)
            {
                var at = random.Next(bytes.Length);
                bytes[at] = round % 2 == 0 ? specials[random.Next(specials.Length)] : (byte)random.Next(256);
            }
            var feed = FeedParser.Parse(bytes, round % 3 == 0 ? "text/xml; charset=iso-8859-1" : null);
            Assert.NotNull(feed.Problems);
        }
    }
}
