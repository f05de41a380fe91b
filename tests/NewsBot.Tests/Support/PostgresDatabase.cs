using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;

namespace NewsBot.Tests.Support;

/// <summary>
/// A fresh PostgreSQL database per test, on the server named by NEWSBOT_TEST_POSTGRES (.ci/run starts one).
/// Tests using it are skipped with a clear message when the variable is not set.
/// </summary>
public static class PostgresDatabase
{
    public const string Variable = "NEWSBOT_TEST_POSTGRES";

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable);

    public const string MissingMessage = "NEWSBOT_TEST_POSTGRES is not set (a PostgreSQL connection string; .ci/run sets it); skipped.";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(MissingMessage);
        var name = "newsbot_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var c = new NpgsqlConnection(server))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task<SqlStore> NewStoreAsync()
    {
        var store = new SqlStore(new PostgresDialect(await CreateAsync()), NullLoggerFactory.Instance);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }
}

public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(PostgresDatabase.ServerConnectionString))
            Skip = PostgresDatabase.MissingMessage;
    }
}
