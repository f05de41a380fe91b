using NewsBot.Core.Feeds.Identity;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Topics;
using NewsBot.Polling;

namespace NewsBot.Admin;

/// <summary>What to preview: the feed's location, the configured feed it is (if any), and the topic filter.</summary>
public sealed record PreviewRequest(Uri Location, FeedConfig? Feed, ConfigSnapshot? Snapshot, string? Topic, int? Limit);

/// <summary>The digests a preview made (oldest first, as the bot posts them), or why there are none.</summary>
public sealed record PreviewResult(IReadOnlyList<Digest> Digests, int EntryCount, IReadOnlyList<string> Problems, string? Error = null);

/// <summary>
/// Reads a feed and builds each entry's digest the way the poller does (same fetcher, parser, story factory and topic
/// matcher), without storing or posting anything.
/// </summary>
public sealed class FeedPreview(FeedSource source, StoryFactory stories)
{
    public async Task<PreviewResult> RunAsync(PreviewRequest request, CancellationToken ct)
    {
        var fetched = await source.FetchAsync(request.Location, null, null, ct);
        if (fetched.Status != FetchStatus.Ok)
            return new PreviewResult([], 0, [], $"could not read {request.Location}: {fetched.Status} {fetched.Error}".TrimEnd());
        var parsed = FeedParser.Parse(fetched.Body, fetched.ContentType, fetched.FinalUrl ?? request.Location);
        if (parsed.Entries.Count == 0 && parsed.Format == "unknown")
            return new PreviewResult([], 0, parsed.Problems, $"{request.Location} is not a feed: {string.Join("; ", parsed.Problems.Take(3))}");

        var feed = request.Feed;
        var outlet = feed?.Name ?? parsed.Title ?? feed?.Id ?? OutletOf(request.Location);
        var entries = parsed.Entries.DistinctBy(StoryIdentity.Of)
            .OrderBy(e => e.Published ?? e.Updated ?? DateTimeOffset.MinValue)
            .ToList();
        if (request.Limit is { } limit && entries.Count > limit)
            entries = entries[^limit..];
        var digests = new List<Digest>();
        foreach (var entry in entries)
        {
            var (title, text, digest) = await stories.BuildAsync(entry, outlet, ct);
            var topics = request.Snapshot?.Matcher.Match(new MatchInput(title, text, feed?.Id, feed?.Language ?? parsed.Language))
                .Select(m => m.Topic).ToList() ?? [];
            if (request.Topic is null || topics.Contains(request.Topic))
                digests.Add(digest with { Topics = topics });
        }
        return new PreviewResult(digests, parsed.Entries.Count, parsed.Problems);
    }

    private static string OutletOf(Uri location) => location.IsFile ? Path.GetFileNameWithoutExtension(location.LocalPath) : location.Host;
}
