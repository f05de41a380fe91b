using NewsBot.Core.Delivery;
using NewsBot.Core.Topics;

namespace NewsBot.Core.Commands;

/// <summary>The topics in force (from the admin's config).</summary>
public interface ITopicCatalog
{
    IReadOnlyList<TopicDefinition> Topics { get; }
}

/// <summary>Subscriptions as commands see them: declared ones (read-only) and command-made ones.</summary>
public interface ISubscriptionService
{
    Task<IReadOnlyList<Subscription>> ForChannelAsync(string channel, CancellationToken ct);
    Task SubscribeAsync(Subscription subscription, CancellationToken ct);
    Task<bool> UnsubscribeAsync(string channel, string topic, CancellationToken ct);
}

/// <summary>What /status shows an admin.</summary>
public interface IStatusSource
{
    Task<StatusReport> GetStatusAsync(string channel, CancellationToken ct);

    /// <summary>Puts a channel's parked deliveries back in the queue; returns how many.</summary>
    Task<int> RetryParkedAsync(string channel, CancellationToken ct);
}

public sealed record FeedHealthLine(string FeedId, string Name, bool Failing, int Failures, string? LastError, DateTimeOffset? LastSuccessAt, int Stories);

public sealed record StatusReport(
    IReadOnlyList<FeedHealthLine> Feeds,
    int PendingDeliveries,
    int ParkedDeliveries,
    IReadOnlyList<string> ParkedErrors,
    int StoredStories);
