using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Digests;
using NewsBot.Core.Stories;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Tests.Support;

/// <summary>A migrated SQLite store on a fresh temp file, and a quick way to add stories.</summary>
public static class StoreFixture
{
    public static async Task<SqlStore> NewSqliteAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-store-{Guid.NewGuid():N}.db");
        var store = new SqlStore(SqliteDialect.ForFile(file), NullLoggerFactory.Instance);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    public static NewStory Story(string feed, string identity, string title, DateTimeOffset published, string text = "",
        string[]? topics = null, string? cluster = null, string outlet = "Test Outlet") => new()
    {
        FeedId = feed, Identity = identity, Title = title, Outlet = outlet, Published = published, FetchedAt = published,
        Text = text, Topics = topics ?? [], ClusterId = cluster, Link = $"https://example.org/{feed}/{identity}",
        Digest = new Digest { Headline = title, Summary = text.Length > 120 ? text[..120] : text, Outlet = outlet, Published = published, Topics = topics ?? [] },
    };

    public static Task<long?> AddAsync(this SqlStore store, NewStory story, params string[] channels) =>
        store.IngestAsync(story, channels.Select(c => new InstantDelivery(c, null, false)).ToList(), [], story.FetchedAt, CancellationToken.None);
}
