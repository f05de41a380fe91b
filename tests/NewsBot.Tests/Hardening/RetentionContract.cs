using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Maintenance;
using NewsBot.Storage;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hardening;

/// <summary>Retention cases run on SQLite and on PostgreSQL.</summary>
public static class RetentionContract
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static async Task Old_stories_go_with_their_topics_search_rows_and_rollup_entries_and_their_identity_stays_known(SqlStore store)
    {
        var old = (await store.IngestAsync(StoreFixture.Story("f", "old", "Ancient bread prices", T0, topics: ["bread"]), [],
            [new RollupEntry("console:r", "bread")], T0, default))!.Value;
        var fresh = (await store.AddAsync(StoreFixture.Story("f", "new", "Fresh bread prices", T0.AddDays(80), topics: ["bread"])))!.Value;

        var result = await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(91), 90, 30), default);

        Assert.Equal(1, result.Stories);
        Assert.Equal([fresh], (await store.GetStoriesAsync([old, fresh], default)).Select(s => s.Id));
        Assert.Equal([fresh], (await store.LatestByTopicAsync("bread", 10, default)).Select(s => s.Id));
        Assert.Equal([fresh], (await store.SearchAsync("bread prices", 10, T0.AddDays(91), default)).Select(s => s.Id));
        Assert.False(await store.CreateRollupAsync("console:r", "bread", null, false, "Bread", 10, T0.AddDays(91), default));
        Assert.Equal(new HashSet<string> { "old", "new" }, await store.KnownIdentitiesAsync("f", ["old", "new", "other"], default));
        Assert.Empty(await store.KnownIdentitiesAsync("g", ["old"], default));
        // FeedPoller stores (and posts) only identities this does not return, so "old" is not posted again.
    }

    public static async Task Stories_an_undelivered_row_names_stay_until_delivered_and_delivered_rows_go_after_their_own_retention(SqlStore store)
    {
        var queued = (await store.AddAsync(StoreFixture.Story("f", "q", "Queued", T0), "console:a"))!.Value;
        var sent = (await store.AddAsync(StoreFixture.Story("f", "s", "Sent", T0.AddMinutes(1)), "console:b"))!.Value;
        var claimed = await store.ClaimAsync("w", T0.AddMinutes(2), 10, Lease, default);
        await store.MarkDeliveredAsync(claimed.Single(c => c.Channel == "console:b").Id, "m1", T0.AddMinutes(3), default);
        await store.ReleaseAsync("w", default);

        var first = await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(20), 10, 30), default);

        Assert.Equal(new RetentionResult(Stories: 1, OutboxRows: 0, SeenIdentities: 0, KeptForOutbox: 1), first);
        Assert.Equal([queued], (await store.GetStoriesAsync([queued, sent], default)).Select(s => s.Id));
        Assert.Equal(new OutboxCounts(1, 0, 1), await store.CountsAsync(default));

        var row = Assert.Single(await store.ClaimAsync("w", T0.AddDays(20), 10, Lease, default));
        await store.MarkDeliveredAsync(row.Id, "m2", T0.AddDays(20), default);
        var second = await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(40), 10, 30), default);

        // "Sent" was remembered from day 10 (forgotten at day 40 with a 20-day memory); "Queued" from its removal at day 30.
        Assert.Equal(new RetentionResult(Stories: 1, OutboxRows: 1, SeenIdentities: 1, KeptForOutbox: 0), second);
        Assert.Equal(new HashSet<string> { "q" }, await store.KnownIdentitiesAsync("f", ["q", "s"], default));
        Assert.Equal(0, await store.CountStoriesAsync(default));
        Assert.Equal(new OutboxCounts(0, 0, 1), await store.CountsAsync(default));
    }

    public static async Task Parked_rows_are_never_removed(SqlStore store)
    {
        var id = (await store.AddAsync(StoreFixture.Story("f", "p", "Parked", T0), "console:a"))!.Value;
        var row = Assert.Single(await store.ClaimAsync("w", T0, 10, Lease, default));
        await store.ParkAsync(row.Id, "forbidden", T0, default);

        var result = await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(400), 10, 30), default);

        Assert.Equal(1, result.KeptForOutbox);
        Assert.Equal([id], (await store.GetStoriesAsync([id], default)).Select(s => s.Id));
        Assert.Equal(new OutboxCounts(0, 1, 0), await store.CountsAsync(default));
    }

    public static async Task Remembered_identities_are_forgotten_after_twice_the_retention(SqlStore store)
    {
        await store.AddAsync(StoreFixture.Story("f", "a", "A", T0));
        await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(11), 10, 30), default);
        Assert.Single(await store.KnownIdentitiesAsync("f", ["a"], default));

        var atDay20 = await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(20), 10, 30), default);
        Assert.Equal(0, atDay20.SeenIdentities);
        var atDay22 = await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(22), 10, 30), default);

        Assert.Equal(1, atDay22.SeenIdentities);
        Assert.Empty(await store.KnownIdentitiesAsync("f", ["a"], default));
    }
}

public sealed class SqliteRetentionTests
{
    [Fact] public async Task Old_stories_go_with_their_topics_search_rows_and_rollup_entries_and_their_identity_stays_known() => await RetentionContract.Old_stories_go_with_their_topics_search_rows_and_rollup_entries_and_their_identity_stays_known(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Stories_an_undelivered_row_names_stay_until_delivered_and_delivered_rows_go_after_their_own_retention() => await RetentionContract.Stories_an_undelivered_row_names_stay_until_delivered_and_delivered_rows_go_after_their_own_retention(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Parked_rows_are_never_removed() => await RetentionContract.Parked_rows_are_never_removed(await StoreFixture.NewSqliteAsync());

    [Fact] public async Task Remembered_identities_are_forgotten_after_twice_the_retention() => await RetentionContract.Remembered_identities_are_forgotten_after_twice_the_retention(await StoreFixture.NewSqliteAsync());
}

public sealed class PostgresRetentionTests
{
    [PostgresFact] public async Task Old_stories_go_with_their_topics_search_rows_and_rollup_entries_and_their_identity_stays_known() => await RetentionContract.Old_stories_go_with_their_topics_search_rows_and_rollup_entries_and_their_identity_stays_known(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Stories_an_undelivered_row_names_stay_until_delivered_and_delivered_rows_go_after_their_own_retention() => await RetentionContract.Stories_an_undelivered_row_names_stay_until_delivered_and_delivered_rows_go_after_their_own_retention(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Parked_rows_are_never_removed() => await RetentionContract.Parked_rows_are_never_removed(await PostgresDatabase.NewStoreAsync());

    [PostgresFact] public async Task Remembered_identities_are_forgotten_after_twice_the_retention() => await RetentionContract.Remembered_identities_are_forgotten_after_twice_the_retention(await PostgresDatabase.NewStoreAsync());
}
