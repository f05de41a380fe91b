using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands.Handlers;
using NewsBot.Core.Delivery;
using NewsBot.Core.Stories;
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
        if (item.Kind == OutboxKind.Edit)
            return await EditAsync(platform, item, stories, ct);
        var post = new OutgoingPost
        {
            ChannelId = item.ChannelId,
            ThreadId = item.ThreadId,
            // A roll-up shows each event once, with its other outlets as sources.
            Digests = LatestCommand.OnePerEvent(stories).ToList(),
            Text = item.Heading,
            IdempotencyKey = item.Key,
            Silent = item.Silent,
        };
        var result = await platform.PostAsync(post, ct);
        if (result.Outcome == PostOutcome.ChannelGone)
            await channels.ChannelGoneAsync(item.Platform, item.ChannelId, result.Error ?? "channel gone", ct);
        else if (result.Outcome == PostOutcome.Forbidden)
            await channels.ChannelForbiddenAsync(item.Platform, item.ChannelId, result.Error ?? "forbidden", ct);
        if (result.MovedToChannelId is { } moved)
            logger.LogInformation("Delivery {OutboxId} followed {Channel} to {NewChannelId}", item.Id, item.Channel, moved);
        return result;
    }

    /// <summary>"Also reported by ...": the message first posted for the event is changed to the merged digest.</summary>
    private async Task<PostResult> EditAsync(IChatPlatform platform, OutboxItem item, IReadOnlyList<StoredStory> stories, CancellationToken ct)
    {
        var original = item.RefKey is null ? null : await store.GetOutboxStatusAsync(item.RefKey, ct);
        if (original is not { Status: "delivered", MessageId: { } messageId })
        {
            return original is { Status: "parked" }
                ? new PostResult(PostOutcome.Permanent, Error: "the message to update was never posted")
                : new PostResult(PostOutcome.Transient, Error: "waiting for the first report to be posted");
        }
        var clusterId = stories.FirstOrDefault()?.ClusterId;
        var members = clusterId is null ? stories : await store.GetClusterStoriesAsync(clusterId, ct);
        var post = new OutgoingPost
        {
            ChannelId = item.ChannelId,
            ThreadId = item.ThreadId,
            Digests = [ClusterDigest.Merge(members)],
            IdempotencyKey = item.Key,
            Silent = item.Silent,
        };
        return await platform.EditAsync(post, messageId, ct);
    }
}
