using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Maintenance;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hardening;

/// <summary>The retention runner and SQLite compaction on real files, with explicit times.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_runner_takes_its_cutoffs_from_the_clock_and_options()
    {
        var store = await StoreFixture.NewSqliteAsync();
        await store.AddAsync(StoreFixture.Story("f", "a", "A", T0));
        await store.AddAsync(StoreFixture.Story("f", "b", "B", T0.AddDays(5)));
        var clock = new FakeTimeProvider(T0.AddDays(6));
        var runner = new RetentionRunner(store, Options.Create(new PollingOptions { RetentionDays = 3 }),
            Options.Create(new DeliveryOptions { RetentionDays = 1 }), clock, NullLogger<RetentionRunner>.Instance);

        Assert.Equal(1, (await runner.RunAsync(default)).Stories);
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, (await runner.RunAsync(default)).Stories);
        Assert.Equal(0, await store.CountStoriesAsync(default));
    }

    [Fact]
    public async Task A_new_file_uses_incremental_auto_vacuum_and_compaction_returns_freed_pages()
    {
        var store = await StoreFixture.NewSqliteAsync();
        var text = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 400));
        for (var i = 0; i < 200; i++)
            await store.AddAsync(StoreFixture.Story("f", $"s{i}", $"Story {i}", T0, text));
        await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(2), 1, 1), default);
        await using var c = (SqliteConnection)await store.OpenAsync(default);
        Assert.Equal(2L, await c.ExecuteScalarAsync<long>("PRAGMA auto_vacuum"));
        Assert.True(await c.ExecuteScalarAsync<long>("PRAGMA freelist_count") > 0);

        Assert.StartsWith("incremental_vacuum", await store.CompactAsync(default));

        Assert.Equal(0L, await c.ExecuteScalarAsync<long>("PRAGMA freelist_count"));
    }

    [Fact]
    public async Task An_older_file_without_auto_vacuum_is_vacuumed_when_a_quarter_is_free_and_then_becomes_incremental()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-legacy-{Guid.NewGuid():N}.db");
        await using (var raw = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await raw.OpenAsync();
            await raw.ExecuteAsync("PRAGMA auto_vacuum = NONE; CREATE TABLE legacy (x INTEGER);");
        }
        var store = new SqlStore(SqliteDialect.ForFile(file), NullLoggerFactory.Instance);
        await store.MigrateAsync(default);
        var text = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 400));
        for (var i = 0; i < 100; i++)
            await store.AddAsync(StoreFixture.Story("f", $"s{i}", $"Story {i}", T0, text));
        Assert.StartsWith("none", await store.CompactAsync(default));
        await store.PruneAsync(RetentionRunner.Cutoffs(T0.AddDays(2), 1, 1), default);

        Assert.StartsWith("VACUUM", await store.CompactAsync(default));

        await using var c = (SqliteConnection)await store.OpenAsync(default);
        Assert.Equal(2L, await c.ExecuteScalarAsync<long>("PRAGMA auto_vacuum"));
    }
}
