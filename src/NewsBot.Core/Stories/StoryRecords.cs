using NewsBot.Core.Digests;

namespace NewsBot.Core.Stories;

/// <summary>A story about to be stored: the digest is already made, the topics already matched.</summary>
public sealed record NewStory
{
    public required string FeedId { get; init; }
    /// <summary>guid, else normalized link, else a hash of title + date: unique per feed.</summary>
    public required string Identity { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public required string Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }
    /// <summary>Plain article text (for search).</summary>
    public string Text { get; init; } = "";
    public required Digest Digest { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Cross-outlet event cluster this story belongs to, when known.</summary>
    public string? ClusterId { get; init; }
}

/// <summary>A story as read back from the store.</summary>
public sealed record StoredStory(
    long Id,
    string FeedId,
    string Title,
    string? Link,
    string Outlet,
    DateTimeOffset? Published,
    DateTimeOffset FetchedAt,
    Digest Digest,
    IReadOnlyList<string> Topics,
    string? ClusterId);

/// <summary>Poll state of one feed, kept across restarts.</summary>
public sealed record FeedState
{
    public required string FeedId { get; init; }
    /// <summary>Where the feed is fetched now (a permanent redirect updates it).</summary>
    public required string Url { get; init; }
    /// <summary>The URL in newsbot.json when this state was made; a new one there starts the state afresh.</summary>
    public required string ConfiguredUrl { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? NextPollAt { get; init; }
    public int Failures { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastPolledAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    /// <summary>Marked failing after the configured number of failures; cleared by the next success.</summary>
    public bool Failing { get; init; }
    /// <summary>The first poll has recorded the feed's items.</summary>
    public bool Initialized { get; init; }
    public int StoryCount { get; init; }
}
