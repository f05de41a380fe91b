using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Abstractions;
using NewsBot.Delivery;
using NewsBot.Polling;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Drives simulated steps: new items published, every feed polled, every due outbox row delivered, a retention pass.</summary>
internal sealed class Rig(INewsStore store, FeedPoller poller, PostSender sender, SoakFeeds feeds, FakeTimeProvider clock)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private long _step;

    public long Polls { get; private set; }
    public long Stored { get; private set; }
    public long Delivered { get; private set; }
    public long Failed { get; private set; }

    /// <summary>One simulated hour of steps.</summary>
    /// <returns>Stories removed by retention in the hour.</returns>
    public async Task<int> HourAsync(SoakOptions options)
    {
        var removed = 0;
        for (var s = 0; s < options.StepsPerHour; s++)
        {
            clock.Advance(SoakOptions.Step);
            feeds.Publish(++_step, clock.GetUtcNow());
            await PollAllAsync(options.Feeds);
            await DeliverAllAsync();
            removed += await RetainAsync(options.Retention);
        }
        return removed;
    }

    private async Task PollAllAsync(int feeds)
    {
        for (var i = 0; i < feeds; i++)
        {
            Stored += await poller.PollAsync(SoakConfig.FeedId(i), default);
            Polls++;
        }
    }

    private async Task DeliverAllAsync()
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
    private async Task<int> RetainAsync(TimeSpan retention)
    {
        var now = clock.GetUtcNow();
        var result = await store.PruneAsync(new RetentionCutoffs(now - retention, now - retention, now - 2 * retention), default);
        await store.CompactAsync(default);
        return result.Stories;
    }
}
