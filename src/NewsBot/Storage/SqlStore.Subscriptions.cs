using Dapper;
using NewsBot.Core.Delivery;

namespace NewsBot.Storage;

public sealed partial class SqlStore
{
    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<SubscriptionRow>(new CommandDefinition(
            "SELECT channel, topic, cadence, thread_id, silent, time_zone, paused FROM subscriptions ORDER BY channel, topic", cancellationToken: ct));
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task UpsertSubscriptionAsync(Subscription s, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO subscriptions (channel, topic, cadence, thread_id, silent, time_zone, paused, created_at)
            VALUES (@Channel, @Topic, @Cadence, @ThreadId, @Silent, @TimeZone, @Paused, @now)
            ON CONFLICT (channel, topic) DO UPDATE SET cadence = excluded.cadence, thread_id = excluded.thread_id,
                silent = excluded.silent, time_zone = excluded.time_zone, paused = excluded.paused
            """,
            new { s.Channel, s.Topic, Cadence = s.Cadence.ToString(), s.ThreadId, Silent = s.Silent ? 1 : 0, s.TimeZone, Paused = s.Paused ? 1 : 0, now = Ms(DateTimeOffset.UtcNow) },
            cancellationToken: ct));
    }

    public async Task<bool> RemoveSubscriptionAsync(string channel, string topic, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var n = await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM subscriptions WHERE channel = @channel AND topic = @topic", new { channel, topic }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM rollup_items WHERE channel = @channel AND topic = @topic", new { channel, topic }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return n > 0;
    }

    public async Task<int> RemoveChannelAsync(string channel, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var n = await c.ExecuteAsync(new CommandDefinition("DELETE FROM subscriptions WHERE channel = @channel", new { channel }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("DELETE FROM rollup_items WHERE channel = @channel", new { channel }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return n;
    }

    public async Task MoveChannelAsync(string oldChannel, string newChannel, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        foreach (var sql in new[]
                 {
                     "UPDATE subscriptions SET channel = @newChannel WHERE channel = @oldChannel AND topic NOT IN (SELECT topic FROM subscriptions WHERE channel = @newChannel)",
                     "DELETE FROM subscriptions WHERE channel = @oldChannel",
                     "UPDATE outbox SET channel = @newChannel WHERE channel = @oldChannel AND status <> 'delivered'",
                     "UPDATE rollup_items SET channel = @newChannel WHERE channel = @oldChannel",
                 })
        {
            await c.ExecuteAsync(new CommandDefinition(sql, new { oldChannel, newChannel }, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
    }

    private sealed class SubscriptionRow
    {
        public string Channel { get; set; } = "";
        public string Topic { get; set; } = "";
        public string Cadence { get; set; } = "instant";
        public string? ThreadId { get; set; }
        public long Silent { get; set; }
        public string? TimeZone { get; set; }
        public long Paused { get; set; }

        public Subscription ToSubscription() => new()
        {
            Channel = Channel, Topic = Topic, ThreadId = ThreadId, Silent = Silent != 0, TimeZone = TimeZone, Paused = Paused != 0,
            Cadence = Core.Delivery.Cadence.TryParse(Cadence, out var cadence, out _) ? cadence : Core.Delivery.Cadence.Instant,
            Source = SubscriptionSource.Command,
        };
    }
}
