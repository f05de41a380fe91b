using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Identity;
using NewsBot.Core.Stories;
using NewsBot.Core.Stories.Clustering;
using NewsBot.Core.Topics;
using NewsBot.Delivery;

namespace NewsBot.Polling;

/// <summary>One poll of one feed: fetch (politely), parse, store the new stories with their topics and deliveries, update feed health.</summary>
public sealed class FeedPoller(
    ConfigMonitor config,
    FeedSource source,
    StoryFactory stories,
    INewsStore store,
    SubscriptionDirectory subscriptions,
    StoryClusters clusters,
    FeedHealth health,
    StoreWriteGate writes,
    IOptionsMonitor<PollingOptions> options,
    TimeProvider clock,
    Observability.NewsBotMetrics metrics,
    ILogger<FeedPoller> logger)
{
    /// <returns>How many new stories were stored.</returns>
    public async Task<int> PollAsync(string feedId, CancellationToken ct)
    {
        var snapshot = config.Current;
        var feed = snapshot.Feed(feedId);
        if (feed is null)
            return 0;
        var now = clock.GetUtcNow();
        var configuredUri = snapshot.FeedUri(feed);
        var state = await store.GetFeedStateAsync(feedId, ct);
        if (state is null || state.ConfiguredUrl != configuredUri.AbsoluteUri)
        {
            state = new FeedState
            {
                FeedId = feedId, Url = configuredUri.AbsoluteUri, ConfiguredUrl = configuredUri.AbsoluteUri, Initialized = state?.Initialized ?? false,
            };
        }
        if (state.NextPollAt is { } due && due > now)
        {
            logger.LogDebug("Feed {FeedId} not due until {NextPollAt}", feedId, due);
            return 0;
        }
        // Once per interval: a start-up poll and the regular trigger (or two nodes' triggers) never poll twice.
        var interval = TimeSpan.FromMinutes(feed.IntervalMinutes ?? options.CurrentValue.DefaultIntervalMinutes);
        if (state.LastPolledAt is { } last && now - last < interval * 0.9)
        {
            logger.LogDebug("Feed {FeedId} polled {SinceSeconds:F0} s ago; skipped", feedId, (now - last).TotalSeconds);
            return 0;
        }

        var fetched = await source.FetchAsync(new Uri(state.Url), state.ETag, state.LastModified, ct);
        metrics.FeedsPolled.Add(1);
        if (!fetched.IsSuccess)
        {
            metrics.FeedFailures.Add(1);
            await health.RecordFailureAsync(feed, state, fetched.Error ?? fetched.Status.ToString(), fetched.RetryAfter, now, ct);
            return 0;
        }
        if (fetched.Status == FetchStatus.NotModified)
        {
            await health.RecordSuccessAsync(feed, state with { }, fetched, null, now, ct);
            return 0;
        }

        var parsed = FeedParser.Parse(fetched.Body, fetched.ContentType, fetched.FinalUrl ?? new Uri(state.Url));
        if (parsed.Entries.Count == 0 && parsed.Format == "unknown")
        {
            metrics.FeedFailures.Add(1);
            await health.RecordFailureAsync(feed, state, "not a feed: " + string.Join("; ", parsed.Problems.Take(3)), null, now, ct);
            return 0;
        }
        if (parsed.Problems.Count > 0)
            logger.LogInformation("Feed {FeedId} parsed with {ProblemCount} problem(s): {Problems}", feedId, parsed.Problems.Count, string.Join("; ", parsed.Problems.Take(5)));

        var added = await StoreNewAsync(feed, parsed, state.Initialized, snapshot, ct);
        await health.RecordSuccessAsync(feed, state with { Initialized = true }, fetched, parsed.TtlMinutes, now, ct);
        return added;
    }

    private async Task<int> StoreNewAsync(FeedConfig feed, ParsedFeed parsed, bool initialized, ConfigSnapshot snapshot, CancellationToken ct)
    {
        var entries = parsed.Entries.Select(e => (Entry: e, Identity: StoryIdentity.Of(e)))
            .DistinctBy(x => x.Identity)
            .ToList();
        var known = await store.KnownIdentitiesAsync(feed.Id, entries.Select(e => e.Identity).ToList(), ct);
        // Oldest first, so a channel receives stories in the order they happened.
        var fresh = entries.Where(e => !known.Contains(e.Identity))
            .OrderBy(e => e.Entry.Published ?? e.Entry.Updated ?? DateTimeOffset.MinValue)
            .ToList();
        if (fresh.Count == 0)
            return 0;
        var postable = initialized ? fresh.Count : Math.Min(options.CurrentValue.FirstPollPostNewest, fresh.Count);
        var outlet = feed.Name ?? parsed.Title ?? feed.Id;
        // Build every story first (article pages are read here, concurrently with other polls), then write them in one go.
        var built = new List<(NewStory Story, bool Post)>(fresh.Count);
        for (var i = 0; i < fresh.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var (entry, identity) = fresh[i];
            var (title, text, digest) = await stories.BuildAsync(entry, outlet, ct);
            var topics = snapshot.Matcher.Match(new MatchInput(title, text, feed.Id, feed.Language ?? parsed.Language))
                .Select(m => m.Topic).ToList();
            var published = entry.Published ?? entry.Updated;
            var now = clock.GetUtcNow();
            var cluster = await clusters.AddAsync(new ClusterItem($"{feed.Id}:{identity}", title, outlet, published ?? now, digest.Summary, text), ct);
            built.Add((new NewStory
            {
                FeedId = feed.Id, Identity = identity, Title = title, Link = digest.Link, Outlet = outlet,
                Published = published, FetchedAt = now, Text = text,
                Digest = digest with { Topics = topics }, Topics = topics, ClusterId = cluster?.ClusterId,
            }, i >= fresh.Count - postable));
        }
        IReadOnlyList<Subscription> subs = postable > 0 ? await subscriptions.AllAsync(ct) : [];
        var added = await writes.RunAsync(async () =>
        {
            var stored = 0;
            foreach (var (story, post) in built)
            {
                var (instant, rollups) = post ? DeliveryPlanner.Plan(story.Topics, subs) : ([], []);
                if (await store.IngestAsync(story, instant, rollups, story.FetchedAt, ct) is not null)
                    stored++;
            }
            return stored;
        }, ct);
        metrics.StoriesStored.Add(added);
        logger.LogInformation("Feed {FeedId}: {NewCount} new stories ({PostedCount} posted)", feed.Id, added, postable);
        return added;
    }
}
