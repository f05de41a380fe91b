using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>What differs between SQL engines; everything else in SqlStore is shared SQL.</summary>
public interface ISqlDialect
{
    /// <summary>Folder name of this dialect's numbered migrations (Storage/Migrations/NAME/NNN_*.sql).</summary>
    string Name { get; }

    DbConnection CreateConnection();

    /// <summary>Claims due outbox heads: parameters @now, @max, @until, @worker; returns claimed rows.</summary>
    string ClaimSql { get; }

    /// <summary>Full-text search: parameters @query, @now, @limit; returns story rows ranked.</summary>
    string SearchSql { get; }

    /// <summary>Turns the user's words into the engine's query text, or null when nothing searchable is left.</summary>
    string? BuildSearchQuery(IReadOnlyList<string> words, bool matchAll);

    /// <summary>"column is one of the list in @parameter" (Dapper expands lists on SQLite, passes arrays to PostgreSQL).</summary>
    string InList(string column, string parameter);

    /// <summary>Held while migrating, so instances starting together do not migrate twice (null: the engine serialises writers).</summary>
    string? MigrationLockSql { get; }
    string? MigrationUnlockSql { get; }

    /// <summary>SQL to add to a connection after opening (pragmas), or null.</summary>
    string? OnOpenSql { get; }
}
