using System.Data.Common;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>PostgreSQL: tsvector search, outbox claims with FOR UPDATE SKIP LOCKED so several instances share the queue.</summary>
public sealed class PostgresDialect(string connectionString) : ISqlDialect
{
    public string Name => "Postgres";

    public DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    public string? OnOpenSql => null;

    public string? MigrationLockSql => "SELECT pg_advisory_lock(7261001)";

    public string? MigrationUnlockSql => "SELECT pg_advisory_unlock(7261001)";

    public string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public string ClaimSql => """
        UPDATE outbox SET status = 'claimed', claimed_by = @worker, claimed_until = @until, attempts = attempts + 1
        WHERE id IN (
            SELECT o.id FROM outbox o
            WHERE o.id IN (SELECT MIN(id) FROM outbox WHERE status IN ('pending', 'claimed') GROUP BY channel)
              AND o.due_at <= @now AND (o.status = 'pending' OR o.claimed_until <= @now)
            ORDER BY o.due_at, o.id
            LIMIT @max
            FOR UPDATE SKIP LOCKED)
        RETURNING *
        """;

    public string SearchSql => """
        SELECT s.* FROM stories s, to_tsquery('english', @query) q
        WHERE s.search @@ q
        ORDER BY ts_rank(s.search, q) - (@now - s.sort_time) / 86400000.0 * 0.01 DESC
        LIMIT @limit
        """;

    public string? BuildSearchQuery(IReadOnlyList<string> words, bool matchAll)
    {
        var terms = words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
        return terms.Count == 0 ? null : string.Join(matchAll ? " & " : " | ", terms);
    }
}
