using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;

namespace NewsBot.Delivery;

/// <summary>All subscriptions in force: those declared in newsbot.json beside those made by commands.</summary>
public sealed class SubscriptionDirectory(ConfigMonitor config, ISubscriptionStore store)
{
    public async Task<IReadOnlyList<Subscription>> AllAsync(CancellationToken ct)
    {
        var snapshot = config.Current;
        var declared = snapshot.Subscriptions;
        var made = await store.ListSubscriptionsAsync(ct);
        var declaredKeys = declared.Select(s => (s.Channel, s.Topic)).ToHashSet();
        // A JSON subscription wins over a command-made one for the same channel and topic; unknown topics are ignored.
        return declared
            .Concat(made.Where(s => !declaredKeys.Contains((s.Channel, s.Topic)) && snapshot.Topic(s.Topic) is not null))
            .ToList();
    }

    public async Task<IReadOnlyList<Subscription>> ForChannelAsync(string channel, CancellationToken ct) =>
        (await AllAsync(ct)).Where(s => s.Channel == channel).ToList();
}
