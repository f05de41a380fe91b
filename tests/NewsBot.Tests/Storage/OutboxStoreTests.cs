using NewsBot.Core.Delivery;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

/// <summary>The outbox contract on SQLite (the Postgres suite runs the same cases).</summary>
public class OutboxStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset L = T0.AddHours(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Rows_are_written_with_the_story_and_each_story_is_stored_once()
    {
        var store = await StoreFixture.NewSqliteAsync();
        var story = StoreFixture.Story("f", "id-1", "Title", T0, topics: ["syria"]);
        Assert.NotNull(await store.AddAsync(story, "console:a", "console:b"));
        Assert.Null(await store.AddAsync(story, "console:a", "console:b"));
        var claimed = await store.ClaimAsync("w", T0, 10, Lease, default);
        Assert.Equal(["console:a", "console:b"], claimed.Select(c => c.Channel).Order());
        Assert.All(claimed, c => Assert.StartsWith("story:", c.Key));
    }

    [Fact]
    public async Task One_row_per_channel_at_a_time_oldest_first_and_never_claimed_twice()
    {
        var store = await StoreFixture.NewSqliteAsync();
        for (var i = 0; i < 3; i++)
            await store.AddAsync(StoreFixture.Story("f", $"s{i}", $"Story {i}", T0.AddMinutes(i)), "console:a");
        var first = Assert.Single(await store.ClaimAsync("w1", L, 10, Lease, default));
        Assert.Empty(await store.ClaimAsync("w2", L, 10, Lease, default)); // channel busy
        await store.MarkDeliveredAsync(first.Id, "m1", T0, default);
        var second = Assert.Single(await store.ClaimAsync("w2", L, 10, Lease, default));
        Assert.True(second.Id > first.Id);
        // A retry that is not yet due holds the channel's queue, so order is kept.
        await store.RescheduleAsync(second.Id, "timeout", L.AddMinutes(5), default);
        Assert.Empty(await store.ClaimAsync("w2", L.AddMinutes(1), 10, Lease, default));
        Assert.Equal(second.Id, Assert.Single(await store.ClaimAsync("w2", L.AddMinutes(5), 10, Lease, default)).Id);
    }

    [Fact]
    public async Task A_crashed_workers_claim_expires_and_the_row_is_claimed_again()
    {
        var store = await StoreFixture.NewSqliteAsync();
        await store.AddAsync(StoreFixture.Story("f", "s", "Story", T0), "console:a");
        var claimed = Assert.Single(await store.ClaimAsync("dead", T0, 10, Lease, default));
        Assert.Empty(await store.ClaimAsync("alive", T0 + Lease - TimeSpan.FromSeconds(1), 10, Lease, default));
        var again = Assert.Single(await store.ClaimAsync("alive", T0 + Lease, 10, Lease, default));
        Assert.Equal(claimed.Key, again.Key);
        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Parked_rows_do_not_block_and_come_back_when_asked()
    {
        var store = await StoreFixture.NewSqliteAsync();
        await store.AddAsync(StoreFixture.Story("f", "s1", "One", T0), "console:a");
        await store.AddAsync(StoreFixture.Story("f", "s2", "Two", T0.AddMinutes(1)), "console:a");
        var one = Assert.Single(await store.ClaimAsync("w", L, 10, Lease, default));
        await store.ParkAsync(one.Id, "Permanent: bad", T0, default);
        var two = Assert.Single(await store.ClaimAsync("w", L, 10, Lease, default));
        Assert.NotEqual(one.Id, two.Id);
        await store.MarkDeliveredAsync(two.Id, "m", T0, default);
        Assert.Equal(new OutboxCounts(0, 1, 1), await store.CountsAsync(default));
        Assert.Equal(1, await store.RequeueParkedAsync("console:a", L, default));
        Assert.Equal(one.Id, Assert.Single(await store.ClaimAsync("w", L, 10, Lease, default)).Id);
    }

    [Fact]
    public async Task Release_returns_a_workers_rows_on_shutdown()
    {
        var store = await StoreFixture.NewSqliteAsync();
        await store.AddAsync(StoreFixture.Story("f", "s", "Story", T0), "console:a");
        Assert.Single(await store.ClaimAsync("w", T0, 10, Lease, default));
        await store.ReleaseAsync("w", default);
        Assert.Single(await store.ClaimAsync("w2", T0, 10, Lease, default));
    }

    [Fact]
    public async Task Moving_a_channel_takes_its_subscriptions_and_pending_rows()
    {
        var store = await StoreFixture.NewSqliteAsync();
        await store.UpsertSubscriptionAsync(new Subscription { Channel = "telegram:-1", Topic = "syria" }, default);
        await store.AddAsync(StoreFixture.Story("f", "s", "Story", T0), "telegram:-1");
        await store.MoveChannelAsync("telegram:-1", "telegram:-100", default);
        Assert.Equal("telegram:-100", Assert.Single(await store.ListSubscriptionsAsync(default)).Channel);
        Assert.Equal("telegram:-100", Assert.Single(await store.ClaimAsync("w", T0, 10, Lease, default)).Channel);
        Assert.Equal(1, await store.RemoveChannelAsync("telegram:-100", default));
    }
}
