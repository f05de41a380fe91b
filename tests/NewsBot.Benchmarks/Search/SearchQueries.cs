using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Commands;
using NewsBot.Core.Commands.Handlers;
using NewsBot.Core.Topics;
using NewsBot.Storage;

namespace NewsBot.Benchmarks.Search;

/// <summary>The `/latest &lt;words&gt;` queries measured, from one rare word to words in most stories, run through LatestCommand.</summary>
internal sealed class SearchQueries(SqlStore store)
{
    public static readonly string[] All =
    [
        "damascus",             // a topic keyword: a few thousand stories
        "said",                 // the commonest word: most stories
        "government",           // common: tens of thousands
        "police city",          // two common words, both required
        "wheat prices",         // a mid-frequency pair
        "bread shortage aleppo",
        "kalotor",              // a tail word: a handful of stories
        "zzqx unknownword",     // nothing matches: falls back to any word, still nothing
    ];

    private readonly LatestCommand _latest = new(new NoTopics(), store, new FakeTimeProvider(StoryCorpus.End));

    public async Task<int> RunAsync(string words)
    {
        var reply = await _latest.ExecuteAsync(new CommandRequest
        {
            Platform = "console", ChannelId = "bench", UserId = "bench", IsAdmin = false, Name = "latest", Arguments = words,
        }, CancellationToken.None);
        return reply.Digests.Count;
    }

    /// <summary>No topics are configured, so every query is a full-text search.</summary>
    private sealed class NoTopics : ITopicCatalog
    {
        public IReadOnlyList<TopicDefinition> Topics => [];
    }
}
