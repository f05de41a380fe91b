using System.Collections.Concurrent;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord.RateLimits;

/// <summary>
/// Finds the bucket for a route: keyed by route template + method + major parameter until Discord names the bucket
/// (X-RateLimit-Bucket), then by that name + major parameter, so routes that share a bucket share one counter.
/// </summary>
internal sealed class RateLimitRegistry(TimeProvider time)
{
    private const int PruneAbove = 2000;
    private static readonly TimeSpan IdleFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, string> bucketNames = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new();

    public int Count => buckets.Count;

    public RateLimitBucket For(DiscordRoute route)
    {
        if (buckets.Count > PruneAbove)
            Prune();
        return buckets.GetOrAdd(KeyOf(route), _ => new RateLimitBucket(time));
    }

    /// <summary>Records the reply's headers in the bucket Discord named (shared with every route that names it).</summary>
    public void Learn(DiscordRoute route, RateLimitHeaders headers)
    {
        if (headers.Bucket is { Length: > 0 } name)
            bucketNames[route.Key] = name;
        buckets.GetOrAdd(KeyOf(route), _ => new RateLimitBucket(time)).Update(headers);
    }

    public void Exhaust(DiscordRoute route, TimeSpan retryAfter) =>
        buckets.GetOrAdd(KeyOf(route), _ => new RateLimitBucket(time)).Exhaust(retryAfter);

    private string KeyOf(DiscordRoute route) =>
        bucketNames.TryGetValue(route.Key, out var name) ? name + " " + route.Major : route.Key;

    private void Prune()
    {
        var cutoff = time.GetUtcNow() - IdleFor;
        foreach (var (key, bucket) in buckets)
        {
            if (!bucket.Busy && bucket.LastUsed < cutoff)
                buckets.TryRemove(key, out _);
        }
    }
}
