using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests.Rendering;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord;

/// <summary>
/// Posts digests to Discord channels as embeds. Every message carries allowed_mentions parse [] and a nonce with
/// enforce_nonce (from the outbox key), so a retried post returns the existing message instead of a duplicate.
/// </summary>
internal sealed class DiscordChatPlatform(DiscordRestClient rest, IChannelEvents channelEvents, ILogger<DiscordChatPlatform> logger) : IChatPlatform
{
    public const string PlatformName = "discord";

    public string Name => PlatformName;

    public async Task<PostResult> PostAsync(OutgoingPost post, CancellationToken ct)
    {
        var channel = post.ThreadId ?? post.ChannelId;
        var messages = DiscordEmbedRenderer.Render(post.Text, post.Digests);
        if (messages.Count == 0)
            return new PostResult(PostOutcome.Permanent, Error: "nothing to post: no text and no digests");
        string? firstId = null;
        for (var i = 0; i < messages.Count; i++)
        {
            var key = i == 0 ? post.IdempotencyKey : $"{post.IdempotencyKey}#{i}";
            var body = DiscordMessageBody.From(messages[i], post.Silent ? DiscordMessageBody.SuppressNotifications : null).WithNonce(key);
            var result = await rest.SendAsync(DiscordRoute.CreateMessage(channel), body, ct).ConfigureAwait(false);
            if (!result.Ok)
                return await FailAsync(post.ChannelId, result, ct).ConfigureAwait(false);
            firstId ??= result.Body?.String("id");
        }
        return PostResult.Ok(firstId ?? "");
    }

    public async Task<PostResult> EditAsync(OutgoingPost post, string messageId, CancellationToken ct)
    {
        var channel = post.ThreadId ?? post.ChannelId;
        var messages = DiscordEmbedRenderer.Render(post.Text, post.Digests);
        if (messages.Count == 0)
            return new PostResult(PostOutcome.Permanent, Error: "nothing to edit: no text and no digests");
        var body = DiscordMessageBody.From(messages[0]);
        var result = await rest.SendAsync(DiscordRoute.EditMessage(channel, messageId), body, ct).ConfigureAwait(false);
        return result.Ok ? PostResult.Ok(messageId) : await FailAsync(post.ChannelId, result, ct).ConfigureAwait(false);
    }

    private async Task<PostResult> FailAsync(string channelId, DiscordRestResult result, CancellationToken ct)
    {
        var error = result.Describe();
        logger.LogWarning("Discord post to {ChannelId} failed: {Error}", channelId, error);
        switch (result.Failure)
        {
            case DiscordFailure.Forbidden:
                await channelEvents.ChannelForbiddenAsync(PlatformName, channelId, error, ct).ConfigureAwait(false);
                return new PostResult(PostOutcome.Forbidden, Error: error);
            case DiscordFailure.ChannelGone:
                return new PostResult(PostOutcome.ChannelGone, Error: error);
            case DiscordFailure.RateLimited:
                return new PostResult(PostOutcome.RateLimited, Error: error) { RetryAfter = result.RetryAfter };
            case DiscordFailure.Transient:
                return new PostResult(PostOutcome.Transient, Error: error);
            default:
                return new PostResult(PostOutcome.Permanent, Error: error);
        }
    }
}
