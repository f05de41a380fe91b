using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

/// <summary>Space a long-running SQLite file gives back, on real files: the write-ahead log and the search index.</summary>
public sealed class SqliteStoreSpaceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_wal_grown_past_the_limit_while_a_reader_held_checkpoints_back_is_cut_back_when_it_starts_over()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-wal-{Guid.NewGuid():N}.db");
        var store = new SqlStore(SqliteDialect.ForFile(file), NullLoggerFactory.Instance);
        await store.MigrateAsync(default);
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"word{i}"));

        await using (var reader = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            // An open read transaction keeps its snapshot, so no checkpoint can let the log start over meanwhile.
            await reader.OpenAsync();
            await using var snapshot = reader.BeginTransaction(deferred: true);
            await reader.ExecuteScalarAsync<long>("SELECT count(*) FROM stories", transaction: snapshot);
            for (var i = 0; i < 150; i++)
                await store.AddAsync(StoreFixture.Story("f", $"s{i}", $"Story {i}", T0, text));
            Assert.True(WalBytes(file) > SqliteDialect.WalSizeLimitBytes, $"the log reached {WalBytes(file)} bytes");
        }

        // The next commit checkpoints the whole log (no reader now); the write after it starts the log over.
        await store.AddAsync(StoreFixture.Story("f", "after-1", "After 1", T0));
        await store.AddAsync(StoreFixture.Story("f", "after-2", "After 2", T0));

        Assert.InRange(WalBytes(file), 0, SqliteDialect.WalSizeLimitBytes);
        Assert.Equal(152, await store.CountStoriesAsync(default));
    }

    [Fact]
    public async Task Compaction_after_retention_drops_the_search_index_entries_of_removed_stories()
    {
        var store = await StoreFixture.NewSqliteAsync();
        for (var i = 0; i < 120; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 200).Select(w => $"w{i}x{w}"));
            await store.AddAsync(StoreFixture.Story("f", $"s{i}", $"Story {i} harbour", i < 100 ? T0 : T0.AddDays(2), text));
        }
        await store.PruneAsync(new NewsBot.Core.Abstractions.RetentionCutoffs(T0.AddDays(1), T0.AddDays(1), T0), default);
        var before = await IndexBytesAsync(store);

        await store.CompactAsync(default);

        var after = await IndexBytesAsync(store);
        Assert.True(after < before / 2, $"search index {before} -> {after} bytes");
        Assert.Equal(20, (await store.SearchAsync("harbour", 50, T0.AddDays(3), default)).Count);
    }

    private static async Task<long> IndexBytesAsync(SqlStore store)
    {
        await using var c = await store.OpenAsync(default);
        return await c.ExecuteScalarAsync<long>("SELECT sum(length(block)) FROM stories_fts_data");
    }

    private static long WalBytes(string file) => new FileInfo(file + "-wal").Length;
}
