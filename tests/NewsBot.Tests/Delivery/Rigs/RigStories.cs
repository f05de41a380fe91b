using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Digests;
using NewsBot.Core.Stories;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Tests.Delivery.Rigs;

/// <summary>Writes stories with their outbox rows the way ingest does (one transaction per story) and reads the outbox back.</summary>
public static class RigStories
{
    public static async Task<SqlStore> OpenStoreAsync(string databaseFile)
    {
        var store = new SqlStore(SqliteDialect.ForFile(databaseFile), NullLoggerFactory.Instance);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>The headline of story <paramref name="n"/>: unique, so each post can be told apart on the platform.</summary>
    public static string Headline(int n) => $"Story {n}: harbour talks resume after the storm";

    /// <summary>Ingests <paramref name="stories"/> stories, each with one instant delivery per channel; returns the story ids.</summary>
    public static async Task<IReadOnlyList<long>> IngestAsync(IStoryStore store, int stories, IReadOnlyList<string> channels, DateTimeOffset now)
    {
        var ids = new List<long>();
        var deliveries = channels.Select(c => new InstantDelivery(c, null, false)).ToList();
        for (var n = 1; n <= stories; n++)
        {
            var story = new NewStory
            {
                FeedId = "rig", Identity = $"rig-{n}-{Guid.NewGuid():N}", Title = Headline(n), Outlet = "Rig Wire",
                Published = now, FetchedAt = now, Link = $"https://wire.example/{n}", Topics = ["world"],
                Digest = new Digest
                {
                    Headline = Headline(n), Summary = "Negotiators met again on Monday and said progress was slow but steady.",
                    Outlet = "Rig Wire", Link = $"https://wire.example/{n}", Published = now, Topics = ["world"],
                    Quotes = [new DigestQuote("We are ready to talk about everything", "The minister")],
                },
            };
            ids.Add(await store.IngestAsync(story, deliveries, [], now, CancellationToken.None)
                    ?? throw new InvalidOperationException("story was not stored"));
        }
        return ids;
    }
}
