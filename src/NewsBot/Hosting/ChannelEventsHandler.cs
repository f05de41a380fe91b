using Microsoft.Extensions.Logging;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;

namespace NewsBot.Hosting;

/// <summary>Ends, moves or flags subscriptions when a platform reports what happened to a channel.</summary>
public sealed class ChannelEventsHandler(INewsStore store, ConfigMonitor config, TimeProvider clock, ILogger<ChannelEventsHandler> logger) : IChannelEvents
{
    public async Task ChannelGoneAsync(string platform, string channelId, string reason, CancellationToken ct)
    {
        var channel = $"{platform}:{channelId}";
        var n = await store.RemoveChannelAsync(channel, ct);
        if (config.Current.Subscriptions.Any(s => s.Channel == channel))
            logger.LogWarning("Channel {Channel} is gone ({Reason}) but has subscriptions in newsbot.json; remove them there", channel, reason);
        logger.LogWarning("Channel {Channel} is gone ({Reason}): ended {SubscriptionCount} subscription(s)", channel, reason, n);
    }

    public async Task ChannelMovedAsync(string platform, string oldChannelId, string newChannelId, CancellationToken ct)
    {
        await store.MoveChannelAsync($"{platform}:{oldChannelId}", $"{platform}:{newChannelId}", ct);
        logger.LogInformation("Channel {Channel} moved to {NewChannel}; subscriptions and pending posts follow", $"{platform}:{oldChannelId}", $"{platform}:{newChannelId}");
    }

    public async Task ChannelForbiddenAsync(string platform, string channelId, string reason, CancellationToken ct)
    {
        var channel = $"{platform}:{channelId}";
        logger.LogWarning("NewsBot may not post in {Channel}: {Reason}; its deliveries are parked until an admin fixes permissions and runs /retry", channel, reason);
        var now = clock.GetUtcNow();
        foreach (var admin in config.Current.Config.Channels.Where(c => c.Admin && c.Key != channel))
            await store.EnqueueNoticeAsync($"forbidden:{channel}:{now.ToUnixTimeSeconds() / 3600}:{admin.Key}", admin.Key,
                $"⚠ NewsBot lacks permission to post in {channel} ({reason}). Fix the bot's permissions there, then run /retry in that channel.", now, ct);
    }
}
