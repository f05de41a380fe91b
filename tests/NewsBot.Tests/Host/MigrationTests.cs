using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Tests.Host;

public class MigrationTests
{
    [Fact]
    public async Task A_fresh_database_and_an_already_migrated_one_both_start()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-mig-{Guid.NewGuid():N}.db");
        var store = new SqlStore(SqliteDialect.ForFile(file), NullLoggerFactory.Instance);
        await store.MigrateAsync(CancellationToken.None);
        await store.MigrateAsync(CancellationToken.None);

        await using var c = new SqliteConnection($"Data Source={file}");
        await c.OpenAsync();
        var versions = (await c.QueryAsync<long>("SELECT version FROM schema_version")).ToList();
        var migrations = new Migrator(SqliteDialect.ForFile(file), NullLogger<Migrator>.Instance).Migrations().Select(m => m.Version).ToList();
        Assert.Equal(migrations, versions);
        Assert.NotEmpty(versions);
        var tables = (await c.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type IN ('table')")).ToHashSet();
        Assert.Superset(new HashSet<string> { "feed_state", "stories", "stories_fts", "subscriptions", "outbox", "rollup_items" }, tables);
    }

    [Fact]
    public void Every_dialect_has_the_same_numbered_migrations()
    {
        var sqlite = new Migrator(SqliteDialect.ForFile("x.db"), NullLogger<Migrator>.Instance).Migrations().Select(m => m.Version);
        var postgres = new Migrator(new NewsBot.Storage.Postgres.PostgresDialect("Host=none"), NullLogger<Migrator>.Instance).Migrations().Select(m => m.Version);
        Assert.Equal(sqlite, postgres);
    }
}
