using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NewsBot.Storage.Sqlite;

/// <summary>SQLite: a file with WAL, FTS5 for search, single-writer claims.</summary>
public sealed class SqliteDialect(string connectionString) : ISqlDialect
{
    public static SqliteDialect ForFile(string path) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString());

    public string Name => "Sqlite";

    public DbConnection CreateConnection() => new SqliteConnection(connectionString);

    /// <summary>
    /// The write-ahead log is cut back to this size whenever it starts over after a checkpoint. Without a limit it
    /// keeps the size of its largest moment for good (a big retention pass, a long reader holding checkpoints back);
    /// 4 MB is what the default automatic checkpoint (1000 pages of 4 KB) lets it reach in normal running.
    /// </summary>
    public const long WalSizeLimitBytes = 4 * 1024 * 1024;

    /// <summary>
    /// auto_vacuum only takes effect on a file without tables (or at the next VACUUM), so it is asked for on every open;
    /// journal_size_limit belongs to the connection, so it is set on every open too.
    /// </summary>
    public string? OnOpenSql =>
        "PRAGMA auto_vacuum = INCREMENTAL; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; " +
        $"PRAGMA foreign_keys = ON; PRAGMA journal_size_limit = {WalSizeLimitBytes};";

    public string? MigrationLockSql => null;

    public string? MigrationUnlockSql => null;

    public string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public string ClaimSql => """
        UPDATE outbox SET status = 'claimed', claimed_by = @worker, claimed_until = @until, attempts = attempts + 1
        WHERE id IN (
            SELECT o.id FROM (SELECT MIN(id) AS id FROM outbox WHERE status IN ('pending', 'claimed') GROUP BY channel) h
            JOIN outbox o ON o.id = h.id
            WHERE o.due_at <= @now AND (o.status = 'pending' OR o.claimed_until <= @now)
            ORDER BY o.due_at, o.id
            LIMIT @max)
        RETURNING *
        """;

    /// <summary>
    /// Ranks by bm25 (title weighted 4) plus 0.05 per day of age. Scoring every match of a common word costs ~100 ms
    /// and more at 100,000 stories, so only the newest <see cref="SearchWindow"/> matches are scored: FTS5 walks its
    /// index by rowid, newest first, and stops there. All of them are then ranked by score and age (reading only
    /// sort_time), and only the few shown are read whole. Ids grow with fetch time, so the window holds the newest
    /// stories; an older match would need a bm25 lead larger than its age penalty, which on the generated 100,000-story
    /// corpus never changed the top 12 of any benchmark query. A query with fewer matches is ranked exactly.
    /// </summary>
    public const int SearchWindow = 2000;

    public string SearchSql => $"""
        SELECT s.* FROM (
            SELECT m.id, m.score + (@now - t.sort_time) / 86400000.0 * 0.05 AS ord FROM (
                SELECT rowid AS id, bm25(stories_fts, 4.0, 1.0) AS score FROM stories_fts
                WHERE stories_fts MATCH @query ORDER BY rowid DESC LIMIT {SearchWindow}) m
            JOIN stories t ON t.id = m.id
            ORDER BY ord LIMIT @limit) r
        JOIN stories s ON s.id = r.id
        ORDER BY r.ord
        """;

    public string? BuildSearchQuery(IReadOnlyList<string> words, bool matchAll)
    {
        var terms = words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").ToList();
        if (terms.Count == 0)
            return null;
        return string.Join(matchAll ? " AND " : " OR ", terms);
    }
}
