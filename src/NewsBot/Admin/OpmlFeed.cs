namespace NewsBot.Admin;

/// <summary>One feed outline of an OPML file: its title (title, else text), feed URL (xmlUrl) and site (htmlUrl).</summary>
public sealed record OpmlFeed(string Title, string XmlUrl, string? HtmlUrl = null);

/// <summary>The feeds of an OPML file, or why it could not be read.</summary>
public sealed record OpmlReadResult(IReadOnlyList<OpmlFeed> Feeds, string? Error)
{
    public static OpmlReadResult Failed(string error) => new([], error);
}
