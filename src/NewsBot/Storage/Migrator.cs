using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace NewsBot.Storage;

/// <summary>Applies the dialect's numbered SQL files (embedded resources) that the database has not seen yet.</summary>
public sealed class Migrator(ISqlDialect dialect, ILogger<Migrator> logger)
{
    public async Task MigrateAsync(DbConnection connection, CancellationToken ct)
    {
        if (dialect.MigrationLockSql is { } lockSql)
            await connection.ExecuteAsync(new CommandDefinition(lockSql, cancellationToken: ct));
        try
        {
            await ApplyAsync(connection, ct);
        }
        finally
        {
            if (dialect.MigrationUnlockSql is { } unlockSql)
                await connection.ExecuteAsync(new CommandDefinition(unlockSql, cancellationToken: CancellationToken.None));
        }
    }

    private async Task ApplyAsync(DbConnection connection, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            cancellationToken: ct));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition("SELECT version FROM schema_version", cancellationToken: ct))).ToHashSet();
        foreach (var (version, name, sql) in Migrations())
        {
            if (applied.Contains(version))
                continue;
            await using var tx = await connection.BeginTransactionAsync(ct);
            foreach (var statement in QuartzSchema.Expand(sql))
                await connection.ExecuteAsync(new CommandDefinition(statement, transaction: tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            logger.LogInformation("Applied migration {MigrationVersion} {MigrationName} ({Dialect})", version, name, dialect.Name);
        }
    }

    /// <summary>The dialect's migrations in version order: (version, file name, SQL).</summary>
    public IEnumerable<(long Version, string Name, string Sql)> Migrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"NewsBot.Storage.Migrations.{dialect.Name}.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = resource[prefix.Length..];
            var number = file.TrimStart('_')[..file.TrimStart('_').IndexOf('_')];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (long.Parse(number, System.Globalization.CultureInfo.InvariantCulture), file, reader.ReadToEnd());
        }
    }
}
