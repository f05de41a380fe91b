namespace NewsBot.Core.Abstractions;

/// <summary>What a platform adapter reports about a channel's life; the host ends or moves subscriptions.</summary>
public interface IChannelEvents
{
    /// <summary>The bot was removed, blocked or the channel deleted: end its subscriptions (logged with the reason).</summary>
    Task ChannelGoneAsync(string platform, string channelId, string reason, CancellationToken ct);

    /// <summary>A Telegram group became a supergroup: move subscriptions and pending posts to the new id.</summary>
    Task ChannelMovedAsync(string platform, string oldChannelId, string newChannelId, CancellationToken ct);

    /// <summary>The bot lost permission to post (Discord 50001/50013): pause, and tell the admin where possible.</summary>
    Task ChannelForbiddenAsync(string platform, string channelId, string reason, CancellationToken ct);
}
