namespace NewsBot.Platforms.Discord.RateLimits;

/// <summary>
/// Counts invalid requests (401, 403, 429 except scope "shared") over 10 minutes and holds requests back well
/// before Discord's 10,000 limit (a Cloudflare ban) could be reached.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, int budget = 1000)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly SlidingWindowLimit recent = new(budget, Window, time);
    private int rateLimited;

    public int RateLimited => Volatile.Read(ref rateLimited);

    public void Record(int status, string? scope)
    {
        if (status == 429)
            Interlocked.Increment(ref rateLimited);
        if (status == 429 && scope == "shared")
            return;
        recent.TryRecord();
    }

    /// <summary>True while the budget is used up; then requests are refused locally.</summary>
    public bool Blocked(out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.FromMinutes(1);
        return recent.Count >= budget;
    }
}
