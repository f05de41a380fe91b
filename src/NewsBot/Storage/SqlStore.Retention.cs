using System.Data.Common;
using Dapper;
using NewsBot.Core.Abstractions;

namespace NewsBot.Storage;

public sealed partial class SqlStore
{
    private const int RetentionBatch = 500;

    /// <summary>Freed pages above this share of the file make a SQLite file without incremental auto-vacuum get a VACUUM.</summary>
    public const double VacuumFreelistShare = 0.25;

    public async Task<RetentionResult> PruneAsync(RetentionCutoffs cutoffs, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var outboxRows = await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM outbox WHERE status = 'delivered' AND delivered_at < @cutoff",
            new { cutoff = Ms(cutoffs.DeliveredOutbox) }, cancellationToken: ct));

        var referenced = await UndeliveredStoryIdsAsync(c, ct);
        var (stories, kept) = await PruneStoriesAsync(c, Ms(cutoffs.Stories), referenced, ct);

        var seen = await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM seen_identities WHERE seen_at < @cutoff", new { cutoff = Ms(cutoffs.SeenIdentities) }, cancellationToken: ct));
        return new RetentionResult(stories, outboxRows, seen, kept);
    }

    /// <summary>
    /// SQLite: merges the search index, then gives freed pages back. A deleted story leaves a tombstone in the FTS5
    /// index that stays until the segments holding it happen to merge, so under steady retention the index grows
    /// between merges (in the soak harness to three times its live size); 'optimize' rewrites it as one segment
    /// without them.
    /// </summary>
    public async Task<string> CompactAsync(CancellationToken ct)
    {
        if (dialect.Name != "Sqlite")
            return "none (the engine reclaims space itself)";
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("INSERT INTO stories_fts (stories_fts) VALUES ('optimize')", cancellationToken: ct));
        var mode = await c.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA auto_vacuum", cancellationToken: ct));
        var free = await c.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA freelist_count", cancellationToken: ct));
        if (mode == 2)
        {
            await c.ExecuteAsync(new CommandDefinition("PRAGMA incremental_vacuum", cancellationToken: ct));
            return $"incremental_vacuum ({free} free pages)";
        }
        var pages = await c.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA page_count", cancellationToken: ct));
        if (pages == 0 || (double)free / pages <= VacuumFreelistShare)
            return $"none ({free} of {pages} pages free)";
        // The connection asked for incremental auto-vacuum on open, so this VACUUM also switches an older file to it.
        await c.ExecuteAsync(new CommandDefinition("VACUUM", cancellationToken: ct));
        return $"VACUUM ({free} of {pages} pages were free)";
    }

    /// <summary>Which of these identities were stored once and removed by retention (consulted by KnownIdentitiesAsync).</summary>
    private async Task<IEnumerable<string>> SeenIdentitiesAsync(DbConnection c, string feedId, string[] identities, CancellationToken ct) =>
        await c.QueryAsync<string>(new CommandDefinition(
            $"SELECT identity FROM seen_identities WHERE feed_id = @feedId AND {dialect.InList("identity", "ids")}",
            new { feedId, ids = identities }, cancellationToken: ct));

    private static async Task<HashSet<long>> UndeliveredStoryIdsAsync(DbConnection c, CancellationToken ct)
    {
        var lists = await c.QueryAsync<string>(new CommandDefinition(
            "SELECT story_ids FROM outbox WHERE status <> 'delivered' AND story_ids <> ''", cancellationToken: ct));
        var ids = new HashSet<long>();
        foreach (var list in lists)
        {
            foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (long.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var id))
                    ids.Add(id);
            }
        }
        return ids;
    }

    /// <summary>Removes old stories in batches (one transaction each), keeping those an undelivered row names.</summary>
    private async Task<(int Removed, int Kept)> PruneStoriesAsync(DbConnection c, long cutoff, HashSet<long> referenced, CancellationToken ct)
    {
        int removed = 0, kept = 0;
        long after = 0;
        while (true)
        {
            var batch = (await c.QueryAsync<OldStory>(new CommandDefinition(
                "SELECT id, feed_id, identity, fetched_at FROM stories WHERE fetched_at < @cutoff AND id > @after ORDER BY id LIMIT @limit",
                new { cutoff, after, limit = RetentionBatch }, cancellationToken: ct))).ToList();
            if (batch.Count == 0)
                return (removed, kept);
            after = batch[^1].Id;
            var doomed = batch.Where(s => !referenced.Contains(s.Id)).ToList();
            kept += batch.Count - doomed.Count;
            if (doomed.Count == 0)
                continue;
            var ids = doomed.Select(s => s.Id).ToArray();
            // A story kept past the cutoff for an undelivered row is remembered as if it had just reached the cutoff.
            await using var tx = await c.BeginTransactionAsync(ct);
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO seen_identities (feed_id, identity, seen_at) VALUES (@FeedId, @Identity, @FetchedAt)
                ON CONFLICT (feed_id, identity) DO NOTHING
                """, doomed.Select(s => new { s.FeedId, s.Identity, FetchedAt = Math.Max(s.FetchedAt, cutoff) }), tx, cancellationToken: ct));
            foreach (var table in new[] { "story_topics", "rollup_items" })
            {
                await c.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM {table} WHERE {dialect.InList("story_id", "ids")}", new { ids }, tx, cancellationToken: ct));
            }
            removed += await c.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM stories WHERE {dialect.InList("id", "ids")}", new { ids }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
    }

    private sealed class OldStory
    {
        public long Id { get; set; }
        public string FeedId { get; set; } = "";
        public string Identity { get; set; } = "";
        public long FetchedAt { get; set; }
    }
}
