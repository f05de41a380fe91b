using Dapper;
using NewsBot.Core.Stories;

namespace NewsBot.Storage;

public sealed partial class SqlStore
{
    private const string FeedColumns = "feed_id, url, configured_url, etag, last_modified, next_poll_at, failures, last_error, last_polled_at, last_success_at, failing, initialized";

    public async Task<FeedState?> GetFeedStateAsync(string feedId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<FeedRow>(new CommandDefinition(
            $"SELECT {FeedColumns}, (SELECT COUNT(*) FROM stories s WHERE s.feed_id = f.feed_id) AS story_count FROM feed_state f WHERE feed_id = @feedId",
            new { feedId }, cancellationToken: ct));
        return row?.ToState();
    }

    public async Task<IReadOnlyList<FeedState>> ListFeedStatesAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<FeedRow>(new CommandDefinition(
            $"SELECT {FeedColumns}, (SELECT COUNT(*) FROM stories s WHERE s.feed_id = f.feed_id) AS story_count FROM feed_state f ORDER BY feed_id",
            cancellationToken: ct));
        return rows.Select(r => r.ToState()).ToList();
    }

    public async Task SaveFeedStateAsync(FeedState s, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO feed_state ({FeedColumns})
            VALUES (@FeedId, @Url, @ConfiguredUrl, @ETag, @LastModified, @NextPollAt, @Failures, @LastError, @LastPolledAt, @LastSuccessAt, @Failing, @Initialized)
            ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, configured_url = excluded.configured_url, etag = excluded.etag, last_modified = excluded.last_modified,
                next_poll_at = excluded.next_poll_at, failures = excluded.failures, last_error = excluded.last_error,
                last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at,
                failing = excluded.failing, initialized = excluded.initialized
            """,
            new
            {
                s.FeedId, s.Url, s.ConfiguredUrl, s.ETag, s.LastModified, NextPollAt = Ms(s.NextPollAt), s.Failures, s.LastError,
                LastPolledAt = Ms(s.LastPolledAt), LastSuccessAt = Ms(s.LastSuccessAt),
                Failing = s.Failing ? 1 : 0, Initialized = s.Initialized ? 1 : 0,
            }, cancellationToken: ct));
    }

    private sealed class FeedRow
    {
        public string FeedId { get; set; } = "";
        public string Url { get; set; } = "";
        public string ConfiguredUrl { get; set; } = "";
        public string? Etag { get; set; }
        public string? LastModified { get; set; }
        public long? NextPollAt { get; set; }
        public long Failures { get; set; }
        public string? LastError { get; set; }
        public long? LastPolledAt { get; set; }
        public long? LastSuccessAt { get; set; }
        public long Failing { get; set; }
        public long Initialized { get; set; }
        public long StoryCount { get; set; }

        public FeedState ToState() => new()
        {
            FeedId = FeedId, Url = Url, ConfiguredUrl = ConfiguredUrl, ETag = Etag, LastModified = LastModified, NextPollAt = Time(NextPollAt),
            Failures = (int)Failures, LastError = LastError, LastPolledAt = Time(LastPolledAt), LastSuccessAt = Time(LastSuccessAt),
            Failing = Failing != 0, Initialized = Initialized != 0, StoryCount = (int)StoryCount,
        };
    }
}
