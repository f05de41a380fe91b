using System.Data.Common;
using System.Text.Json;
using Dapper;
using NewsBot.Core.Delivery;
using NewsBot.Core.Digests;
using NewsBot.Core.Stories;
using NewsBot.Core.Stories.Clustering;
using NewsBot.Core.Topics;

namespace NewsBot.Storage;

public sealed partial class SqlStore
{
    private const string StoryColumns = "s.id, s.feed_id, s.title, s.link, s.outlet, s.published, s.fetched_at, s.digest_json, s.topics, s.cluster_id";

    public async Task<IReadOnlySet<string>> KnownIdentitiesAsync(string feedId, IReadOnlyCollection<string> identities, CancellationToken ct)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (identities.Count == 0)
            return known;
        await using var c = await OpenAsync(ct);
        foreach (var chunk in identities.Chunk(500))
        {
            var rows = await c.QueryAsync<string>(new CommandDefinition(
                $"SELECT identity FROM stories WHERE feed_id = @feedId AND {dialect.InList("identity", "ids")}", new { feedId, ids = chunk }, cancellationToken: ct));
            known.UnionWith(rows);
            known.UnionWith(await SeenIdentitiesAsync(c, feedId, chunk, ct));
        }
        return known;
    }

    public async Task<long?> IngestAsync(NewStory story, IReadOnlyList<InstantDelivery> deliveries, IReadOnlyList<RollupEntry> rollups, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var sortTime = Ms(story.Published is { } p && p < story.FetchedAt ? p : story.FetchedAt);
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO stories (feed_id, identity, title, link, outlet, published, fetched_at, sort_time, body, digest_json, topics, cluster_id)
            VALUES (@FeedId, @Identity, @Title, @Link, @Outlet, @Published, @FetchedAt, @SortTime, @Body, @DigestJson, @Topics, @ClusterId)
            ON CONFLICT (feed_id, identity) DO NOTHING
            RETURNING id
            """,
            new
            {
                story.FeedId, story.Identity, story.Title, story.Link, story.Outlet, Published = Ms(story.Published),
                FetchedAt = Ms(story.FetchedAt), SortTime = sortTime, Body = story.Digest.Summary + "\n" + story.Text,
                DigestJson = JsonSerializer.Serialize(story.Digest, Json), Topics = string.Join(',', story.Topics), story.ClusterId,
            }, tx, cancellationToken: ct));
        if (id is null)
            return null;
        foreach (var topic in story.Topics)
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO story_topics (topic, sort_time, story_id) VALUES (@topic, @sortTime, @id)",
                new { topic, sortTime, id }, tx, cancellationToken: ct));
        }
        foreach (var d in deliveries)
        {
            // A later report of an event this channel already has (or will have) edits that post instead.
            var earlier = story.ClusterId is null ? null : await c.ExecuteScalarAsync<string?>(new CommandDefinition("""
                SELECT o.key FROM outbox o JOIN stories s ON o.kind = 'story' AND o.story_ids = CAST(s.id AS TEXT)
                WHERE s.cluster_id = @cluster AND o.channel = @channel AND s.id <> @id ORDER BY o.id LIMIT 1
                """, new { cluster = story.ClusterId, channel = d.Channel, id }, tx, cancellationToken: ct));
            if (earlier is null)
                await InsertOutboxAsync(c, tx, $"story:{id}:{d.Channel}", d.Channel, d.ThreadId, OutboxKind.Story, [id.Value], null, d.Silent, null, now, ct);
            else
                await InsertOutboxAsync(c, tx, $"edit:{id}:{d.Channel}", d.Channel, d.ThreadId, OutboxKind.Edit, [id.Value], null, d.Silent, earlier, now, ct);
        }
        foreach (var r in rollups)
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO rollup_items (channel, topic, story_id, added_at) VALUES (@Channel, @Topic, @id, @at) ON CONFLICT DO NOTHING",
                new { r.Channel, r.Topic, id, at = Ms(now) }, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
        return id;
    }

    public async Task<IReadOnlyList<StoredStory>> LatestByTopicAsync(string topic, int count, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<StoryRow>(new CommandDefinition(
            $"SELECT {StoryColumns} FROM story_topics t JOIN stories s ON s.id = t.story_id WHERE t.topic = @topic ORDER BY t.sort_time DESC, t.story_id DESC LIMIT @count",
            new { topic, count }, cancellationToken: ct));
        return rows.Select(r => r.ToStory()).ToList();
    }

    public async Task<IReadOnlyList<StoredStory>> SearchAsync(string words, int count, DateTimeOffset now, CancellationToken ct)
    {
        var tokens = WordTokenizer.Tokenize(words).Where(w => w.Length > 1 || char.IsDigit(w[0])).Distinct().Take(12).ToList();
        await using var c = await OpenAsync(ct);
        foreach (var matchAll in new[] { true, false })
        {
            var query = dialect.BuildSearchQuery(tokens, matchAll);
            if (query is null)
                return [];
            var rows = (await c.QueryAsync<StoryRow>(new CommandDefinition(
                dialect.SearchSql, new { query, now = Ms(now), limit = count }, cancellationToken: ct))).ToList();
            if (rows.Count > 0 || tokens.Count == 1)
                return rows.Select(r => r.ToStory()).ToList();
        }
        return [];
    }

    public async Task<IReadOnlyList<StoredStory>> GetStoriesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return [];
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<StoryRow>(new CommandDefinition(
            $"SELECT {StoryColumns} FROM stories s WHERE {dialect.InList("s.id", "ids")}", new { ids = ids.ToArray() }, cancellationToken: ct));
        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(i => byId[i].ToStory()).ToList();
    }

    public async Task<int> CountStoriesAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM stories", cancellationToken: ct));
    }

    private sealed class StoryRow
    {
        public long Id { get; set; }
        public string FeedId { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Link { get; set; }
        public string Outlet { get; set; } = "";
        public long? Published { get; set; }
        public long FetchedAt { get; set; }
        public string DigestJson { get; set; } = "";
        public string Topics { get; set; } = "";
        public string? ClusterId { get; set; }

        public StoredStory ToStory() => new(
            Id, FeedId, Title, Link, Outlet, Time(Published), Time(FetchedAt)!.Value,
            JsonSerializer.Deserialize<Digest>(DigestJson, Json)!,
            Topics.Split(',', StringSplitOptions.RemoveEmptyEntries), ClusterId);
    }

    private static Task InsertOutboxAsync(DbConnection c, DbTransaction tx, string key, string channel, string? threadId, OutboxKind kind,
        IReadOnlyList<long> storyIds, string? heading, bool silent, string? refKey, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO outbox (key, channel, thread_id, kind, story_ids, heading, silent, ref_key, status, due_at, created_at)
            VALUES (@key, @channel, @threadId, @kind, @storyIds, @heading, @silent, @refKey, 'pending', @now, @now)
            ON CONFLICT (key) DO NOTHING
            """,
            new { key, channel, threadId, kind = kind.ToString().ToLowerInvariant(), storyIds = string.Join(',', storyIds), heading, silent = silent ? 1 : 0, refKey, now = Ms(now) },
            tx, cancellationToken: ct));

    public async Task<IReadOnlyList<ClusteredItem>> RecentForClusteringAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<ClusterRow>(new CommandDefinition(
            "SELECT id, feed_id, identity, title, outlet, sort_time, body, cluster_id FROM stories WHERE sort_time >= @since AND cluster_id IS NOT NULL ORDER BY sort_time, id",
            new { since = Ms(since) }, cancellationToken: ct));
        return rows.Select(r => new ClusteredItem(
            new ClusterItem($"{r.FeedId}:{r.Identity}", r.Title, r.Outlet, Time(r.SortTime)!.Value, null, r.Body), r.ClusterId!)).ToList();
    }

    public async Task<IReadOnlyList<StoredStory>> GetClusterStoriesAsync(string clusterId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<StoryRow>(new CommandDefinition(
            $"SELECT {StoryColumns} FROM stories s WHERE s.cluster_id = @clusterId ORDER BY s.fetched_at, s.id LIMIT 50", new { clusterId }, cancellationToken: ct));
        return rows.Select(r => r.ToStory()).ToList();
    }

    private sealed class ClusterRow
    {
        public long Id { get; set; }
        public string FeedId { get; set; } = "";
        public string Identity { get; set; } = "";
        public string Title { get; set; } = "";
        public string Outlet { get; set; } = "";
        public long SortTime { get; set; }
        public string Body { get; set; } = "";
        public string? ClusterId { get; set; }
    }
}
