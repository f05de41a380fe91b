using NewsBot.Core.Delivery;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Abstractions;

public interface IFeedStateStore
{
    Task<FeedState?> GetFeedStateAsync(string feedId, CancellationToken ct);
    Task SaveFeedStateAsync(FeedState state, CancellationToken ct);
    Task<IReadOnlyList<FeedState>> ListFeedStatesAsync(CancellationToken ct);
}

public interface IStoryStore
{
    /// <summary>Which of these identities this feed has already stored.</summary>
    Task<IReadOnlySet<string>> KnownIdentitiesAsync(string feedId, IReadOnlyCollection<string> identities, CancellationToken ct);

    /// <summary>
    /// Stores the story, its topics, its outbox rows and roll-up entries in one transaction.
    /// Returns the new story id, or null when the feed already had this identity (nothing written).
    /// </summary>
    Task<long?> IngestAsync(NewStory story, IReadOnlyList<InstantDelivery> deliveries, IReadOnlyList<RollupEntry> rollups, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<StoredStory>> LatestByTopicAsync(string topic, int count, CancellationToken ct);

    /// <summary>Full-text search ranked by relevance and recency.</summary>
    Task<IReadOnlyList<StoredStory>> SearchAsync(string words, int count, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<StoredStory>> GetStoriesAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    Task<int> CountStoriesAsync(CancellationToken ct);

    /// <summary>Stories published since the given time with their cluster ids, oldest first: to rebuild the clusterer.</summary>
    Task<IReadOnlyList<NewsBot.Core.Stories.Clustering.ClusteredItem>> RecentForClusteringAsync(DateTimeOffset since, CancellationToken ct);

    /// <summary>The stories of one cross-outlet cluster, first reported first.</summary>
    Task<IReadOnlyList<StoredStory>> GetClusterStoriesAsync(string clusterId, CancellationToken ct);
}

public interface ISubscriptionStore
{
    /// <summary>Subscriptions made by commands (the JSON ones live in the config).</summary>
    Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(CancellationToken ct);
    Task UpsertSubscriptionAsync(Subscription subscription, CancellationToken ct);
    Task<bool> RemoveSubscriptionAsync(string channel, string topic, CancellationToken ct);
    /// <summary>Ends every subscription of a channel; returns how many.</summary>
    Task<int> RemoveChannelAsync(string channel, CancellationToken ct);
    /// <summary>Moves subscriptions and undelivered outbox rows to a new channel key.</summary>
    Task MoveChannelAsync(string oldChannel, string newChannel, CancellationToken ct);
}

public interface IOutboxStore
{
    /// <summary>
    /// Claims up to max due rows, at most one per channel (the channel's oldest undelivered row), so stories reach a
    /// channel oldest first. A claim expires after the lease, so a crashed worker's rows are claimed again.
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ClaimAsync(string worker, DateTimeOffset now, int max, TimeSpan lease, CancellationToken ct);
    Task MarkDeliveredAsync(long id, string? messageId, DateTimeOffset now, CancellationToken ct);
    Task RescheduleAsync(long id, string error, DateTimeOffset dueAt, CancellationToken ct);
    Task ParkAsync(long id, string error, DateTimeOffset now, CancellationToken ct);
    /// <summary>Puts parked rows back in the queue (all, or one channel's); returns how many.</summary>
    Task<int> RequeueParkedAsync(string? channel, DateTimeOffset now, CancellationToken ct);
    /// <summary>Releases rows this worker claimed but did not finish (graceful shutdown).</summary>
    Task ReleaseAsync(string worker, CancellationToken ct);
    Task<OutboxCounts> CountsAsync(CancellationToken ct);
    /// <summary>Parked rows with their last error, for /status.</summary>
    Task<IReadOnlyList<(string Channel, string Error)>> ParkedAsync(int max, CancellationToken ct);

    /// <summary>Moves a channel's pending roll-up entries of a topic into one roll-up outbox row; false when there were none.</summary>
    /// <summary>Status ('pending', 'claimed', 'delivered', 'parked') and platform message id of the row with this key.</summary>
    Task<(string Status, string? MessageId)?> GetOutboxStatusAsync(string key, CancellationToken ct);

    /// <summary>Queues a plain-text notice (e.g. "feed X is failing") once per key.</summary>
    Task EnqueueNoticeAsync(string key, string channel, string text, DateTimeOffset now, CancellationToken ct);

    Task<DateTimeOffset?> LastRollupAsync(string channel, string topic, CancellationToken ct);

    Task<bool> CreateRollupAsync(string channel, string topic, string? threadId, bool silent, string heading, int maxStories, DateTimeOffset now, CancellationToken ct);
}

/// <summary>Removes old data so the database stays bounded (the retention job).</summary>
public interface IRetentionStore
{
    /// <summary>
    /// Removes stories fetched before the story cutoff (with their topics, search rows and roll-up entries) unless an
    /// undelivered outbox row still names them, remembering their identities; removes delivered outbox rows older than
    /// the outbox cutoff and remembered identities older than the seen cutoff.
    /// </summary>
    Task<RetentionResult> PruneAsync(RetentionCutoffs cutoffs, CancellationToken ct);

    /// <summary>Gives freed pages back to the file system where the engine needs it (SQLite); returns what was done.</summary>
    Task<string> CompactAsync(CancellationToken ct);
}

public sealed record RetentionCutoffs(DateTimeOffset Stories, DateTimeOffset DeliveredOutbox, DateTimeOffset SeenIdentities);

public sealed record RetentionResult(int Stories, int OutboxRows, int SeenIdentities, int KeptForOutbox);

/// <summary>All of the store, as one SQL implementation provides it.</summary>
public interface INewsStore : IFeedStateStore, IStoryStore, ISubscriptionStore, IOutboxStore, IRetentionStore
{
    Task MigrateAsync(CancellationToken ct);
}
