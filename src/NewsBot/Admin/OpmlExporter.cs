using NewsBot.Configuration;
using NewsBot.Core.Feeds;

namespace NewsBot.Admin;

/// <summary>The configured feeds as OPML outlines: name (else id) as title, the url as written in newsbot.json.</summary>
public static class OpmlExporter
{
    public const string Title = "NewsBot feeds";

    public static string Export(ConfigSnapshot snapshot) => OpmlWriter.Write(Title, Feeds(snapshot));

    public static IReadOnlyList<OpmlFeed> Feeds(ConfigSnapshot snapshot) =>
        snapshot.Config.Feeds.Select(f => new OpmlFeed(f.Name ?? f.Id, f.Url, SiteOf(snapshot, f))).ToList();

    /// <summary>The site link is known for local feed files (read from the file); web feeds are not fetched for it.</summary>
    private static string? SiteOf(ConfigSnapshot snapshot, FeedConfig feed)
    {
        if (FeedLocation.Resolve(feed.Url, snapshot.Directory) is not { IsFile: true } file)
            return null;
        try
        {
            var link = FeedParser.Parse(File.ReadAllBytes(file.LocalPath), null, file).Link;
            return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
