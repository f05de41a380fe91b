using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;

namespace NewsBot.Storage;

/// <summary>
/// The one SQL implementation of the store: feed state, stories with search, subscriptions, outbox, roll-ups.
/// Engine differences live in <see cref="ISqlDialect"/>. Times are stored as Unix milliseconds.
/// </summary>
public sealed partial class SqlStore(ISqlDialect dialect, ILoggerFactory loggerFactory) : INewsStore
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    static SqlStore()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public ISqlDialect Dialect => dialect;

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await new Migrator(dialect, loggerFactory.CreateLogger<Migrator>()).MigrateAsync(connection, ct);
    }

    internal async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = dialect.CreateConnection();
        await connection.OpenAsync(ct);
        if (dialect.OnOpenSql is { } sql)
            await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: ct));
        return connection;
    }

    internal static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    internal static long? Ms(DateTimeOffset? t) => t?.ToUnixTimeMilliseconds();

    internal static DateTimeOffset? Time(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
