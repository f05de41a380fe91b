namespace NewsBot.Fakes.Discord;

/// <summary>The fake's verdict on one request: allowed (with headers) or a 429.</summary>
public sealed record FakeRateDecision(bool Allowed, string? Bucket, int Limit, int Remaining, double ResetAfter, bool Global, double RetryAfter);

/// <summary>
/// Discord-like limits: fixed windows per bucket (opened by the first request, keyed by bucket name + major
/// parameter, so routes naming the same bucket share it) and a sliding global limit for non-interaction routes.
/// </summary>
public sealed class FakeRateLimiter(TimeProvider time, int globalLimit, TimeSpan globalWindow)
{
    private readonly Dictionary<string, (DateTimeOffset End, int Used)> windows = new();
    private readonly Queue<DateTimeOffset> globalLog = new();
    private readonly Lock sync = new();

    public bool Enabled { get; set; } = true;

    public FakeRateDecision Check(string bucket, string major, int limit, TimeSpan window, bool countsGlobally)
    {
        lock (sync)
        {
            var now = time.GetUtcNow();
            if (!Enabled)
                return new FakeRateDecision(true, bucket, limit, limit, window.TotalSeconds, false, 0);
            if (countsGlobally)
            {
                while (globalLog.Count > 0 && globalLog.Peek() + globalWindow <= now)
                    globalLog.Dequeue();
                if (globalLog.Count >= globalLimit)
                {
                    var retry = (globalLog.Peek() + globalWindow - now).TotalSeconds;
                    return new FakeRateDecision(false, bucket, limit, 0, retry, true, retry);
                }
            }
            var key = bucket + " " + major;
            if (!windows.TryGetValue(key, out var w) || w.End <= now)
                w = (now + window, 0);
            if (w.Used >= limit)
            {
                var retry = (w.End - now).TotalSeconds;
                return new FakeRateDecision(false, bucket, limit, 0, retry, false, retry);
            }
            w.Used++;
            windows[key] = w;
            if (countsGlobally)
                globalLog.Enqueue(now);
            return new FakeRateDecision(true, bucket, limit, limit - w.Used, (w.End - now).TotalSeconds, false, 0);
        }
    }
}
