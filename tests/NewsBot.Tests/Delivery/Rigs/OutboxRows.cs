using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsBot.Tests.Delivery.Rigs;

/// <summary>One outbox row as the rigs check it.</summary>
public sealed record OutboxRowView(long Id, string Key, string Channel, string Status, long Attempts, long? DeliveredAt, string? LastError, string? ClaimedBy)
{
    /// <summary>Claimed by the worker of this process (worker ids are machine:pid:guid).</summary>
    public bool ClaimedByProcess(int pid) => Status == "claimed" && ClaimedBy?.Contains($":{pid}:", StringComparison.Ordinal) == true;
}

/// <summary>Reads the outbox of a SQLite file directly (read-only; the host may be running).</summary>
public static class OutboxRows
{
    public static async Task<IReadOnlyList<OutboxRowView>> ReadAsync(string databaseFile)
    {
        var cs = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30 }.ToString();
        await using var c = new SqliteConnection(cs);
        await c.OpenAsync();
        var rows = await c.QueryAsync<(long, string, string, string, long, long?, string?, string?)>(
            "SELECT id, key, channel, status, attempts, delivered_at, last_error, claimed_by FROM outbox ORDER BY id");
        return rows.Select(r => new OutboxRowView(r.Item1, r.Item2, r.Item3, r.Item4, r.Item5, r.Item6, r.Item7, r.Item8)).ToList();
    }

    /// <summary>Polls until every row is delivered; false when <paramref name="within"/> passed first.</summary>
    public static async Task<bool> WaitAllDeliveredAsync(string databaseFile, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if ((await ReadAsync(databaseFile)).All(r => r.Status == "delivered"))
                return true;
            await Task.Delay(100);
        }
        return false;
    }
}
