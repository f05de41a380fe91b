using NewsBot.Core.Delivery;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

/// <summary>The store contract: the same cases run on SQLite and on PostgreSQL.</summary>
public static class StoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset L = T0.AddHours(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static async Task Rows_are_written_with_the_story_and_each_story_is_stored_once(SqlStore store)
    {
        var story = StoreFixture.Story("f", "id-1", "Title", T0, topics: ["syria"]);
        Assert.NotNull(await store.AddAsync(story, "console:a", "console:b"));
        Assert.Null(await store.AddAsync(story, "console:a", "console:b"));
        var claimed = await store.ClaimAsync("w", T0, 10, Lease, default);
        Assert.Equal(["console:a", "console:b"], claimed.Select(c => c.Channel).Order());
        Assert.All(claimed, c => Assert.StartsWith("story:", c.Key));
    }

    public static async Task One_row_per_channel_at_a_time_oldest_first_and_never_claimed_twice(SqlStore store)
    {
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

    public static async Task A_crashed_workers_claim_expires_and_the_row_is_claimed_again(SqlStore store)
    {
        await store.AddAsync(StoreFixture.Story("f", "s", "Story", T0), "console:a");
        var claimed = Assert.Single(await store.ClaimAsync("dead", T0, 10, Lease, default));
        Assert.Empty(await store.ClaimAsync("alive", T0 + Lease - TimeSpan.FromSeconds(1), 10, Lease, default));
        var again = Assert.Single(await store.ClaimAsync("alive", T0 + Lease, 10, Lease, default));
        Assert.Equal(claimed.Key, again.Key);
        Assert.Equal(2, again.Attempts);
    }

    public static async Task Parked_rows_do_not_block_and_come_back_when_asked(SqlStore store)
    {
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

    public static async Task Release_returns_a_workers_rows_on_shutdown(SqlStore store)
    {
        await store.AddAsync(StoreFixture.Story("f", "s", "Story", T0), "console:a");
        Assert.Single(await store.ClaimAsync("w", T0, 10, Lease, default));
        await store.ReleaseAsync("w", default);
        Assert.Single(await store.ClaimAsync("w2", T0, 10, Lease, default));
    }

    public static async Task Moving_a_channel_takes_its_subscriptions_and_pending_rows(SqlStore store)
    {
        await store.UpsertSubscriptionAsync(new Subscription { Channel = "telegram:-1", Topic = "syria" }, default);
        await store.AddAsync(StoreFixture.Story("f", "s", "Story", T0), "telegram:-1");
        await store.MoveChannelAsync("telegram:-1", "telegram:-100", default);
        Assert.Equal("telegram:-100", Assert.Single(await store.ListSubscriptionsAsync(default)).Channel);
        Assert.Equal("telegram:-100", Assert.Single(await store.ClaimAsync("w", T0, 10, Lease, default)).Channel);
        Assert.Equal(1, await store.RemoveChannelAsync("telegram:-100", default));
    }

    public static async Task Search_finds_words_in_title_and_body_newest_relevant_first(SqlStore store)
    {
        await store.AddAsync(StoreFixture.Story("f", "a", "Wheat prices fall in Damascus", T0.AddDays(-20), "Bread is cheaper."));
        await store.AddAsync(StoreFixture.Story("f", "b", "Wheat prices fall again", T0, "Wheat prices fell for a second week."));
        await store.AddAsync(StoreFixture.Story("f", "c", "Harbour concert", T0, "Music by the sea."));
        var found = await store.SearchAsync("wheat prices", 5, T0, default);
        Assert.Equal(["Wheat prices fall again", "Wheat prices fall in Damascus"], found.Select(s => s.Title));
        Assert.Equal("Wheat prices fall in Damascus", Assert.Single(await store.SearchAsync("bread", 5, T0, default)).Title);
        Assert.Empty(await store.SearchAsync("\"); DROP TABLE stories; --", 5, T0, default));
        Assert.Equal(3, await store.CountStoriesAsync(default));
    }

    public static async Task Latest_by_topic_and_feed_state_round_trip(SqlStore store)
    {
        await store.AddAsync(StoreFixture.Story("f", "a", "Old", T0, topics: ["syria"]));
        await store.AddAsync(StoreFixture.Story("f", "b", "New", T0.AddHours(1), topics: ["syria", "iran"]));
        Assert.Equal(["New", "Old"], (await store.LatestByTopicAsync("syria", 5, default)).Select(s => s.Title));
        Assert.Equal(["New"], (await store.LatestByTopicAsync("iran", 5, default)).Select(s => s.Title));
        Assert.Equal(["a"], await store.KnownIdentitiesAsync("f", ["a", "zzz"], default));
        var state = new NewsBot.Core.Stories.FeedState
        {
            FeedId = "f", Url = "https://x/y", ConfiguredUrl = "https://x/y", ETag = "\"e\"", Failures = 2, Failing = true, LastError = "boom",
            NextPollAt = T0, Initialized = true,
        };
        await store.SaveFeedStateAsync(state, default);
        var back = await store.GetFeedStateAsync("f", default);
        Assert.Equal(state with { StoryCount = 2 }, back);
    }
}

public class SqliteStoreContractTests
{
    [Fact] public async Task Rows_are_written_with_the_story_and_each_story_is_stored_once() => await StoreContract.Rows_are_written_with_the_story_and_each_story_is_stored_once(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task One_row_per_channel_at_a_time_oldest_first_and_never_claimed_twice() => await StoreContract.One_row_per_channel_at_a_time_oldest_first_and_never_claimed_twice(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task A_crashed_workers_claim_expires_and_the_row_is_claimed_again() => await StoreContract.A_crashed_workers_claim_expires_and_the_row_is_claimed_again(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Parked_rows_do_not_block_and_come_back_when_asked() => await StoreContract.Parked_rows_do_not_block_and_come_back_when_asked(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Release_returns_a_workers_rows_on_shutdown() => await StoreContract.Release_returns_a_workers_rows_on_shutdown(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Moving_a_channel_takes_its_subscriptions_and_pending_rows() => await StoreContract.Moving_a_channel_takes_its_subscriptions_and_pending_rows(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Search_finds_words_in_title_and_body_newest_relevant_first() => await StoreContract.Search_finds_words_in_title_and_body_newest_relevant_first(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Latest_by_topic_and_feed_state_round_trip() => await StoreContract.Latest_by_topic_and_feed_state_round_trip(await StoreFixture.NewSqliteAsync());
}

public class PostgresStoreContractTests
{
    [PostgresFact] public async Task Rows_are_written_with_the_story_and_each_story_is_stored_once() => await StoreContract.Rows_are_written_with_the_story_and_each_story_is_stored_once(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task One_row_per_channel_at_a_time_oldest_first_and_never_claimed_twice() => await StoreContract.One_row_per_channel_at_a_time_oldest_first_and_never_claimed_twice(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task A_crashed_workers_claim_expires_and_the_row_is_claimed_again() => await StoreContract.A_crashed_workers_claim_expires_and_the_row_is_claimed_again(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Parked_rows_do_not_block_and_come_back_when_asked() => await StoreContract.Parked_rows_do_not_block_and_come_back_when_asked(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Release_returns_a_workers_rows_on_shutdown() => await StoreContract.Release_returns_a_workers_rows_on_shutdown(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Moving_a_channel_takes_its_subscriptions_and_pending_rows() => await StoreContract.Moving_a_channel_takes_its_subscriptions_and_pending_rows(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Search_finds_words_in_title_and_body_newest_relevant_first() => await StoreContract.Search_finds_words_in_title_and_body_newest_relevant_first(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Latest_by_topic_and_feed_state_round_trip() => await StoreContract.Latest_by_topic_and_feed_state_round_trip(await PostgresDatabase.NewStoreAsync());
}
