using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Topics;
using NewsBot.Delivery;

namespace NewsBot.Hosting;

/// <summary>Topics in force, read from the current configuration.</summary>
public sealed class ConfigTopicCatalog(ConfigMonitor config) : ITopicCatalog
{
    public IReadOnlyList<TopicDefinition> Topics => config.Current.Topics;
}

/// <summary>Subscriptions for commands: JSON ones are read-only, command ones live in the store.</summary>
public sealed class SubscriptionService(SubscriptionDirectory directory, ISubscriptionStore store, ConfigMonitor config) : ISubscriptionService
{
    public Task<IReadOnlyList<Subscription>> ForChannelAsync(string channel, CancellationToken ct) => directory.ForChannelAsync(channel, ct);

    public Task SubscribeAsync(Subscription subscription, CancellationToken ct) =>
        store.UpsertSubscriptionAsync(subscription with { TimeZone = subscription.TimeZone ?? config.Current.Channel(subscription.Channel)?.TimeZone }, ct);

    public Task<bool> UnsubscribeAsync(string channel, string topic, CancellationToken ct) => store.RemoveSubscriptionAsync(channel, topic, ct);
}

/// <summary>Feed health and the delivery queue, for /status.</summary>
public sealed class StatusSource(INewsStore store, ConfigMonitor config, TimeProvider clock) : IStatusSource
{
    public async Task<StatusReport> GetStatusAsync(string channel, CancellationToken ct)
    {
        var states = (await store.ListFeedStatesAsync(ct)).ToDictionary(s => s.FeedId);
        var feeds = config.Current.Config.Feeds.Select(f =>
        {
            states.TryGetValue(f.Id, out var s);
            return new FeedHealthLine(f.Id, f.Name ?? f.Id, s?.Failing ?? false, s?.Failures ?? 0, s?.LastError, s?.LastSuccessAt, s?.StoryCount ?? 0);
        }).ToList();
        var counts = await store.CountsAsync(ct);
        var parked = await store.ParkedAsync(10, ct);
        return new StatusReport(feeds, counts.Pending, counts.Parked, parked.Select(p => $"{p.Channel}: {p.Error}").ToList(), await store.CountStoriesAsync(ct));
    }

    public Task<int> RetryParkedAsync(string channel, CancellationToken ct) => store.RequeueParkedAsync(channel, clock.GetUtcNow(), ct);
}
