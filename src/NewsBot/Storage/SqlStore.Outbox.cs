using Dapper;
using NewsBot.Core.Delivery;

namespace NewsBot.Storage;

public sealed partial class SqlStore
{
    public async Task<IReadOnlyList<OutboxItem>> ClaimAsync(string worker, DateTimeOffset now, int max, TimeSpan lease, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var rows = await c.QueryAsync<OutboxRow>(new CommandDefinition(
            dialect.ClaimSql, new { worker, now = Ms(now), until = Ms(now + lease), max }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows.OrderBy(r => r.DueAt).ThenBy(r => r.Id).Select(r => r.ToItem()).ToList();
    }

    public async Task MarkDeliveredAsync(long id, string? messageId, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET status = 'delivered', message_id = @messageId, delivered_at = @now, claimed_by = NULL, last_error = NULL WHERE id = @id",
            new { id, messageId, now = Ms(now) }, cancellationToken: ct));
    }

    public async Task RescheduleAsync(long id, string error, DateTimeOffset dueAt, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET status = 'pending', due_at = @dueAt, last_error = @error, claimed_by = NULL, claimed_until = NULL WHERE id = @id AND status = 'claimed'",
            new { id, error, dueAt = Ms(dueAt) }, cancellationToken: ct));
    }

    public async Task ParkAsync(long id, string error, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET status = 'parked', last_error = @error, claimed_by = NULL, claimed_until = NULL WHERE id = @id",
            new { id, error }, cancellationToken: ct));
    }

    public async Task<int> RequeueParkedAsync(string? channel, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET status = 'pending', due_at = @now, attempts = 0 WHERE status = 'parked' AND (@channel IS NULL OR channel = @channel)",
            new { channel, now = Ms(now) }, cancellationToken: ct));
    }

    public async Task ReleaseAsync(string worker, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET status = 'pending', claimed_by = NULL, claimed_until = NULL, attempts = attempts - 1 WHERE status = 'claimed' AND claimed_by = @worker",
            new { worker }, cancellationToken: ct));
    }

    public async Task<OutboxCounts> CountsAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = (await c.QueryAsync<(string Status, long N)>(new CommandDefinition(
            "SELECT status, COUNT(*) FROM outbox GROUP BY status", cancellationToken: ct))).ToDictionary(r => r.Status, r => (int)r.N);
        return new OutboxCounts(
            rows.GetValueOrDefault("pending") + rows.GetValueOrDefault("claimed"), rows.GetValueOrDefault("parked"), rows.GetValueOrDefault("delivered"));
    }

    public async Task<IReadOnlyList<(string Channel, string Error)>> ParkedAsync(int max, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<(string, string)>(new CommandDefinition(
            "SELECT channel, COALESCE(last_error, '') FROM outbox WHERE status = 'parked' ORDER BY id LIMIT @max", new { max }, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<bool> CreateRollupAsync(string channel, string topic, string? threadId, bool silent, string heading, int maxStories, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var ids = (await c.QueryAsync<long>(new CommandDefinition("""
            SELECT r.story_id FROM rollup_items r JOIN stories s ON s.id = r.story_id
            WHERE r.channel = @channel AND r.topic = @topic ORDER BY s.sort_time DESC LIMIT @maxStories
            """, new { channel, topic, maxStories }, tx, cancellationToken: ct))).ToList();
        await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM rollup_items WHERE channel = @channel AND topic = @topic", new { channel, topic }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO rollup_state (channel, topic, last_run_at) VALUES (@channel, @topic, @now)
            ON CONFLICT (channel, topic) DO UPDATE SET last_run_at = excluded.last_run_at
            """, new { channel, topic, now = Ms(now) }, tx, cancellationToken: ct));
        if (ids.Count > 0)
        {
            ids.Reverse();
            await InsertOutboxAsync(c, tx, $"rollup:{channel}:{topic}:{Ms(now)}", channel, threadId, OutboxKind.Rollup, ids, heading, silent, null, now, ct);
        }
        await tx.CommitAsync(ct);
        return ids.Count > 0;
    }

    public async Task<(string Status, string? MessageId)?> GetOutboxStatusAsync(string key, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<(string Status, string? MessageId)>(new CommandDefinition(
            "SELECT status, message_id FROM outbox WHERE key = @key", new { key }, cancellationToken: ct));
        return rows.Select(r => ((string, string?)?)r).FirstOrDefault();
    }

    public async Task EnqueueNoticeAsync(string key, string channel, string text, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await InsertOutboxAsync(c, tx, key, channel, null, OutboxKind.Notice, [], text, false, null, now, ct);
        await tx.CommitAsync(ct);
    }

    public async Task<DateTimeOffset?> LastRollupAsync(string channel, string topic, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT last_run_at FROM rollup_state WHERE channel = @channel AND topic = @topic", new { channel, topic }, cancellationToken: ct));
        return Time(ms);
    }

    private sealed class OutboxRow
    {
        public long Id { get; set; }
        public string Key { get; set; } = "";
        public string Channel { get; set; } = "";
        public string? ThreadId { get; set; }
        public string Kind { get; set; } = "story";
        public string StoryIds { get; set; } = "";
        public string? Heading { get; set; }
        public long Silent { get; set; }
        public string? TargetMessageId { get; set; }
        public string? RefKey { get; set; }
        public long Attempts { get; set; }
        public long DueAt { get; set; }

        public OutboxItem ToItem() => new()
        {
            Id = Id, Key = Key, Channel = Channel, ThreadId = ThreadId, Heading = Heading, Silent = Silent != 0,
            Kind = Enum.Parse<OutboxKind>(Kind, ignoreCase: true), Attempts = (int)Attempts, TargetMessageId = TargetMessageId, RefKey = RefKey,
            StoryIds = StoryIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList(),
        };
    }
}
