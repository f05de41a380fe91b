using NewsBot.Core.Abstractions;
using NewsBot.Delivery;
using NewsBot.Polling;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Drives one simulated step: every feed polled, every due outbox row delivered, retention when asked.</summary>
internal sealed class Rig(INewsStore store, FeedPoller poller, PostSender sender, TimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public long Polls { get; private set; }
    public long Stored { get; private set; }
    public long Delivered { get; private set; }
    public long Failed { get; private set; }

    public async Task PollAllAsync(int feeds)
    {
        for (var i = 0; i < feeds; i++)
        {
            Stored += await poller.PollAsync(SoakConfig.FeedId(i), default);
            Polls++;
        }
    }

    public async Task DeliverAllAsync()
    {
        while (true)
        {
            var now = clock.GetUtcNow();
            var items = await store.ClaimAsync("soak", now, 64, Lease, default);
            if (items.Count == 0)
                return;
            foreach (var item in items)
            {
                var result = await sender.SendAsync(item, default);
                if (result.Outcome == PostOutcome.Posted)
                {
                    await store.MarkDeliveredAsync(item.Id, result.MessageId, now, default);
                    Delivered++;
                }
                else
                {
                    await store.ParkAsync(item.Id, result.Error ?? result.Outcome.ToString(), now, default);
                    Failed++;
                }
            }
        }
    }

    /// <summary>The retention job's store calls with a retention shorter than the options' whole days (identities kept twice as long).</summary>
    public async Task<int> RetainAsync(TimeSpan retention)
    {
        var now = clock.GetUtcNow();
        var result = await store.PruneAsync(new RetentionCutoffs(now - retention, now - retention, now - 2 * retention), default);
        await store.CompactAsync(default);
        return result.Stories;
    }
}
