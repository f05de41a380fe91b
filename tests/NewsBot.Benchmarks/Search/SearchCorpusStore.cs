using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Digests;
using NewsBot.Core.Stories;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// A migrated SQLite store holding N generated stories, built once through SqlStore.IngestAsync and kept in the temp
/// folder (newsbot-search-N-vV.db) so later runs reuse it. The schema is migrated again on open, so a stale file is upgraded.
/// </summary>
internal static class SearchCorpusStore
{
    private const int Version = 1;

    public static string FileOf(int stories) => Path.Combine(Path.GetTempPath(), $"newsbot-search-{stories}-v{Version}.db");

    public static async Task<SqlStore> OpenAsync(int stories, TextWriter progress)
    {
        var file = FileOf(stories);
        var store = new SqlStore(SqliteDialect.ForFile(file + ".part"), NullLoggerFactory.Instance);
        if (File.Exists(file))
        {
            store = new SqlStore(SqliteDialect.ForFile(file), NullLoggerFactory.Instance);
            await store.MigrateAsync(CancellationToken.None);
            return store;
        }
        File.Delete(file + ".part");
        await store.MigrateAsync(CancellationToken.None);
        var started = DateTime.UtcNow;
        foreach (var (i, title, body, published, topics) in new StoryCorpus().Generate(stories))
        {
            await store.IngestAsync(Story(i, title, body, published, topics), [], [], published, CancellationToken.None);
            if ((i + 1) % 10_000 == 0)
                progress.WriteLine($"  generated {i + 1} stories ({(DateTime.UtcNow - started).TotalSeconds:F0} s)");
        }
        SqliteConnection.ClearAllPools();
        File.Move(file + ".part", file);
        foreach (var side in new[] { "-wal", "-shm" }.Where(s => File.Exists(file + ".part" + s)))
            File.Delete(file + ".part" + side);
        store = new SqlStore(SqliteDialect.ForFile(file), NullLoggerFactory.Instance);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    private static NewStory Story(int i, string title, string body, DateTimeOffset published, string[] topics)
    {
        var feed = $"outlet-{i % 40}";
        var cut = body.Length > 200 ? body.IndexOf(". ", 100, StringComparison.Ordinal) : -1;
        var summary = cut > 0 ? body[..(cut + 1)] : body;
        return new NewStory
        {
            FeedId = feed, Identity = $"id:{i}", Title = title, Link = $"https://news.example/{feed}/{i}", Outlet = $"Outlet {i % 40}",
            Published = published, FetchedAt = published.AddMinutes(3), Text = body, Topics = topics,
            Digest = new Digest { Headline = title, Summary = summary, Outlet = $"Outlet {i % 40}", Published = published, Topics = topics },
        };
    }
}
