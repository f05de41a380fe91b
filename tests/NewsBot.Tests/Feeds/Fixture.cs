using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Feeds;

/// <summary>Loads the small feed fixtures in Fixtures/Feeds and parses them.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static ParsedFeed Parse(string name, string? contentType = null, Uri? baseUri = null) =>
        FeedParser.Parse(Bytes(name), contentType, baseUri);

    public static ParsedFeed ParseText(string xml, string? contentType = null, Uri? baseUri = null) =>
        FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), contentType, baseUri);

}
