using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Hosting;

namespace NewsBot.Delivery;

/// <summary>Turns one outbox row into a post (or edit) on its platform and maps what happened to the channel.</summary>
public sealed class PostSender(INewsStore store, PlatformRegistry platforms, IChannelEvents channels, ILogger<PostSender> logger)
{
    public async Task<PostResult> SendAsync(OutboxItem item, CancellationToken ct)
    {
        var platform = platforms.Find(item.Platform);
        if (platform is null)
            return new PostResult(PostOutcome.Permanent, Error: $"platform '{item.Platform}' is not enabled (set its token); the post is parked until it is");
        var stories = await store.GetStoriesAsync(item.StoryIds, ct);
        if (stories.Count < item.StoryIds.Count && item.Kind != OutboxKind.Rollup)
            return new PostResult(PostOutcome.Permanent, Error: "story no longer stored (removed by retention)");
        var post = new OutgoingPost
        {
            ChannelId = item.ChannelId,
            ThreadId = item.ThreadId,
            Digests = stories.Select(s => s.Digest).ToList(),
            Text = item.Heading,
            IdempotencyKey = item.Key,
            Silent = item.Silent,
        };
        var result = item.Kind == OutboxKind.Edit && item.TargetMessageId is { } target
            ? await platform.EditAsync(post, target, ct)
            : await platform.PostAsync(post, ct);
        if (result.Outcome == PostOutcome.ChannelGone)
            await channels.ChannelGoneAsync(item.Platform, item.ChannelId, result.Error ?? "channel gone", ct);
        else if (result.Outcome == PostOutcome.Forbidden)
            await channels.ChannelForbiddenAsync(item.Platform, item.ChannelId, result.Error ?? "forbidden", ct);
        if (result.MovedToChannelId is { } moved)
            logger.LogInformation("Delivery {OutboxId} followed {Channel} to {NewChannelId}", item.Id, item.Channel, moved);
        return result;
    }
}
