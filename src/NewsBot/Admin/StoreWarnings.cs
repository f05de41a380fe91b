using Microsoft.Data.Sqlite;
using NewsBot.Configuration;
using NewsBot.Storage;

namespace NewsBot.Admin;

/// <summary>
/// Warnings about the configuration as the SQLite store sees it: topics no stored story matched, feeds failing now,
/// command-made subscriptions to topics that are gone. The store is opened read-only; nothing is written.
/// </summary>
public static class StoreWarnings
{
    public static IReadOnlyList<string> Check(ConfigSnapshot snapshot, StorageOptions storage)
    {
        if (storage.IsPostgres)
            return [];
        var file = Path.GetFullPath(Path.Combine(storage.DataDirectory, storage.SqliteFile));
        if (!File.Exists(file))
            return [];
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            var warnings = new List<string>();
            UnmatchedTopics(connection, snapshot, warnings);
            FailingFeeds(connection, snapshot, warnings);
            StrayCommandSubscriptions(connection, snapshot, warnings);
            return warnings;
        }
        catch (SqliteException ex)
        {
            return [$"could not read the store {file}: {ex.Message}"];
        }
    }

    private static void UnmatchedTopics(SqliteConnection connection, ConfigSnapshot snapshot, List<string> warnings)
    {
        if (Query(connection, "SELECT EXISTS (SELECT 1 FROM stories)", r => r.GetInt64(0)).Single() == 0)
            return; // nothing stored yet: no topic could have matched
        var matched = Query(connection, "SELECT DISTINCT topic FROM story_topics", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in snapshot.Topics.Where(t => !matched.Contains(t.Name)))
            warnings.Add($"topic '{topic.Name}' has matched no stored story; check its keywords");
    }

    private static void FailingFeeds(SqliteConnection connection, ConfigSnapshot snapshot, List<string> warnings)
    {
        var failing = Query(connection, "SELECT feed_id, failures, last_error FROM feed_state WHERE failing = 1 ORDER BY feed_id",
            r => (Id: r.GetString(0), Failures: r.GetInt64(1), Error: r.IsDBNull(2) ? null : r.GetString(2)));
        foreach (var f in failing.Where(f => snapshot.Feed(f.Id) is not null))
            warnings.Add($"feed '{f.Id}' is failing ({f.Failures} failures in a row): {f.Error ?? "no error recorded"}");
    }

    /// <summary>Commands may subscribe any channel of a platform, so only their topics are checked.</summary>
    private static void StrayCommandSubscriptions(SqliteConnection connection, ConfigSnapshot snapshot, List<string> warnings)
    {
        var subs = Query(connection, "SELECT channel, topic FROM subscriptions ORDER BY channel, topic", r => (Channel: r.GetString(0), Topic: r.GetString(1)));
        foreach (var s in subs.Where(s => snapshot.Topic(s.Topic) is null))
            warnings.Add($"subscription of {s.Channel} (made by a command) names the unknown topic '{s.Topic}'; it gets no stories");
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
            list.Add(read(reader));
        return list;
    }
}
