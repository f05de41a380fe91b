using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Abstractions;
using NewsBot.Delivery;
using NewsBot.Tests.Delivery.Rigs;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>The worker keeps Delivery:Concurrency posts in flight: a post that hangs holds one slot, not the whole queue.</summary>
public sealed class DeliveryPipelineTests
{
    [Fact]
    public async Task A_hanging_post_does_not_hold_up_the_other_channels()
    {
        using var files = new DeliveryRigFiles();
        var platform = new GatedPlatform();
        await using var host = await TestHost.StartAsync(files.Root, new Dictionary<string, string?>
        {
            ["Console:Enabled"] = "false",
            ["Delivery:Concurrency"] = "2",
        }, services => services.AddSingleton<IChatPlatform>(platform));

        var others = Enumerable.Range(1, 10).Select(i => $"gated:c{i}").ToList();
        await RigStories.IngestAsync(host.Get<INewsStore>(), 1, ["gated:slow", .. others], DateTimeOffset.UtcNow);
        host.Get<DeliveryWorker>().Nudge();

        // The slow channel's post is claimed first and hangs; the ten others still go out through the second slot.
        await WaitUntilAsync(() => platform.Posted.Count == others.Count);
        Assert.Equal(others.Order(), platform.Posted.Order());
        var rows = await OutboxRows.ReadAsync(files.DatabaseFile);
        Assert.Equal("claimed", rows.Single(r => r.Channel == "gated:slow").Status);

        platform.Release.SetResult();
        Assert.True(await OutboxRows.WaitAllDeliveredAsync(files.DatabaseFile, TimeSpan.FromSeconds(10)));
        Assert.Contains("gated:slow", platform.Posted);
    }

    [Fact]
    public void Backoff_doubles_per_attempt_with_jitter_and_stays_under_the_cap()
    {
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var uncapped = DeliveryWorker.Backoff(attempt, TimeSpan.FromDays(1)).TotalSeconds;
            var expected = Math.Pow(2, Math.Min(attempt, 12));
            Assert.InRange(uncapped, expected * 0.5, expected * 1.5);
            Assert.InRange(DeliveryWorker.Backoff(attempt, TimeSpan.FromSeconds(3)).TotalSeconds, 1, 3);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out: the other channels were held up by the hanging post");
            await Task.Delay(20);
        }
    }

    /// <summary>Posts to "gated:slow" wait for <see cref="Release"/>; every other channel posts at once.</summary>
    private sealed class GatedPlatform : IChatPlatform
    {
        public string Name => "gated";

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Posted { get; } = new();

        public async Task<PostResult> PostAsync(OutgoingPost post, CancellationToken ct)
        {
            if (post.ChannelId == "slow")
                await Release.Task.WaitAsync(ct);
            Posted.Enqueue("gated:" + post.ChannelId);
            return PostResult.Ok(Guid.NewGuid().ToString("N"));
        }

        public Task<PostResult> EditAsync(OutgoingPost post, string messageId, CancellationToken ct) => Task.FromResult(PostResult.Ok(messageId));
    }
}
