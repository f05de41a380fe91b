using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;
using Quartz;

namespace NewsBot.Delivery;

/// <summary>
/// Roll-ups: for each hourly or daily subscription whose cron time (in the channel's time zone) has passed since its
/// last roll-up, one outbox row with the top stories kept for it. Nothing is posted when nothing is new.
/// </summary>
public sealed class RollupRunner(
    SubscriptionDirectory subscriptions,
    INewsStore store,
    ConfigMonitor config,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<RollupRunner> logger)
{
    /// <returns>How many roll-ups were queued.</returns>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var queued = 0;
        foreach (var s in (await subscriptions.AllAsync(ct)).Where(s => s.Cadence.Kind != CadenceKind.Instant && !s.Paused))
        {
            var last = await store.LastRollupAsync(s.Channel, s.Topic, ct);
            if (last is null)
            {
                // First sight of this subscription: start counting from now.
                await store.CreateRollupAsync(s.Channel, s.Topic, s.ThreadId, s.Silent, "", 0, now, ct);
                continue;
            }
            var next = NextRun(s, last.Value);
            if (next is null || next > now)
                continue;
            var title = config.Current.Topic(s.Topic)?.Title ?? s.Topic;
            var heading = s.Cadence.Kind == CadenceKind.Hourly ? $"{title}: the past hour" : $"{title}: your daily roll-up";
            if (await store.CreateRollupAsync(s.Channel, s.Topic, s.ThreadId, s.Silent, heading, options.CurrentValue.RollupMaxStories, now, ct))
            {
                queued++;
                logger.LogInformation("Roll-up of {Topic} queued for {Channel}", s.Topic, s.Channel);
            }
        }
        return queued;
    }

    /// <summary>The first cron time after the last roll-up, in the subscription's time zone.</summary>
    public static DateTimeOffset? NextRun(Subscription s, DateTimeOffset last)
    {
        var zone = s.TimeZone is { } tz && TimeZoneInfo.TryFindSystemTimeZoneById(tz, out var z) ? z : TimeZoneInfo.Utc;
        var cron = new CronExpression(s.Cadence.CronExpression!, zone);
        return cron.GetNextValidTimeAfter(last);
    }
}
