using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Storage;

/// <summary>The SQLite write-ahead log on a real file: it does not keep the size of its largest moment.</summary>
public sealed class SqliteStoreWalTests
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

    private static long WalBytes(string file) => new FileInfo(file + "-wal").Length;
}
